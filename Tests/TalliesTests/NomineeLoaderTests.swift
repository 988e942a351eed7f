import XCTest

@testable import Tallies

/// Nominee history: stable ids, units, and collectives derived from members.
final class NomineeLoaderTests: XCTestCase {
  private let header = "Mã,Năm,Họ và tên,Đối tượng,Đơn vị,Xếp loại,Danh hiệu\n"

  func testTheSampleHistoryLoadsAndTonePlacementDoesNotChangeAName() {
    let dataset = DataLoader.load([Fixture.input("ca-nhan.csv"), Fixture.input("don-vi.csv")])
    XCTAssertEqual(problems(dataset), [], "Hòa (2022) and Hoà (2023) are one name")
    XCTAssertEqual(dataset.nominees.count, 6)
    XCTAssertEqual(dataset.history(of: "CN001").map(\.year), [2022, 2023])
    XCTAssertEqual(dataset.nominees[2].received.map(\.abbreviation), ["LĐTT", "CSTĐCS"])
    XCTAssertEqual(dataset.nominees[3].proposed.map(\.abbreviation), ["CSTĐCS", "BK tỉnh"])
    XCTAssertEqual(dataset.nominees[2].rating, .excellent)
    XCTAssertEqual(dataset.nominees[2].isManager, true)
    XCTAssertEqual(dataset.nominees[5].discipline, .reprimand)
  }

  func testACollectivesCompositionComesFromItsMembersRows() throws {
    let dataset = DataLoader.load([Fixture.input("ca-nhan.csv"), Fixture.input("don-vi.csv")])
    let office = try XCTUnwrap(dataset.nominees.first { $0.id == "VP" && $0.year == 2023 })
    let c = dataset.composition(of: office)
    XCTAssertEqual(c.members, 3)
    XCTAssertEqual(c.completed, 3)
    XCTAssertEqual(c.holding["Lao động tiên tiến"], 2)
    XCTAssertEqual(c.disciplined, 1)
    XCTAssertEqual(
      c.share(holding: try XCTUnwrap(AwardVocabulary.standard.award(named: "LĐTT"))), 2.0 / 3.0,
      accuracy: 1e-9)
  }

  func testAnIdWhoseNameChangesBetweenYearsIsRejected() {
    let csv =
      header
      + "CN1,2022,Nguyễn Văn An,CN,Ban Dân tộc,HTTNV,LĐTT\nCN1,2023,Nguyễn Văn Ân,CN,Ban Dân tộc,HTTNV,\n"
    XCTAssertEqual(
      problems(load(csv, name: "nominees.csv")),
      [
        "nominees.csv:3:3: error: the id CN1 is “Nguyễn Văn An” on nominees.csv:2 but “Nguyễn Văn "
          + "Ân” here; an id names one nominee in every year: correct the name, or give a new id"
      ])
  }

  func testMoreInitiativesInAYearThanAnyoneHasAreRejected() {
    let csv =
      "Mã,Năm,Họ và tên,Đối tượng,Đơn vị,Sáng kiến cấp cơ sở\n"
      + "CN1,2023,An,CN,Ban Dân tộc,1000\nCN2,2023,Bình,CN,Ban Dân tộc,1000000000\n"
    XCTAssertEqual(
      problems(load(csv, name: "n.csv")),
      [
        "n.csv:3:6: error: the number of initiatives “1000000000” is more than anyone has in a "
          + "year; write at most 1000; check the cell"
      ])
  }

  func testAnIdWithTwoRowsInOneYearIsRejected() {
    let csv = header + "CN1,2023,An,CN,Ban Dân tộc,,\nCN1,2023,An,CN,Ban Dân tộc,,\n"
    XCTAssertEqual(
      problems(load(csv, name: "n.csv")).first?.hasPrefix(
        "n.csv:3:1: error: CN1 already has a row for 2023"), true)
  }

  func testAMemberOfAnUnknownUnitIsRejected() {
    let dataset = load([
      ("units.csv", unitsCSV),
      (
        "n.csv",
        header + "CN1,2023,An,CN,Văn phòng Bann,HTTNV,\nCN2,2023,Bình,CN,Văn phòng Ban,HTTNV,\n"
      ),
    ])
    XCTAssertEqual(
      problems(dataset),
      [
        "n.csv:2:5: error: An (CN1) belongs to “Văn phòng Bann”, which is not a known unit; did you mean “Văn phòng Ban”?"
      ])
    XCTAssertEqual(dataset.reports[1].summary, "n.csv: read 2 rows: 1 used, 1 rejected")
  }

  func testUnknownRatingsAndAwardsAreLocated() {
    let csv = header + "CN1,2023,An,CN,Ban Dân tộc,tốt lắm,LĐTT; Giấy khenn\n"
    let p = problems(load(csv, name: "n.csv"))
    XCTAssertEqual(p.count, 2)
    XCTAssertTrue(p[0].hasPrefix("n.csv:2:6: error: unknown task rating “tốt lắm”"), p[0])
    XCTAssertTrue(p[1].hasPrefix("n.csv:2:7: error: unknown award “Giấy khenn”"), p[1])
  }

  func testEveryUnreadableCellOfARowIsLocatedAndKhongMeansNoDiscipline() {
    let csv =
      "Mã,Năm,Họ và tên,Đối tượng,Đơn vị,Quản lý,Giới tính,Kỷ luật\n"
      + "CN1,2023,An,,Ban Dân tộc,hơi,Namm,khiển trách nhẹ\n"
      + "CN2,2023,Bình,robot,Ban Dân tộc,x,Nữ,không\n"
    let p = problems(load(csv, name: "n.csv"))
    XCTAssertEqual(p.count, 5, "\(p)")
    for (problem, start) in zip(
      p,
      [
        "n.csv:2:4: error: the kind is empty", "n.csv:2:6: error: “hơi” is not yes or no",
        "n.csv:2:7: error: unknown sex “Namm”",
        "n.csv:2:8: error: unknown discipline “khiển trách nhẹ”",
        "n.csv:3:4: error: unknown kind “robot”",
      ])
    {
      XCTAssertTrue(problem.hasPrefix(start), problem)
    }
  }
}
