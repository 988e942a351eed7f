import AwardRules
import Tallies
import XCTest

/// Every built-in rule at its boundaries, table by table.
final class CriteriaBoundaryTests: XCTestCase {
  // MARK: Lao động tiên tiến

  func testLaoDongTienTienNeedsAGoodRatingNoDisciplineInTheYearAndNoPendingCase() throws {
    struct Case {
      let name: String
      var rating: TaskRating? = .good
      var discipline: (year: Int, level: DisciplineLevel)?
      var pending: String?
      let verdict: Verdict
    }
    let table = [
      Case(name: "HTXSNV", rating: .excellent, verdict: .eligible),
      Case(name: "HTTNV, the boundary", rating: .good, verdict: .eligible),
      Case(name: "HTNV", rating: .complete, verdict: .ineligible),
      Case(name: "not rated", rating: nil, verdict: .ineligible),
      Case(
        name: "disciplined inside the window (the judged year)", discipline: (2023, .reprimand),
        verdict: .ineligible),
      Case(
        name: "disciplined outside the window (the year before)", discipline: (2022, .warning),
        verdict: .eligible),
      Case(name: "a pending case", pending: "đang xem xét kỷ luật", verdict: .ineligible),
    ]
    for ruleset in ["nd-91-2017", "nd-98-2023", "nd-152-2025"] {
      for c in table {
        var h = History()
        h.add("CN1", 2022, discipline: c.discipline?.year == 2022 ? c.discipline?.level : nil)
        h.add(
          "CN1", 2023, rating: c.rating, proposed: ["LĐTT"],
          discipline: c.discipline?.year == 2023 ? c.discipline?.level : nil, pending: c.pending)
        let f = try h.check(CheckOptions(rulesetName: ruleset)).finding("CN1", "LĐTT")
        XCTAssertEqual(f?.verdict, c.verdict, "\(ruleset): \(c.name): \(f?.reasonText ?? "")")
      }
    }
  }

  func testTheFindingNamesTheDisciplineThatDecidedIt() throws {
    var h = History()
    h.add("CN1", 2023, proposed: ["LĐTT"], discipline: .reprimand)
    let f = try h.check().finding("CN1", "LĐTT")
    XCTAssertEqual(f?.reasonText, "Năm 2023: kỷ luật khiển trách")
  }

  // MARK: Chiến sĩ thi đua cơ sở

  func testChienSiThiDuaCoSoNeedsLaoDongTienTienAndOneOfItsAlternatives() throws {
    struct Case {
      let name: String
      let ruleset: String
      var rating: TaskRating = .good
      var initiatives = 0
      var holdsLDTT = true
      let verdict: Verdict
      var met: String?
    }
    let table = [
      Case(
        name: "HTXSNV", ruleset: "nd-98-2023", rating: .excellent, verdict: .eligible, met: "htxsnv"
      ),
      Case(
        name: "an initiative", ruleset: "nd-98-2023", initiatives: 1, verdict: .eligible,
        met: "sang-kien"),
      Case(
        name: "neither: the rest needs the dossier", ruleset: "nd-98-2023", verdict: .needsReview),
      Case(
        name: "HTXSNV without LĐTT", ruleset: "nd-98-2023", rating: .excellent, holdsLDTT: false,
        verdict: .ineligible, met: "htxsnv"),
      Case(
        name: "HTXSNV alone under the 2003 Law", ruleset: "nd-91-2017", rating: .excellent,
        verdict: .needsReview),
      Case(
        name: "an initiative under the 2003 Law", ruleset: "nd-91-2017", initiatives: 1,
        verdict: .eligible, met: "sang-kien"),
    ]
    for c in table {
      var h = History()
      h.add(
        "CN1", 2023, rating: c.rating, proposed: c.holdsLDTT ? ["LĐTT", "CSTĐCS"] : ["CSTĐCS"],
        initiatives: Initiatives(unit: c.initiatives))
      let f = try h.check(CheckOptions(rulesetName: c.ruleset)).finding("CN1", "CSTĐCS")
      XCTAssertEqual(f?.verdict, c.verdict, "\(c.name): \(f?.reasonText ?? "")")
      XCTAssertEqual(f?.criteria.first { $0.id == "thanh-tich" }?.metAlternative, c.met, c.name)
    }
  }

