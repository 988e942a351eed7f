import TemplateLanguage
import XCTest

final class TagScannerTests: XCTestCase {
  private func tags(_ text: String) -> [TagScanner.Found] {
    TagScanner.scan(text).compactMap {
      if case .tag(let found) = $0 { return found }
      return nil
    }
  }

  func testTextAndTagsComeInOrderWithByteRanges() {
    XCTAssertEqual(
      TagScanner.scan("a {{ x }} b"),
      [
        .text(0..<2),
        .tag(
          .init(
            range: 2..<9, kind: .output, prefix: nil, inner: "x", trimBefore: false,
            trimAfter: false)),
        .text(9..<11),
      ])
  }

  func testRangesCountUTF8Bytes() {
    XCTAssertEqual(tags("Đà {{ x }}").map(\.range), [5..<12])
  }

  func testTheThreeKindsOfTagAreFound() {
    XCTAssertEqual(tags("{{ a }}{% if b %}{# c #}").map(\.kind), [.output, .statement, .comment])
    XCTAssertEqual(tags("{{ a }}{% if b %}{# c #}").map(\.inner), ["a", "if b", "c"])
  }

  func testTextWithoutTagsIsOnePiece() {
    XCTAssertEqual(TagScanner.scan("just { text }"), [.text(0..<13)])
  }

  func testAnEmptyTextHasNoPieces() {
    XCTAssertEqual(TagScanner.scan(""), [])
  }

  func testTheParagraphPrefixIsRead() {
    let found = tags("{%p if x %}")
    XCTAssertEqual(found.map(\.prefix), [.paragraph])
    XCTAssertEqual(found.map(\.inner), ["if x"])
  }

  func testTheRowPrefixIsRead() {
    XCTAssertEqual(tags("{%tr for r in rows %}").map(\.prefix), [.row])
    XCTAssertEqual(tags("{%tr for r in rows %}").map(\.inner), ["for r in rows"])
  }

  func testTheCellPrefixIsRead() {
    XCTAssertEqual(tags("{%tc endfor %}").map(\.prefix), [.cell])
  }

  func testTheRunPrefixIsRead() {
    XCTAssertEqual(tags("{%r if x %}").map(\.prefix), [.run])
    XCTAssertEqual(tags("{{r rich }}").map(\.prefix), [.run])
  }

  func testAPrefixNeedsASpaceAfterIt() {
    XCTAssertEqual(tags("{{rows}}").map(\.prefix), [nil])
    XCTAssertEqual(tags("{{rows}}").map(\.inner), ["rows"])
    XCTAssertEqual(tags("{%pass %}").map(\.prefix), [nil])
  }

  func testAPrefixMayBeFollowedByANonBreakingSpace() {
    let found = tags("{%p\u{A0}if x %}")
    XCTAssertEqual(found.map(\.prefix), [.paragraph])
    XCTAssertEqual(found.map(\.inner), ["if x"])
  }

  func testTrimMarksAreReadAndRemoved() {
    let found = tags("{%- if x -%}{{- y }}{{ z -}}")
    XCTAssertEqual(found.map(\.trimBefore), [true, true, false])
    XCTAssertEqual(found.map(\.trimAfter), [true, false, true])
    XCTAssertEqual(found.map(\.inner), ["if x", "y", "z"])
  }

  func testAMinusAfterASpaceIsNotATrimMark() {
    let found = tags("{{ -x }}")
    XCTAssertEqual(found.map(\.trimBefore), [false])
    XCTAssertEqual(found.map(\.inner), ["-x"])
  }

  func testAClosingDelimiterInsideQuotesDoesNotCloseTheTag() {
    XCTAssertEqual(tags("{% if x == '%}' %}a").map(\.inner), ["if x == '%}'"])
    XCTAssertEqual(tags(#"{{ "}}" }}"#).map(\.inner), [#""}}""#])
  }

  func testAClosingDelimiterInsideCurlyQuotesDoesNotCloseTheTag() {
    XCTAssertEqual(
      tags("{{ x|default(\u{2018}}}\u{2019}) }}").map(\.inner), ["x|default(\u{2018}}}\u{2019})"])
  }

  func testAnApostropheInsideDoubleQuotesIsText() {
    XCTAssertEqual(tags(#"{{ "it's" }} {{ y }}"#).map(\.inner), [#""it's""#, "y"])
  }

  func testAStrayApostropheDoesNotHideTheClosingDelimiter() {
    XCTAssertEqual(tags("{{ it's }} after").map(\.inner), ["it's"])
  }

  func testQuotesInsideACommentAreIgnored() {
    XCTAssertEqual(tags("{# don't #}{{ x }}").map(\.inner), ["don't", "x"])
  }

  func testAnUnclosedTagIsReportedWithItsOffset() {
    XCTAssertEqual(TagScanner.scan("ab {{ x"), [.text(0..<3), .unclosed(.output, at: 3)])
    XCTAssertEqual(TagScanner.scan("{% if"), [.unclosed(.statement, at: 0)])
    XCTAssertEqual(TagScanner.scan("{# c"), [.unclosed(.comment, at: 0)])
  }

  func testAnOutputTagIsNotClosedByAStatementDelimiter() {
    XCTAssertEqual(TagScanner.scan("{{ x %}"), [.unclosed(.output, at: 0)])
  }

  func testAnOpeningBraceAtTheEndIsText() {
    XCTAssertEqual(TagScanner.scan("a {"), [.text(0..<3)])
  }

  func testSpacesWordTypesAreTrimmedFromTheInnerText() {
    XCTAssertEqual(tags("{{\u{A0} x \u{A0}}}").map(\.inner), ["x"])
  }

  func testLiteralDelimitersAreUnescaped() {
    XCTAssertEqual(
      TagScanner.unescapeLiteralDelimiters("{_{ a }_} {_% b %_} {_# c #_}"),
      "{{ a }} {% b %} {# c #}")
  }

  func testTextWithoutEscapesIsUnchangedByUnescaping() {
    XCTAssertEqual(TagScanner.unescapeLiteralDelimiters("a_b {_ x _}"), "a_b {_ x _}")
  }

  func testEscapedDelimitersAreNotTags() {
    XCTAssertEqual(TagScanner.scan("{_{ a }_}"), [.text(0..<9)])
  }

  func testTheDisplayOfATagShowsItsPrefix() {
    let tag = TemplateTag(
      kind: .statement, prefix: .row, inner: "for r in rows",
      location: TemplateLocation(part: "body"))
    XCTAssertEqual(tag.display, "{%tr for r in rows %}")
  }
}
