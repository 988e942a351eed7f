import TemplateLanguage
import XCTest

final class ConditionalTests: XCTestCase {
  func testAnIfShowsItsBodyWhenTrue() throws {
    XCTAssertEqual(try render("{% if x %}yes{% endif %}", "{\"x\": true}"), "yes")
  }

  func testAnIfHidesItsBodyWhenFalse() throws {
    XCTAssertEqual(try render("[{% if x %}yes{% endif %}]", "{\"x\": false}"), "[]")
  }

  func testAnElseRunsWhenTheIfIsFalse() throws {
    XCTAssertEqual(try render("{% if x %}yes{% else %}no{% endif %}", "{\"x\": 0}"), "no")
  }

  func testTheFirstTrueElifWins() throws {
    XCTAssertEqual(
      try render(
        "{% if x == 1 %}one{% elif x == 2 %}two{% elif x > 1 %}big{% else %}other{% endif %}",
        "{\"x\": 2}"),
      "two")
  }

  func testElseRunsWhenNoElifMatches() throws {
    XCTAssertEqual(
      try render("{% if x == 1 %}one{% elif x == 2 %}two{% else %}other{% endif %}", "{\"x\": 5}"),
      "other")
  }

  func testIfsNest() throws {
    XCTAssertEqual(
      try render("{% if a %}A{% if b %}B{% else %}b{% endif %}{% endif %}", "{\"a\": 1, \"b\": 0}"),
      "Ab")
  }

  func testAnIfOnAnEmptyListIsFalse() throws {
    XCTAssertEqual(try render("{% if xs %}some{% else %}none{% endif %}", "{\"xs\": []}"), "none")
  }

  func testAnIfWithIsDefinedSkipsAMissingName() throws {
    XCTAssertEqual(try render("{% if x is defined %}{{ x }}{% else %}-{% endif %}"), "-")
  }

  func testAnIfWithAndDoesNotEvaluateTheRightSideWhenFalse() throws {
    XCTAssertEqual(
      try render("{% if u is defined and u.name %}{{ u.name }}{% else %}-{% endif %}"),
      "-")
  }

  func testAnElifIsNotEvaluatedWhenAnEarlierBranchWins() throws {
    XCTAssertEqual(try render("{% if true %}a{% elif missing %}b{% endif %}"), "a")
  }

  func testAConditionalExpressionInsideAnIf() throws {
    XCTAssertEqual(try render("{% if (x if x else 0) > 1 %}big{% endif %}", "{\"x\": 3}"), "big")
  }

  func testAnIfOnAComparisonWithAString() throws {
    XCTAssertEqual(
      try render(
        "{% if unit.kind == 'UBND' %}Ủy ban{% endif %}", "{\"unit\": {\"kind\": \"UBND\"}}"),
      "Ủy ban")
  }
}