  func testTheCouncilVoteOfChienSiThiDuaCoSoIsReported() throws {
    var h = History()
    h.add("CN1", 2024, rating: .excellent, proposed: ["LĐTT", "CSTĐCS"])
    let f = try h.check().finding("CN1", "CSTĐCS")
    XCTAssertEqual(f?.councilVote?.percentText, "80%")
  }

  // MARK: Chiến sĩ thi đua cấp tỉnh: 3 consecutive CSTĐCS

  func testThreeConsecutiveYearsCountButThreeWithAGapDoNot() throws {
    let table: [(name: String, years: [Int], verdict: Verdict)] = [
      ("2021, 2022, 2023", [2021, 2022, 2023], .eligible),
      ("2020, 2022, 2023: a gap", [2020, 2022, 2023], .ineligible),
      ("2022, 2023: two only", [2022, 2023], .ineligible),
    ]
    for c in table {
      var h = History()
      for y in 2020...2023 {
        let holds = c.years.contains(y)
        h.add(
          "CN1", y, rating: .excellent,
          received: holds && y < 2023 ? ["LĐTT", "CSTĐCS"] : ["LĐTT"],
          proposed: y == 2023 ? ["CSTĐCS", "CSTĐ tỉnh"] : [],
          initiatives: Initiatives(unit: y == 2023 ? 1 : 0, province: y == 2022 ? 1 : 0))
      }
      let report = try h.check(CheckOptions(years: [2023], rulesetName: "nd-98-2023"))
      let f = report.finding("CN1", "CSTĐ tỉnh")
      XCTAssertEqual(f?.verdict, c.verdict, "\(c.name): \(f?.reasonText ?? "")")
      if c.verdict == .eligible {
        XCTAssertEqual(
          f?.criteria.first?.facts,
          [
            "CSTĐCS năm 2021, 2022 và 2023 (3 năm liên tục) (năm 2023: đề nghị trong lần xét này, đủ điều kiện)"
          ])
      } else if c.name.contains("gap") {
        XCTAssertEqual(
          f?.criteria.first?.facts,
          [
            "Không đủ 3 năm liên tục CSTĐCS: năm 2021 không có (năm 2023: đề nghị trong lần xét này, đủ điều kiện)"
          ])
      }
    }
  }

  // MARK: Bằng khen tỉnh, point d

  func testBangKhenTinhByTwoYearsHTXSNVWithTwoInitiativesNamesThem() throws {
    var h = History()
    h.add("CN1", 2022, rating: .excellent, received: ["LĐTT"], initiatives: Initiatives(unit: 1))
    h.add(
      "CN1", 2023, rating: .excellent, received: ["LĐTT"], proposed: ["BK tỉnh"],
      initiatives: Initiatives(unit: 1))
    let f = try h.check(CheckOptions(years: [2023])).finding("CN1", "BK tỉnh")
    XCTAssertEqual(f?.verdict, .eligible)
    let c = f?.criteria.first { $0.id == "thanh-tich" }
    XCTAssertEqual(c?.metAlternative, "d2")
    XCTAssertEqual(
      c?.decidingBasis.citation,
      "điểm d khoản 1 Điều 74 Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) (chưa xác nhận)")
    XCTAssertEqual(
      c?.facts,
      [
        "điểm d (d2): Xếp loại HTXSNV năm 2022 và 2023 (2 năm liên tục); 2 sáng kiến cấp cơ sở trở lên các năm 2022 và 2023: SK-2022-1, SK-2023-1"
      ])
    XCTAssertEqual(f?.initiativesUsed.map(\.code), ["SK-2022-1", "SK-2023-1"])
  }

