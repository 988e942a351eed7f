import AwardRules
import Tallies
import XCTest

final class RulesetSelectionTests: XCTestCase {
  func testEveryBuiltInRulesetLoadsWithItsValidityDates() throws {
    let catalog = try RulesetCatalog.builtIn()
    XCTAssertEqual(catalog.rulesets.map(\.id), ["nd-91-2017", "nd-98-2023", "nd-152-2025"])
    for r in catalog.rulesets {
      XCTAssertFalse(r.rules.isEmpty, r.id)
      XCTAssertFalse(r.baseSalaries.steps.isEmpty, r.id)
    }
    XCTAssertEqual(catalog.ruleset(named: "nd-98-2023")?.validityText, "01/01/2024 – 30/06/2025")
  }

  func testADecisionDateOnEachSideOfABoundaryPicksADifferentRuleset() throws {
    let catalog = try RulesetCatalog.builtIn()
    let table: [(String, String)] = [
      ("2021-06-15", "nd-91-2017"),
      ("2023-12-31", "nd-91-2017"),
      ("2024-01-01", "nd-98-2023"),
      ("2025-06-30", "nd-98-2023"),
      ("2025-07-01", "nd-152-2025"),
      ("2026-03-01", "nd-152-2025"),
    ]
    for (day, expected) in table {
      XCTAssertEqual(catalog.inForce(on: date(day))?.id, expected, day)
    }
  }

  func testTheCheckerJudgesEachYearByTheRulesetInForceAtItsEnd() throws {
    var h = History()
    h.add("CN1", 2023, proposed: ["LĐTT"])
    h.add("CN1", 2024, proposed: ["LĐTT"])
    let report = try h.check()
    XCTAssertEqual(report.years.map(\.ruleset.id), ["nd-91-2017", "nd-98-2023"])
    XCTAssertEqual(report.findings.map(\.rulesetID), ["nd-91-2017", "nd-98-2023"])
  }

  func testTheDecisionDatePicksTheRulesetAndTheBaseSalary() throws {
    var h = History()
    h.add("CN1", 2023, proposed: ["LĐTT"])
    let table: [(String, String, Int)] = [
      ("2023-12-31", "nd-91-2017", 540_000),  // 0,3 × 1.800.000
      ("2024-01-02", "nd-98-2023", 540_000),
      ("2024-07-01", "nd-98-2023", 710_000),  // 0,3 × 2.340.000 = 702.000 → 710.000
      ("2025-07-01", "nd-152-2025", 710_000),
    ]
    for (day, ruleset, bonus) in table {
      let report = try h.check(CheckOptions(decisionDate: date(day)))
      XCTAssertEqual(report.years.first?.ruleset.id, ruleset, day)
      XCTAssertEqual(report.findings.first?.bonus?.amount, bonus, day)
    }
  }

  func testANamedRulesetIsUsedWhateverTheDate() throws {
    var h = History()
    h.add("CN1", 2023, proposed: ["LĐTT"])
    let report = try h.check(CheckOptions(rulesetName: "nd-152-2025"))
    XCTAssertEqual(report.years.first?.ruleset.id, "nd-152-2025")
  }

  func testAnUnknownRulesetNameListsTheBuiltInOnes() throws {
    var h = History()
    h.add("CN1", 2023, proposed: ["LĐTT"])
    XCTAssertThrowsError(try h.check(CheckOptions(rulesetName: "nd-99"))) { error in
      XCTAssertTrue("\(error)".contains("nd-91-2017, nd-98-2023, nd-152-2025"), "\(error)")
    }
  }
}
