import TemplateLanguage
import XCTest

/// Names the data lacks are errors, except where the template asks about
/// them (`is defined`, `default`). Jinja's `StrictUndefined` raises
/// for each of the failing cases below too.
final class StrictnessTests: XCTestCase {
  func testAnUndefinedNameIsAnErrorNamingTheName() {
    let errors = renderErrors("{{ ten_don_vi }}")
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "ten_don_vi", suggestion: nil)])
    XCTAssertTrue(errors[0].message.contains("\"ten_don_vi\""), errors[0].message)
  }

  func testAnUndefinedNameSuggestsTheClosestDefinedName() {
    let errors = renderErrors("{{ nme }}", #"{"name": "An"}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "nme", suggestion: "name")])
    XCTAssertTrue(errors[0].fix.contains("did you mean \"name\"?"), errors[0].fix)
  }

  func testAnUndefinedAttributeNamesItsWholePath() {
    let errors = renderErrors("{{ unit.ten }}", #"{"unit": {"name": "Sở"}}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "unit.ten", suggestion: nil)])
  }

  func testAnUndefinedAttributeSuggestsASiblingKey() {
    let errors = renderErrors("{{ unit.nmae }}", #"{"unit": {"name": "Sở"}}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "unit.nmae", suggestion: "name")])
  }

  func testAnUndefinedAttributeDeepInAPathNamesThePathUpToIt() {
    let errors = renderErrors("{{ unit.head.name }}", #"{"unit": {}}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "unit.head", suggestion: nil)])
  }

  func testAnUndefinedAttributeAfterAnIndexNamesThePath() {
    let errors = renderErrors("{{ years[0].total }}", #"{"years": [{"totals": 1}]}"#)
    XCTAssertEqual(
      errors.map(\.problem), [.undefined(name: "years[0].total", suggestion: "totals")])
  }

  func testAMissingKeyInBracketsIsUndefined() {
    let errors = renderErrors("{{ m['k'] }}", #"{"m": {"a": 1}}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "m['k']", suggestion: nil)])
  }

  func testAnIndexPastTheEndIsUndefined() {
    let errors = renderErrors("{{ xs[3] }}", #"{"xs": [1]}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "xs[3]", suggestion: nil)])
  }

  func testAnAttributeOfTextIsUndefined() {
    let errors = renderErrors("{{ s.ten }}", #"{"s": "abc"}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "s.ten", suggestion: nil)])
  }

  func testAnAttributeOfNoneIsUndefined() {
    let errors = renderErrors("{{ n.ten }}", #"{"n": null}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "n.ten", suggestion: nil)])
  }

  func testAnUndefinedNameInAnIfConditionIsAnError() {
    let errors = renderErrors("{% if flag %}x{% endif %}")
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "flag", suggestion: nil)])
  }

  func testAnUndefinedNameInAFilterArgumentIsAnError() {
    let errors = renderErrors("{{ x|default(y) }}")
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "y", suggestion: nil)])
  }

  func testALoopVariableIsUndefinedAfterItsLoop() {
    let errors = renderErrors("{% for x in xs %}{% endfor %}{{ x }}", #"{"xs": [1]}"#)
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "x", suggestion: "xs")])
  }

  func testIsDefinedOptsOutOfStrictness() throws {
    XCTAssertEqual(
      try render("{{ x is defined }}|{{ u.a is defined }}", #"{"u": {}}"#), "False|False")
  }

  func testDefaultOptsOutOfStrictness() throws {
    XCTAssertEqual(try render("{{ x|default('-') }}{{ u.a|default('-') }}", #"{"u": {}}"#), "--")
  }

  // Not Jinja: StrictUndefined fails on `u.x` when u itself is missing, even
  // under `is defined` or `default`; vanban lets them answer for the path.
  func testIsDefinedAnswersForAPathWhoseRootIsMissing() throws {
    XCTAssertEqual(try render("{{ u.x is defined }}|{{ u.x|default('-') }}"), "False|-")
  }

  func testANoneValueIsDefined() throws {
    XCTAssertEqual(
      try render("{{ x is defined }} {{ x|default('-') }}", #"{"x": null}"#), "True None")
  }

  func testTheScopeCanBeBuiltFromADictionary() throws {
    let template = try TextTemplate("{{ a }}-{{ b.c }}")
    XCTAssertEqual(try template.render(Scope(["a": 1, "b": ["c": "x"]])), "1-x")
  }

  func testAScopeBuiltFromANonMappingIsEmpty() {
    XCTAssertThrowsError(try TextTemplate("{{ a }}").render(Scope(Value.list([1]))))
  }

  func testScopeSetAddsAName() throws {
    var scope = Scope(["a": 1])
    scope.set("b", 2)
    XCTAssertEqual(scope.lookup("b"), 2)
    XCTAssertEqual(scope.lookup("a"), 1)
    XCTAssertNil(scope.lookup("c"))
    XCTAssertEqual(try TextTemplate("{{ a + b }}").render(scope), "3")
  }
}
