import TemplateLanguage
import XCTest

/// `{% raw %}…{% endraw %}`, with the outputs Jinja 3.1 gives.
final class RawBlockTests: XCTestCase {
  func testWhatARawBlockHoldsIsPrintedAsItIsTagsIncluded() throws {
    XCTAssertEqual(
      try render("{% raw %}{{ x }} {% if %}{# c #}{% endraw %}!"), "{{ x }} {% if %}{# c #}!")
  }

  func testWhitespaceControlTrimsAroundAndInsideARawBlock() throws {
    XCTAssertEqual(try render("a {%- raw -%}  {{ x }}  {%- endraw -%} b"), "a{{ x }}b")
  }

  func testARawTagInsideARawBlockIsTextAndTagsAfterTheBlockWork() throws {
    XCTAssertEqual(try render("{% raw %}{% raw %}{% endraw %}|{{ 1 }}"), "{% raw %}|1")
  }

  func testARawBlockWithoutItsEndIsReportedWhereItOpens() throws {
    let errors = compileErrors("Trước {% raw %}{{ x }}")
    XCTAssertEqual(errors.map(\.problem), [.unclosedBlock(keyword: "raw", closing: "endraw")])
    XCTAssertEqual(errors.first?.location.column, 7)
    XCTAssertEqual(
      errors.first?.problem.fix,
      "add {% endraw %} in the same paragraph: a raw block cannot span paragraphs")
  }

  func testAnEndrawWithoutARawIsReported() throws {
    XCTAssertEqual(
      compileErrors("{% endraw %}").map(\.problem), [.unexpectedEnd(found: "endraw", expected: nil)]
    )
  }
}
