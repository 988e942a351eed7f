import TemplateLanguage
import XCTest

final class ExpressionTests: XCTestCase {
  func testAdditionOfIntegersIsAnInteger() throws {
    XCTAssertEqual(try render("{{ 1 + 2 }}"), "3")
  }

  func testAdditionOfAnIntegerAndAFloatIsAFloat() throws {
    XCTAssertEqual(try render("{{ 1 + 2.0 }}"), "3.0")
  }

  func testSubtractionCanGoNegative() throws {
    XCTAssertEqual(try render("{{ 2 - 5 }}"), "-3")
  }

  func testMultiplicationOfIntegersIsAnInteger() throws {
    XCTAssertEqual(try render("{{ 6 * 7 }}"), "42")
  }

  func testTrueDivisionAlwaysGivesAFloat() throws {
    XCTAssertEqual(try render("{{ 7 / 2 }} {{ 6 / 2 }}"), "3.5 3.0")
  }

  func testFloorDivisionRoundsDown() throws {
    XCTAssertEqual(try render("{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 // -2 }}"), "3 -4 -4")
  }

  func testFloorDivisionOfFloatsIsAFloat() throws {
    XCTAssertEqual(try render("{{ 7.5 // 2 }} {{ -7.5 // 2 }}"), "3.0 -4.0")
  }

  func testModuloTakesTheSignOfTheDivisor() throws {
    XCTAssertEqual(try render("{{ -7 % 3 }} {{ 7 % -3 }} {{ 7 % 3 }}"), "2 -2 1")
  }

  func testModuloOfFloatsFollowsPython() throws {
    XCTAssertEqual(try render("{{ 7.5 % 2 }} {{ -7.5 % 2 }}"), "1.5 0.5")
  }

  func testTheSmallestIntegerDividedByMinusOneIsAFloatNotATrap() throws {
    XCTAssertEqual(
      try render("{{ (-9223372036854775807 - 1) // -1 }} {{ (-9223372036854775807 - 1) % -1 }}"),
      "9.223372036854776e+18 0")
  }

  func testPowerOfIntegersIsAnInteger() throws {
    XCTAssertEqual(try render("{{ 2 ** 10 }} {{ 2 ** -1 }}"), "1024 0.5")
  }

  func testPowerIsRightAssociative() throws {
    XCTAssertEqual(try render("{{ 2 ** 3 ** 2 }}"), "64")
  }

  func testUnaryMinusBindsTighterThanPowerInJinja() throws {
    XCTAssertEqual(try render("{{ -2 ** 2 }}"), "4")
  }

  // Not Jinja: Python ints are unbounded (9223372036854775808); vanban goes on in floating point.
  func testIntegerOverflowBecomesAFloat() throws {
    XCTAssertEqual(try render("{{ 9223372036854775807 + 1 }}"), "9.223372036854776e+18")
  }

  // Not Jinja: Python ints are unbounded (100000000000000000000).
  func testMultiplicationOverflowBecomesAFloat() throws {
    XCTAssertEqual(try render("{{ x * x }}", "{\"x\": 10000000000}"), "1e+20")
  }

  func testArithmeticOnDataNumbersWorks() throws {
    XCTAssertEqual(try render("{{ a + b }} {{ a * 1.5 }}", "{\"a\": 10, \"b\": 2.5}"), "12.5 15.0")
  }

  func testBooleansCountAsOneAndZeroInArithmetic() throws {
    XCTAssertEqual(try render("{{ true + 1 }} {{ false * 3 }}"), "2 0")
  }

  func testPlusJoinsStrings() throws {
    XCTAssertEqual(try render("{{ 'a' + 'b' }}"), "ab")
  }

  func testPlusJoinsLists() throws {
    XCTAssertEqual(try render("{{ [1] + [2, 3] }}"), "[1, 2, 3]")
  }

  func testMultiplyingAStringRepeatsIt() throws {
    XCTAssertEqual(try render("{{ 'ab' * 3 }}|{{ 2 * 'x' }}|{{ 'x' * 0 }}"), "ababab|xx|")
  }

  func testMultiplyingAListRepeatsIt() throws {
    XCTAssertEqual(try render("{{ [0] * 3 }}"), "[0, 0, 0]")
  }

  func testTildeJoinsValuesAsText() throws {
    XCTAssertEqual(try render("{{ 1 ~ '-' ~ 2.5 ~ none ~ true }}"), "1-2.5NoneTrue")
  }

  func testTildePrintsAListAsItsRepr() throws {
    XCTAssertEqual(try render("{{ 'x' ~ [1, 'a'] }}"), "x[1, 'a']")
  }

  func testUnaryMinusNegatesANumber() throws {
    XCTAssertEqual(try render("{{ -x }} {{ - -x }}", "{\"x\": 3}"), "-3 3")
  }

  func testUnaryPlusKeepsANumber() throws {
    XCTAssertEqual(try render("{{ +x }}", "{\"x\": -3}"), "-3")
  }