  func testAnInitiativeUsedForOneProposalCannotCarryAnother() throws {
    // CSTĐCS 2023 takes SK-2023-1, its year's initiative; the Bằng khen
    // then finds one initiative left in 2022–2023, not two.
    var h = History()
    h.add("CN1", 2022, rating: .excellent, received: ["LĐTT"], initiatives: Initiatives(unit: 1))
    h.add(
      "CN1", 2023, rating: .excellent, received: ["LĐTT"], proposed: ["CSTĐCS", "BK tỉnh"],
      initiatives: Initiatives(unit: 1))
    // Under 91/2017 HTXSNV alone does not make a CSTĐCS: the initiative must.
    let report = try h.check(CheckOptions(years: [2023], rulesetName: "nd-91-2017"))
    let cstdcs = report.finding("CN1", "CSTĐCS")
    XCTAssertEqual(cstdcs?.verdict, .eligible)
    XCTAssertEqual(cstdcs?.initiativesUsed.map(\.code), ["SK-2023-1"])
    let bk = report.finding("CN1", "BK tỉnh")
    let d2 = bk?.criteria.first { $0.id == "thanh-tich" }?.alternatives.first { $0.id == "d2" }
    XCTAssertEqual(d2?.outcome, .notMet)
    XCTAssertEqual(
      d2?.checks.last?.facts,
      [
        "Chỉ có 1 sáng kiến cấp cơ sở trở lên chưa dùng trong các năm 2022 và 2023 (cần 2): SK-2022-1",
        "SK-2023-1 đã dùng cho đề nghị CSTĐCS năm 2023",
      ])
  }

  func testAnInitiativeIsNotUsedWhenTheProposalFails() throws {
    var h = History()
    h.add(
      "CN1", 2023, rating: .good, proposed: ["CSTĐCS", "BK tỉnh"],
      initiatives: Initiatives(unit: 1), pending: "khiếu nại")
    let report = try h.check(CheckOptions(rulesetName: "nd-98-2023"))
    XCTAssertEqual(report.finding("CN1", "CSTĐCS")?.verdict, .ineligible)
    XCTAssertEqual(report.finding("CN1", "CSTĐCS")?.initiativesUsed, [])
  }

  // MARK: Bằng khen Thủ tướng, point b

  func testBangKhenThuTuongNeedsFiveYearsSinceTheBangKhenTinh() throws {
    let table: [(bkYear: Int, verdict: Verdict)] = [(2019, .eligible), (2020, .needsReview)]
    for c in table {
      var h = History()
      for y in 2019...2024 {
        h.add(
          "CN1", y, rating: .good,
          received: (y == c.bkYear ? ["BK tỉnh"] : []) + (y >= 2021 && y < 2024 ? ["CSTĐCS"] : []),
          proposed: y == 2024 ? ["BK TTg"] : [])
      }
      let f = try h.check(CheckOptions(years: [2024])).finding("CN1", "BK TTg")
      XCTAssertEqual(f?.verdict, c.verdict, "BK tỉnh \(c.bkYear): \(f?.reasonText ?? "")")
    }
  }

  // MARK: Tập thể lao động xuất sắc: shares of members

  func testTapTheLaoDongXuatSacAtExactly70PercentAnd69Percent() throws {
    let table: [(ldtt: Int, members: Int, verdict: Verdict, fact: String)] = [
      (7, 10, .eligible, "7/10 thành viên (70%) đạt LĐTT, cần ít nhất 70%"),
      (69, 100, .ineligible, "69/100 thành viên (69%) đạt LĐTT, cần ít nhất 70%"),
      (70, 100, .eligible, "70/100 thành viên (70%) đạt LĐTT, cần ít nhất 70%"),
    ]
    for c in table {
      var h = History()
      h.add(
        "TT1", 2024, name: "Phòng Tổng hợp", kind: .collective, unit: "Ban Dân tộc",
        rating: .excellent, proposed: ["TTLĐXS"])
      for i in 0..<c.members {
        h.add("CN\(i)", 2024, received: (i < c.ldtt ? ["LĐTT"] : []) + (i == 0 ? ["CSTĐCS"] : []))
      }
      let f = try h.check().finding("TT1", "TTLĐXS")
      XCTAssertEqual(f?.verdict, c.verdict, "\(c.ldtt)/\(c.members)")
      XCTAssertEqual(f?.criteria.first { $0.id == "thanh-vien-ldtt" }?.facts, [c.fact])
    }
  }

