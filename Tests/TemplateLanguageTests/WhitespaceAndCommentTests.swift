import TemplateLanguage
import XCTest

final class WhitespaceAndCommentTests: XCTestCase {
  func testWithoutTrimMarksWhitespaceAroundTagsIsKept() throws {
    XCTAssertEqual(try render("a\n  {% if true %}\n  b\n  {% endif %}\nc"), "a\n  \n  b\n  \nc")
  }

  func testAMinusAfterTheOpeningDelimiterTrimsWhitespaceBefore() throws {
    XCTAssertEqual(try render("a  \n  {%- if true %}b{% endif %}"), "ab")
  }

  func testAMinusBeforeTheClosingDelimiterTrimsWhitespaceAfter() throws {
    XCTAssertEqual(try render("{% if true -%}  \n  b{% endif %}"), "b")
  }

  func testTrimMarksOnBothSidesTrimBothSides() throws {
    XCTAssertEqual(
      try render("a\n{%- for x in xs -%}\n  {{ x }}\n{%- endfor -%}\n b", "{\"xs\": [1, 2]}"),
      "a12b")
  }

  func testTrimMarksWorkOnOutputTags() throws {
    XCTAssertEqual(try render("a  {{- x -}}  b", "{\"x\": 1}"), "a1b")
  }

  func testTrimMarksWorkOnComments() throws {
    XCTAssertEqual(try render("a  {#- note -#}  b"), "ab")
  }

  func testATrimMarkDoesNotTrimText() throws {
    XCTAssertEqual(try render("a{{- x -}}b", "{\"x\": \" v \"}"), "a v b")
  }

  func testATrimMarkTrimsOnlyUpToTheNextTag() throws {
    XCTAssertEqual(
      try render("{% for x in xs -%}\n {{ x }} {%- endfor %}", "{\"xs\": [1, 2]}"),
      "12")
  }

  func testAMinusInsideAnExpressionIsSubtraction() throws {
    XCTAssertEqual(try render("{{ 5 - 3 }} {{ 5 -3 }}"), "2 2")
  }

  func testACommentIsRemoved() throws {
    XCTAssertEqual(try render("a{# hidden #}b"), "ab")
  }

  func testACommentMaySpanLines() throws {
    XCTAssertEqual(try render("a{# one\ntwo #}b"), "ab")
  }

  func testACommentMayContainTags() throws {
    XCTAssertEqual(try render("a{# {{ missing }} {% if %} #}b"), "ab")
  }

  func testACommentInsideALoopIsRemovedEachTime() throws {
    XCTAssertEqual(
      try render("{% for x in xs %}{# c #}{{ x }}{% endfor %}", "{\"xs\": [1, 2]}"),
      "12")
  }

  // Not Jinja: docxtpl's escape for a literal delimiter; Jinja itself does not know it.
  func testEscapedOutputDelimitersPrintLiterally() throws {
    XCTAssertEqual(try render("{_{ name }_}"), "{{ name }}")
  }

  // Not Jinja: docxtpl's escape for a literal delimiter; Jinja itself does not know it.
  func testEscapedStatementDelimitersPrintLiterally() throws {
    XCTAssertEqual(try render("{_% if x %_}"), "{% if x %}")
  }

  // Not Jinja: docxtpl's escape for a literal delimiter; Jinja itself does not know it.
  func testEscapedCommentDelimitersPrintLiterally() throws {
    XCTAssertEqual(try render("{_# note #_}"), "{# note #}")
  }

  // Not Jinja: docxtpl's escape for a literal delimiter; Jinja itself does not know it.
  func testEscapedDelimitersNextToRealTags() throws {
    XCTAssertEqual(try render("{_{ {{ x }} }_}", "{\"x\": 1}"), "{{ 1 }}")
  }

  func testAStringLiteralMayContainAClosingDelimiter() throws {
    XCTAssertEqual(try render("{{ '}}' }}|{{ 'a%}b' }}"), "}}|a%}b")
  }

  func testASingleBraceIsPlainText() throws {
    XCTAssertEqual(try render("a { b } c {x}"), "a { b } c {x}")
  }

  func testAPercentSignOutsideATagIsPlainText() throws {
    XCTAssertEqual(try render("50% {% if true %}ok{% endif %} 100%"), "50% ok 100%")
  }

  func testAnEmptyTemplateRendersEmpty() throws {
    XCTAssertEqual(try render(""), "")
  }

  // Not Jinja: Jinja drops one final newline unless keep_trailing_newline; vanban keeps the text as written.
  func testALineBreakAtTheEndIsKept() throws {
    XCTAssertEqual(try render("{{ x }}\n", "{\"x\": 1}"), "1\n")
  }
}