  func testMultiplicationBindsTighterThanAddition() throws {
    XCTAssertEqual(try render("{{ 1 + 2 * 3 }}"), "7")
  }

  func testParenthesesOverridePrecedence() throws {
    XCTAssertEqual(try render("{{ (1 + 2) * 3 }}"), "9")
  }

  func testSubtractionIsLeftAssociative() throws {
    XCTAssertEqual(try render("{{ 10 - 3 - 2 }} {{ 100 / 10 / 2 }}"), "5 5.0")
  }

  func testAFilterBindsBeforeUnaryMinus() throws {
    XCTAssertEqual(try render("{{ -x|abs }}", "{\"x\": 3}"), "3")
  }

  func testAFilterBindsTighterThanTilde() throws {
    XCTAssertEqual(try render("{{ a ~ b | upper }}", "{\"a\": \"x\", \"b\": \"y\"}"), "xY")
  }

  func testAFilterBindsTighterThanAddition() throws {
    XCTAssertEqual(try render("{{ 1 + xs|length }}", "{\"xs\": [1, 2]}"), "3")
  }

  func testAFilterAppliesToAParenthesizedExpression() throws {
    XCTAssertEqual(try render("{{ (a ~ b)|upper }}", "{\"a\": \"x\", \"b\": \"y\"}"), "XY")
  }

  func testFiltersChainLeftToRight() throws {
    XCTAssertEqual(
      try render("{{ s|trim|upper|replace('A', 'o') }}", "{\"s\": \"  abc  \"}"),
      "oBC")
  }

  func testAFilterAfterAnAttributeAppliesToTheAttribute() throws {
    XCTAssertEqual(try render("{{ u.name|upper }}", "{\"u\": {\"name\": \"an\"}}"), "AN")
  }

  // Not Jinja: Jinja binds ~ tighter than + and fails with a TypeError; where Jinja succeeds both agree.
  func testArithmeticIsEvaluatedBeforeTilde() throws {
    XCTAssertEqual(try render("{{ 'Tổng: ' ~ a + b }}", "{\"a\": 2, \"b\": 3}"), "Tổng: 5")
  }

  func testEqualityComparesValues() throws {
    XCTAssertEqual(
      try render("{{ 1 == 1 }} {{ 1 == 2 }} {{ 'a' == 'a' }} {{ 1 != 2 }}"),
      "True False True True")
  }

  func testAnIntegerEqualsTheSameFloat() throws {
    XCTAssertEqual(try render("{{ 1 == 1.0 }}"), "True")
  }

  func testAStringNeverEqualsANumber() throws {
    XCTAssertEqual(try render("{{ '1' == 1 }}"), "False")
  }

  func testListsCompareByTheirItems() throws {
    XCTAssertEqual(try render("{{ [1, 2] == [1, 2] }} {{ [1, 2] == [2, 1] }}"), "True False")
  }

  func testMappingsCompareByTheirItemsRegardlessOfOrder() throws {
    XCTAssertEqual(
      try render("{{ a == b }}", "{\"a\": {\"x\": 1, \"y\": 2}, \"b\": {\"y\": 2, \"x\": 1}}"),
      "True")
  }

  func testNoneEqualsOnlyNone() throws {
    XCTAssertEqual(try render("{{ x == none }} {{ 0 == none }}", "{\"x\": null}"), "True False")
  }

  func testOrderingComparesNumbers() throws {
    XCTAssertEqual(
      try render("{{ 1 < 2 }} {{ 2 <= 2 }} {{ 3 > 4 }} {{ 2.5 >= 2 }}"),
      "True True False True")
  }

  func testOrderingComparesStringsByCodePoint() throws {
    XCTAssertEqual(try render("{{ 'a' < 'b' }} {{ 'B' < 'a' }} {{ 'ab' < 'b' }}"), "True True True")
  }

  func testOrderingComparesListsItemByItem() throws {
    XCTAssertEqual(try render("{{ [1, 2] < [1, 3] }} {{ [1] < [1, 0] }}"), "True True")
  }

  func testChainedComparisonsHoldTogether() throws {
    XCTAssertEqual(
      try render("{{ 1 < x < 3 }} {{ 1 < x > 5 }} {{ 1 == 1 < 2 }}", "{\"x\": 2}"),
      "True False True")
  }

  func testInFindsAnItemInAList() throws {
    XCTAssertEqual(try render("{{ 2 in [1, 2] }} {{ 3 in [1, 2] }}"), "True False")
  }

  func testInFindsAKeyInAMapping() throws {
    XCTAssertEqual(try render("{{ 'a' in m }} {{ 1 in m }}", "{\"m\": {\"a\": 1}}"), "True False")
  }

  func testInFindsASubstring() throws {
    XCTAssertEqual(
      try render("{{ 'ội' in 'Hà Nội' }} {{ 'x' in 'abc' }} {{ '' in 'abc' }}"),
      "True False True")
  }

