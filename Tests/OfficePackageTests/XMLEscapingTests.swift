import OfficePackage
import XCTest

/// The escaping primitives the template compiler writes its output with.
final class XMLEscapingTests: XCTestCase {
  private func text(_ value: String) -> String {
    var out: [UInt8] = []
    XMLEscaping.appendText(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func attribute(_ value: String) -> String {
    var out: [UInt8] = []
    XMLEscaping.appendAttributeValue(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func testTextEscapesAmpersandAndAngleBrackets() {
    XCTAssertEqual(text("Q&A <b> \"x\" 'y'"), "Q&amp;A &lt;b&gt; \"x\" 'y'")
  }

  func testTextKeepsTabsAndLineFeedsButEscapesCarriageReturns() {
    XCTAssertEqual(text("a\tb\nc\r\nd"), "a\tb\nc&#13;\nd")
  }

  func testVietnameseTextIsCopiedUnchanged() {
    XCTAssertEqual(text("Cộng hòa Xã hội Chủ nghĩa Việt Nam"), "Cộng hòa Xã hội Chủ nghĩa Việt Nam")
  }

  func testCharactersXMLForbidsAreDropped() {
    XCTAssertEqual(text("a\u{0}b\u{1}c\u{1F}d\u{FFFE}e\u{FFFF}f\u{FFFD}"), "abcdef\u{FFFD}")
  }

  func testASubstringIsEscapedLikeAString() {
    let value = "xx<yy>zz"
    var out: [UInt8] = []
    XMLEscaping.appendText(value.dropFirst(2).dropLast(2), to: &out)

    XCTAssertEqual(String(decoding: out, as: UTF8.self), "&lt;yy&gt;")
  }

  func testAttributeValuesEscapeQuotesAndWhitespaceThatAParserWouldNormalise() {
    XCTAssertEqual(
      attribute("say \"hi\" & <go>\t\n\r"), "say &quot;hi&quot; &amp; &lt;go>&#9;&#10;&#13;")
  }

  func testStartAndEndTagsCarryTheQualifiedNameAndAttributesInOrder() {
    let element = XMLElementNode(
      name: "w:t",
      attributes: [
        XMLAttribute(name: "xml:space", value: "preserve"), XMLAttribute(name: "a", value: "\""),
      ])
    var out: [UInt8] = []
    XMLEscaping.appendStartTag(of: element, selfClosing: false, to: &out)
    XMLEscaping.appendEndTag(of: element, to: &out)
    XMLEscaping.appendStartTag(of: element, selfClosing: true, to: &out)

    XCTAssertEqual(
      String(decoding: out, as: UTF8.self),
      #"<w:t xml:space="preserve" a="&quot;"></w:t><w:t xml:space="preserve" a="&quot;"/>"#)
  }
}