  func testTapTheLaoDongXuatSacNeedsEveryMemberToCompleteTheirTasks() throws {
    let table: [(failed: Bool, verdict: Verdict)] = [(false, .eligible), (true, .ineligible)]
    for c in table {
      var h = History()
      h.add(
        "TT1", 2024, name: "Phòng Tổng hợp", kind: .collective, unit: "Ban Dân tộc",
        rating: .excellent, proposed: ["TTLĐXS"])
      for i in 0..<10 {
        h.add(
          "CN\(i)", 2024, rating: c.failed && i == 9 ? .failed : .good,
          received: i == 0 ? ["LĐTT", "CSTĐCS"] : ["LĐTT"])
      }
      XCTAssertEqual(try h.check().finding("TT1", "TTLĐXS")?.verdict, c.verdict)
    }
  }

  func testMembersProposedForLaoDongTienTienInTheSameRunCountForTheCollective() throws {
    var h = History()
    h.add(
      "TT1", 2024, name: "Phòng Tổng hợp", kind: .collective, unit: "Ban Dân tộc", rating: .good,
      proposed: ["TTLĐTT"])
    for i in 0..<4 { h.add("CN\(i)", 2024, proposed: i < 3 ? ["LĐTT"] : []) }
    let f = try h.check().finding("TT1", "TTLĐTT")
    XCTAssertEqual(f?.verdict, .eligible, f?.reasonText ?? "")
  }

  func testTapTheLaoDongTienTienNeedsMoreThanHalf() throws {
    let table: [(ldtt: Int, verdict: Verdict)] = [(5, .ineligible), (6, .eligible)]
    for c in table {
      var h = History()
      h.add(
        "TT1", 2024, name: "Phòng Tổng hợp", kind: .collective, unit: "Ban Dân tộc", rating: .good,
        proposed: ["TTLĐTT"])
      for i in 0..<10 { h.add("CN\(i)", 2024, received: i < c.ldtt ? ["LĐTT"] : []) }
      XCTAssertEqual(try h.check().finding("TT1", "TTLĐTT")?.verdict, c.verdict, "\(c.ldtt)/10")
    }
  }

  // MARK: Quota of Decree 91/2017: CSTĐCS ≤ 15 % of LĐTT

  func testTheCSTDCSQuotaOfDecree91HoldsAtExactly15PercentAndFailsAbove() throws {
    let table: [(cstdcs: Int, holds: Bool)] = [(3, true), (4, false)]
    for c in table {
      var h = History()
      for i in 0..<20 {
        h.add(
          "CN\(i)", 2023, rating: .excellent,
          proposed: i < c.cstdcs ? ["LĐTT", "CSTĐCS"] : ["LĐTT"], initiatives: Initiatives(unit: 1))
      }
      let report = try h.check()
      let quota = report.units.first?.quotas.first { $0.id == "cstdcs-toi-da-15" }
      XCTAssertEqual(quota?.holds, c.holds, quota?.facts ?? "")
      XCTAssertEqual(report.passed, c.holds)
    }
    // No cap under the 2022 Law.
    var h = History()
    for i in 0..<20 { h.add("CN\(i)", 2024, rating: .excellent, proposed: ["LĐTT", "CSTĐCS"]) }
    XCTAssertEqual(try h.check().units.first?.quotas.count, 0)
  }

  // MARK: Bonus