  func testNotInIsTheOppositeOfIn() throws {
    XCTAssertEqual(try render("{{ 3 not in [1, 2] }} {{ 'a' not in 'abc' }}"), "True False")
  }

  func testNotBeforeInNegatesTheMembership() throws {
    XCTAssertEqual(try render("{{ not 'a' in 'abc' }} {{ not 'x' in 'abc' }}"), "False True")
  }

  func testComparisonsBindLooserThanArithmetic() throws {
    XCTAssertEqual(try render("{{ 1 + 1 == 2 }} {{ 2 * 3 > 5 }}"), "True True")
  }

  func testAndReturnsTheFirstFalsyOperand() throws {
    XCTAssertEqual(try render("{{ 0 and 1 }}|{{ 1 and 'x' }}|{{ '' and 1 }}"), "0|x|")
  }

  func testOrReturnsTheFirstTruthyOperand() throws {
    XCTAssertEqual(try render("{{ 0 or 'x' }}|{{ 'a' or 'b' }}|{{ none or [] }}"), "x|a|[]")
  }

  func testNotNegatesTruthiness() throws {
    XCTAssertEqual(
      try render("{{ not 0 }} {{ not 'a' }} {{ not [] }} {{ not none }}"),
      "True False True True")
  }

  func testAndBindsTighterThanOr() throws {
    XCTAssertEqual(
      try render("{{ true or false and false }} {{ (true or false) and false }}"),
      "True False")
  }

  func testNotBindsTighterThanAnd() throws {
    XCTAssertEqual(try render("{{ not false and false }}"), "False")
  }

  func testNotBindsLooserThanComparison() throws {
    XCTAssertEqual(try render("{{ not 1 == 2 }}"), "True")
  }

  func testAndShortCircuitsAnUndefinedName() throws {
    XCTAssertEqual(try render("{{ false and missing }}|{{ x is defined and x.y }}"), "False|False")
  }

  func testOrShortCircuitsAnUndefinedName() throws {
    XCTAssertEqual(try render("{{ true or missing }}"), "True")
  }

  func testEmptyCollectionsAndZeroAreFalsy() throws {
    XCTAssertEqual(
      try render("{% if [] or {} or '' or 0 or 0.0 or none %}yes{% else %}no{% endif %}"),
      "no")
  }

  func testNonEmptyValuesAreTruthy() throws {
    XCTAssertEqual(
      try render("{% if [0] and {'a': 0} and ' ' and -1 and 0.1 %}yes{% else %}no{% endif %}"),
      "yes")
  }

  func testAConditionalExpressionPicksTheThenBranch() throws {
    XCTAssertEqual(try render("{{ 'yes' if x else 'no' }}", "{\"x\": 1}"), "yes")
  }

  func testAConditionalExpressionPicksTheElseBranch() throws {
    XCTAssertEqual(try render("{{ 'yes' if x else 'no' }}", "{\"x\": 0}"), "no")
  }

  func testAConditionalExpressionWithoutElseGivesNothing() throws {
    XCTAssertEqual(try render("[{{ 'yes' if x }}]", "{\"x\": 0}"), "[]")
  }

  func testAConditionalExpressionDoesNotEvaluateTheOtherBranch() throws {
    XCTAssertEqual(try render("{{ x if x is defined else 'none' }}"), "none")
  }

  func testConditionalExpressionsNest() throws {
    XCTAssertEqual(try render("{{ 'a' if x == 1 else 'b' if x == 2 else 'c' }}", "{\"x\": 2}"), "b")
  }

  func testAConditionalExpressionBindsLooserThanOr() throws {
    XCTAssertEqual(try render("{{ 1 or 2 if false else 3 }}"), "3")
  }

  func testAConditionalInsideATildeNeedsParentheses() throws {
    XCTAssertEqual(try render("{{ 'n=' ~ (x if x else 'none') }}", "{\"x\": 0}"), "n=none")
  }

  func testComparisonOfANumberAndABooleanFollowsPython() throws {
    XCTAssertEqual(
      try render("{{ 1 == true }} {{ 0 == false }} {{ 2 == true }}"), "True True False")
  }

  // MARK: - Attributes of a name

  func testAnAttributeOfALoopVariableReadsTheItemsKey() throws {
    XCTAssertEqual(
      try render(
        "{% for u in units %}{{ u.ten }};{% endfor %}", #"{"units": [{"ten": "A"}, {"ten": "B"}]}"#),
      "A;B;")
  }

  func testALoopVariableHidesAContextNameOfTheSameName() throws {
    XCTAssertEqual(
      try render(
        "{% for u in [{'ten': 'loop'}] %}{{ u.ten }}{% endfor %}", #"{"u": {"ten": "context"}}"#),
      "loop")
  }

  func testTheLengthOfAListIsAnAttributeOfIt() throws {
    XCTAssertEqual(try render("{{ xs.length }} {{ xs.count }}", #"{"xs": [1, 2, 3]}"#), "3 3")
  }
}
