import XCTest

@testable import Tallies

/// Tally rows: used or rejected with a located diagnostic, never dropped.
final class TallyLoaderTests: XCTestCase {
  private let header = "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng,Thẩm quyền,Trạng thái\n"

  func testTheSeedReportsTalliesLoadWithoutAProblem() {
    let dataset = DataLoader.load([Fixture.input("khen-thuong.csv"), Fixture.input("don-vi.csv")])
    XCTAssertEqual(problems(dataset), [])
    XCTAssertEqual(dataset.tallies.count, 12)
    XCTAssertEqual(dataset.units.count, 3)
    XCTAssertEqual(dataset.tallies[7].movement?.hasPrefix("“Cán bộ, công chức, viên chức"), true)
    XCTAssertEqual(dataset.tallies[4].status, .awarded)
    XCTAssertEqual(dataset.tallies[5].statusText, "đã trình")
  }

  func testEveryProblemOfAFileIsReportedInOneRunThenASummary() {
    let csv =
      header + """
        2021,Ban Dân tộc,Giấy khen,cá nhân,-3,Trưởng Ban,đã khen
        2019,Ban Dân tộc,Giấy khen,cá nhân,3,Trưởng Ban,đã khen
        2021,Ban Dân tộc,LĐTT,tập thể,3,Trưởng Ban,đã khen
        2021,Ban Dân tộc,Giấy khen,cá nhân,ba,Trưởng Ban,xong
        2022,Ban Dân tộc,Giấy khen,cá nhân,5,Trưởng Ban,đã khen
        2022,Ban Dân tộc,GK,cá nhân,2,trưởng ban,đã tặng
        """
    let dataset = load(csv, options: LoadOptions(period: 2020...2025))
    XCTAssertEqual(
      problems(dataset),
      [
        "tallies.csv:2:5: error: the count “-3” is negative; a count is 0 or more",
        "tallies.csv:3:1: error: the year 2019 is outside the plan period 2020–2025; correct the "
          + "year, or widen the period (--period, or period in the metadata)",
        "tallies.csv:4:4: error: Lao động tiên tiến is not given to a tập thể (only to: cá nhân); "
          + "check the recipient kind or the award",
        "tallies.csv:5:5: error: the count “ba” is not a number; write the number in digits, e.g. 3 or 03",
        "tallies.csv:5:7: error: unknown status “xong”; write đã khen, đề nghị or đang lựa chọn "
          + "(awarded, proposed, selecting)",
        "tallies.csv:7: error: this row repeats tallies.csv:6: same year, unit, award, recipient "
          + "kind, authority, status and descriptors; delete one of them, or add the counts into one row",
      ])
    XCTAssertEqual(dataset.reports[0].summary, "tallies.csv: read 6 rows: 1 used, 5 rejected")
    XCTAssertTrue(dataset.hasErrors)
  }

  func testCountsSoLargeThatTheirSumsWouldOverflowAreRejected() {
    let csv =
      header + """
        2021,Ban Dân tộc,Giấy khen,cá nhân,9223372036854775807,Trưởng Ban,đã khen
        2021,Ban Dân tộc,Giấy khen,tập thể,3,Trưởng Ban,đã khen
        """
    let dataset = load(csv, options: LoadOptions(period: 2020...2025))
    XCTAssertEqual(
      problems(dataset),
      [
        "tallies.csv:2:5: error: the count “9223372036854775807” is larger than any tally "
          + "(over a billion); check the cell: a typing mistake, or another column's number"
      ])
  }

  func testAUnitMissingFromTheUnitsFileIsRejectedWithTheClosestName() {
    let dataset = load([
      ("units.csv", unitsCSV),
      ("tallies.csv", header + "2021,Ban Dân tôc,GK,CN,1,Trưởng Ban,đã khen\n"),
    ])
    XCTAssertEqual(
      problems(dataset),
      [
        "tallies.csv:2:2: error: the unit “Ban Dân tôc” is not in the units file; did you mean "
          + "“Ban Dân tộc”? (or add it to the units file)"
      ])
  }

  func testTheAuthorityDefaultsToTheAwardsOrTheUnitHeads() {
    let csv =
      "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,GK,CN,1\n2021,Ban Dân tộc,BK tỉnh,TT,2\n"
    let dataset = load([("units.csv", unitsCSV), ("tallies.csv", csv)])
    XCTAssertEqual(problems(dataset), [])
    XCTAssertEqual(dataset.tallies.map(\.authority), ["Trưởng Ban", "Chủ tịch UBND tỉnh"])
    XCTAssertEqual(
      dataset.tallies.map(\.status), [.awarded, .awarded], "an empty status is awarded")
  }

  func testSemicolonFilesWithQuotedLineBreaksKeepTheirLineNumbers() {
    let csv =
      "Năm;Đơn vị;Hình thức;Đối tượng;Số lượng;Thành tích\n2021;Ban Dân tộc;GK;CN;1;\"dòng 1\ndòng 2\"\n2021;Ban Dân tộc;GK;CN;x;\n"
    let dataset = load(csv)
    XCTAssertEqual(
      dataset.tallies.first?.achievement, "dòng 1 dòng 2", "line breaks are spaces once cleaned")
    XCTAssertEqual(dataset.diagnostics.first?.line, 4)
  }

  func testTextIsNFCAndTonePlacementDoesNotSplitGroups() {
    let decomposed = "Ban Da\u{302}n to\u{323}\u{302}c"
    let csv =
      header + "2021,\(decomposed),GK,CN,1,Trưởng Ban,\n2021,Văn phòng,GK,TT,1,Trưởng Ban,\n"
    let dataset = load(csv)
    XCTAssertEqual(dataset.tallies.first?.unit, "Ban Dân tộc")
    let csv2 = header + "2021,Khánh Hòa,GK,CN,1,Trưởng Ban,\n2021,Khánh Hoà,GK,TT,2,Trưởng Ban,\n"
    XCTAssertEqual(Aggregation(load(csv2).tallies).units.count, 1)
  }
}
