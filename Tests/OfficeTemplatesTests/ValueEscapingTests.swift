import XCTest

@testable import OfficeTemplates

/// How a value's text is written into a part: escaped for XML, line breaks
/// and tabs as the format's elements, ODF runs of spaces kept.
final class ValueEscapingTests: XCTestCase {
  private func word(_ text: String) -> String { written(text, .wordText) }
  private func odf(_ text: String) -> String { written(text, .odfText) }

  private func written(_ text: String, _ place: OutputContext) -> String {
    let buffer = RenderBuffer()
    PartWriter.escape(text, into: buffer, for: place)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  func testPlainTextIsWrittenAsItIs() {
    XCTAssertEqual(word("Nguyễn Văn An"), "Nguyễn Văn An")
    XCTAssertEqual(word("x"), "x")
    XCTAssertEqual(word(""), "")
  }

  func testMarkupCharactersAreEscapedWhereverTheyStand() {
    XCTAssertEqual(word("<a> & b"), "&lt;a&gt; &amp; b")
    XCTAssertEqual(
      word("được đánh giá cao <tốt> & đúng hạn"), "được đánh giá cao &lt;tốt&gt; &amp; đúng hạn")
    XCTAssertEqual(word("cuối &"), "cuối &amp;")
  }

  func testLineBreaksAndTabsBecomeTheFormatsElements() {
    XCTAssertEqual(
      word("một\nhai\tba"),
      #"một</w:t><w:br/><w:t xml:space="preserve">hai</w:t><w:tab/><w:t xml:space="preserve">ba"#)
  }

  func testAWindowsLineEndIsOneBreak() {
    XCTAssertEqual(
      word("một\r\nhai\rba"),
      #"một</w:t><w:br/><w:t xml:space="preserve">hai</w:t><w:br/><w:t xml:space="preserve">ba"#)
  }

  func testControlCharactersXMLForbidsAreDropped() {
    XCTAssertEqual(word("a\u{01}b\u{1F}c"), "abc")
  }

  func testTheNoncharactersXMLForbidsAreDroppedAndTheirNeighboursKept() {
    XCTAssertEqual(word("a\u{FFFE}b\u{FFFF}c"), "abc")
    XCTAssertEqual(word("Ｈà Nội\u{FFFF}\u{FFFD}\u{F8FF}"), "Ｈà Nội\u{FFFD}\u{F8FF}")
    XCTAssertEqual(word("\u{FFFE}" + String(repeating: "dài ", count: 4)), "dài dài dài dài ")
    XCTAssertEqual(odf("x \u{FFFE} y"), #"x <text:s text:c="1"/>y"#)
  }

  func testInODFASecondSpaceInARowIsKeptAsAnElement() {
    XCTAssertEqual(odf("x   y"), #"x <text:s text:c="2"/>y"#)
    XCTAssertEqual(odf("x y"), "x y")
  }

  func testInODFSpacesAtEitherEndAreKept() {
    XCTAssertEqual(odf("  x  "), #" <text:s text:c="1"/>x <text:s text:c="1"/>"#)
  }

  func testInODFSpacesBesideMarkupKeepTheirPlace() {
    XCTAssertEqual(odf("a  <b>"), #"a <text:s text:c="1"/>&lt;b&gt;"#)
  }

  func testEqualsAndQuestionMarksBesideTheAngleBracketsAreLeftAlone() {
    XCTAssertEqual(word("a=b? c;d"), "a=b? c;d")
    XCTAssertEqual(word("đúng = (a>b)?"), "đúng = (a&gt;b)?")
  }
}
