import TemplateLanguage
import XCTest

/// `{% with %}`, with the outputs Jinja 3.1 gives.
final class WithTests: XCTestCase {
  func testAWithBlockNamesValuesForItsBody() throws {
    XCTAssertEqual(
      try render("{% with a = 1, b = x %}{{ a }}-{{ b }}{% endwith %}", #"{"x": "X"}"#), "1-X")
  }

  func testEveryValueIsReadOutsideTheBlockAndTheNamesEndWithIt() throws {
    XCTAssertEqual(
      try render("{% with x = 2, y = x %}{{ x }}{{ y }}{% endwith %}|{{ x }}", #"{"x": 1}"#),
      "21|1")
  }

  func testASetInsideAWithBlockDoesNotLeakOut() throws {
    XCTAssertEqual(
      try render("{% with %}{% set z = 3 %}{{ z }}{% endwith %}{{ z is defined }}"), "3False")
  }

  func testAWithBlockInsideALoopSeesTheLoop() throws {
    XCTAssertEqual(
      try render(
        "{% for i in [1,2] %}{% with d = i * 10 %}{{ loop.index }}:{{ d }} {% endwith %}{% endfor %}"
      ), "1:10 2:20 ")
  }

  func testAnUnclosedWithIsReportedWhereItOpens() throws {
    let errors = compileErrors("{% with a = 1 %}{{ a }}")
    XCTAssertEqual(errors.map(\.problem), [.unclosedBlock(keyword: "with", closing: "endwith")])
  }

  func testElseIsNotAllowedInAWithBlock() throws {
    let errors = compileErrors("{% with a = 1 %}{% else %}{% endwith %}")
    XCTAssertEqual(
      errors.map(\.problem),
      [.misplaced(keyword: "else", allowedIn: "an {% if %} or {% for %} block")])
  }

  func testAWithValueThatFailsIsReportedOnceAndTheBodySkipped() throws {
    let errors = renderErrors("{% with a = missing %}{{ a }}{{ a.b }}{% endwith %}")
    XCTAssertEqual(errors.map(\.problem), [.undefined(name: "missing", suggestion: nil)])
  }

  func testAWithTargetMustBeAName() throws {
    let message = try XCTUnwrap(
      compileErrors("{% with 1 = a %}{% endwith %}").first?.problem.message)
    XCTAssertTrue(message.contains("expected a name"), message)
  }
}
