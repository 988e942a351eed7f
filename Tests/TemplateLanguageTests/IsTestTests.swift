import TemplateLanguage
import XCTest

final class IsTestTests: XCTestCase {
  func testIsDefinedIsTrueForAGivenName() throws {
    XCTAssertEqual(try render("{{ x is defined }}", "{\"x\": null}"), "True")
  }

  func testIsDefinedIsFalseForAMissingName() throws {
    XCTAssertEqual(try render("{{ x is defined }}"), "False")
  }

  func testIsDefinedIsFalseForAMissingAttribute() throws {
    XCTAssertEqual(
      try render("{{ u.phone is defined }} {{ u.name is defined }}", "{\"u\": {\"name\": \"a\"}}"),
      "False True")
  }

  func testIsDefinedIsFalseForAMissingIndex() throws {
    XCTAssertEqual(
      try render("{{ xs[5] is defined }} {{ m['k'] is defined }}", "{\"xs\": [1], \"m\": {}}"),
      "False False")
  }

  func testIsNotDefinedNegates() throws {
    XCTAssertEqual(try render("{{ x is not defined }}"), "True")
  }

  func testIsUndefinedIsTheOpposite() throws {
    XCTAssertEqual(
      try render("{{ x is undefined }} {{ y is undefined }}", "{\"y\": 1}"),
      "True False")
  }

  func testIsNoneIsTrueOnlyForNone() throws {
    XCTAssertEqual(
      try render("{{ x is none }} {{ 0 is none }} {{ '' is none }}", "{\"x\": null}"),
      "True False False")
  }

  func testIsNumberIsTrueForIntegersAndFloats() throws {
    XCTAssertEqual(
      try render("{{ 1 is number }} {{ 1.5 is number }} {{ '1' is number }} {{ none is number }}"),
      "True True False False")
  }

  func testIsIntegerIsTrueOnlyForIntegers() throws {
    XCTAssertEqual(
      try render("{{ 1 is integer }} {{ 1.0 is integer }} {{ '1' is integer }}"),
      "True False False")
  }

  func testIsFloatIsTrueOnlyForFloats() throws {
    XCTAssertEqual(try render("{{ 1 is float }} {{ 1.0 is float }}"), "False True")
  }

  func testIsStringIsTrueOnlyForText() throws {
    XCTAssertEqual(
      try render("{{ 'a' is string }} {{ 1 is string }} {{ [] is string }}"),
      "True False False")
  }

  func testIsMappingIsTrueOnlyForMappings() throws {
    XCTAssertEqual(
      try render("{{ m is mapping }} {{ [] is mapping }}", "{\"m\": {}}"),
      "True False")
  }

  func testIsSequenceIsTrueForListsTextAndMappings() throws {
    XCTAssertEqual(
      try render(
        "{{ [] is sequence }} {{ 'a' is sequence }} {{ m is sequence }} {{ 1 is sequence }}",
        "{\"m\": {}}"),
      "True True True False")
  }

  func testIsIterableIsTrueForCollectionsAndText() throws {
    XCTAssertEqual(
      try render(
        "{{ [] is iterable }} {{ 'a' is iterable }} {{ m is iterable }} {{ 1 is iterable }}",
        "{\"m\": {}}"),
      "True True True False")
  }

  func testIsBooleanIsTrueOnlyForBooleans() throws {
    XCTAssertEqual(try render("{{ true is boolean }} {{ 1 is boolean }}"), "True False")
  }

  func testIsTrueAndIsFalseCheckTheBooleans() throws {
    XCTAssertEqual(
      try render("{{ true is true }} {{ 1 is true }} {{ false is false }} {{ 0 is false }}"),
      "True False True False")
  }

  func testIsEvenAndIsOddCheckParity() throws {
    XCTAssertEqual(
      try render("{{ 4 is even }} {{ 3 is even }} {{ 3 is odd }} {{ -3 is odd }}"),
      "True False True True")
  }

  func testIsDivisiblebyWithParentheses() throws {
    XCTAssertEqual(try render("{{ 9 is divisibleby(3) }} {{ 10 is divisibleby(3) }}"), "True False")
  }

  func testIsDivisiblebyWithABareArgument() throws {
    XCTAssertEqual(try render("{{ 9 is divisibleby 3 }}"), "True")
  }

  func testAWholeFloatTooLargeForAnIntIsNotAnIntegerToDivide() throws {
    let message = try XCTUnwrap(renderErrors("{{ 1e300 is divisibleby 3 }}").first?.problem.message)
    XCTAssertTrue(message.contains("needs a whole number"), message)
  }

  func testIsEqualtoComparesValues() throws {
    XCTAssertEqual(
      try render("{{ 2 is equalto 2 }} {{ 2 is eq(3) }} {{ 'a' is ne('b') }}"),
      "True False True")
  }

  func testComparisonTestsCompare() throws {
    XCTAssertEqual(
      try render(
        "{{ 3 is gt 2 }} {{ 3 is ge 3 }} {{ 3 is lt 2 }} {{ 3 is le 3 }} {{ 3 is greaterthan 1 }} {{ 3 is lessthan 1 }}"
      ),
      "True True False True True False")
  }

  func testComparisonTestsByTheirSymbolsWorkInSelect() throws {
    XCTAssertEqual(
      try render("{{ [1, 2, 3]|select('>', 1)|list }} {{ [1, 2]|reject('==', 1)|list }}"),
      "[2, 3] [2]")
  }

  // Not Jinja: Jinja's grammar wants a name after is.
  func testAComparisonSymbolCanNameATestAfterIs() throws {
    XCTAssertEqual(try render("{{ 3 is > 2 }} {{ 3 is == 3 }} {{ 3 is != 3 }}"), "True True False")
  }

  func testIsInChecksMembership() throws {
    XCTAssertEqual(try render("{{ 2 is in [1, 2] }} {{ 'x' is in 'abc' }}"), "True False")
  }

  func testIsInAcceptsAMappingLiteral() throws {
    XCTAssertEqual(try render("{{ 'a' is in {'a': 1} }}"), "True")
  }

  func testIsLowerAndIsUpperCheckTheCase() throws {
    XCTAssertEqual(
      try render("{{ 'abc' is lower }} {{ 'aBc' is lower }} {{ 'ĐÀ' is upper }}"),
      "True False True")
  }

  func testIsSameasComparesIdentityOfSimpleValues() throws {
    XCTAssertEqual(try render("{{ none is sameas none }} {{ true is sameas true }}"), "True True")
  }

  func testATestBindsTighterThanNot() throws {
    XCTAssertEqual(try render("{{ not x is defined }}"), "True")
  }

  func testATestBindsTighterThanAnd() throws {
    XCTAssertEqual(try render("{{ x is defined and x > 1 }}", "{\"x\": 2}"), "True")
  }

  func testATestAfterAFilterTestsTheFilteredValue() throws {
    XCTAssertEqual(try render("{{ xs|length is even }}", "{\"xs\": [1, 2]}"), "True")
  }

  func testATestInAConditionalExpression() throws {
    XCTAssertEqual(try render("{{ 'có' if x is none else 'không' }}", "{\"x\": null}"), "có")
  }

  func testATestWithAnArgumentFromTheData() throws {
    XCTAssertEqual(try render("{{ x is divisibleby n }}", "{\"x\": 12, \"n\": 4}"), "True")
  }

  // Not Jinja: Python's 4.0 % 2 works, Jinja says True as well.
  func testIsEvenOnAWholeFloat() throws {
    XCTAssertEqual(try render("{{ 4.0 is even }}"), "True")
  }
}