  func testOnlyTheHighestTitleOfTheYearIsPaidAndFormsArePaidBesideIt() throws {
    var h = History()
    h.add("CN1", 2024, rating: .excellent, proposed: ["LĐTT", "CSTĐCS", "Giấy khen"])
    let report = try h.check(CheckOptions(decisionDate: date("2024-12-20")))
    XCTAssertEqual(report.finding("CN1", "LĐTT")?.bonus?.paid, false)
    XCTAssertEqual(report.finding("CN1", "CSTĐCS")?.bonus?.paidAmount, 2_340_000)
    XCTAssertEqual(report.finding("CN1", "Giấy khen")?.bonus?.paidAmount, 710_000)
    XCTAssertEqual(report.bonusTotal, 3_050_000)
    XCTAssertEqual(report.units.first?.bonusTotal, 3_050_000)
  }

  func testAHouseholdGetsOneAndAHalfTimesTheIndividualMultiple() throws {
    var ruleset = try XCTUnwrap(RulesetCatalog.builtIn().ruleset(named: "nd-98-2023"))
    XCTAssertEqual(
      ruleset.bonus.multiple(for: History.award("Giấy khen"), kind: .household),
      Decimal(string: "0.45"))
    ruleset.bonus.householdFactor = 2
    XCTAssertEqual(
      ruleset.bonus.multiple(for: History.award("Giấy khen"), kind: .household),
      Decimal(string: "0.6"))
  }

  func testTheBaseSalaryCanBeGivenForTheRun() throws {
    var h = History()
    h.add("CN1", 2024, proposed: ["LĐTT"])
    let f = try h.check(CheckOptions(baseSalary: 2_000_000)).finding("CN1", "LĐTT")
    XCTAssertEqual(f?.bonus?.amount, 600_000)
  }

  // MARK: Units

  func testATallyThatTheHistoriesDoNotBearOutIsReported() throws {
    var h = History()
    h.units = [
      Tallies.Unit(
        name: "Ban Dân tộc", symbol: "BDT", place: "Khánh Hòa",
        source: SourceLocation(file: "don-vi.csv", line: 2))
    ]
    h.tallies = [
      Tally(
        year: 2021, unit: "Ban Dân tộc", award: History.award("Giấy khen"), kind: .individual,
        count: 16,
        authority: "Trưởng Ban", status: .awarded,
        source: SourceLocation(file: "khen-thuong.csv", line: 5))
    ]
    for i in 0..<15 { h.add("CN\(i)", 2021, unit: "Ban Dân tộc", received: ["Giấy khen"]) }
    let report = try h.check(CheckOptions(years: [2021]))
    let i = report.units.flatMap(\.inconsistencies)
    XCTAssertEqual(i.count, 1)
    XCTAssertEqual(
      i.first?.message,
      "Năm 2021, Ban Dân tộc: bảng tổng hợp ghi 16 cá nhân được Giấy khen nhưng danh sách đối tượng có 15 người (khen-thuong.csv:5)"
    )
  }

  func testSharesOfNonManagersAndWomenAreReported() throws {
    var h = History()
    h.add("CN1", 2024, proposed: ["LĐTT"], manager: true, sex: .female)
    h.add("CN2", 2024, proposed: ["LĐTT"], sex: .male)
    h.add("CN3", 2024, proposed: ["LĐTT"], sex: .female)
    h.add("CN4", 2024, proposed: ["LĐTT"], sex: .female)
    let shares = try h.check().units.first?.shares
    XCTAssertEqual(
      shares?.map(\.facts),
      [
        "3/4 khen thưởng đủ điều kiện dành cho người không giữ chức vụ quản lý (75%)",
        "3/4 khen thưởng đủ điều kiện dành cho nữ (75%)",
      ])
  }

  func testAnAwardWithoutARuleNeedsReviewAndDoesNotFailTheRun() throws {
    var h = History()
    h.add("HGD1", 2024, kind: .household, proposed: ["Giấy khen"])
    let report = try h.check()
    XCTAssertEqual(report.findings.first?.verdict, .needsReview)
    XCTAssertEqual(
      report.findings.first?.note,
      "Bộ quy tắc nd-98-2023 không có quy tắc cho Giấy khen đối với hộ gia đình")
    XCTAssertTrue(report.passed)
  }
}
