import OfficeTemplates
import TemplateLanguage
import XCTest

/// Tags in a Word field's code (`HYPERLINK "{{ url }}"`) are filled in, as
/// docxtpl fills them: the code is text, written escaped and without the
/// line-break or tab elements of the document's text.
final class FieldCodeTests: XCTestCase {
  private func hyperlink(_ code: String, label: String) -> String {
    "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\">\(code)</w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + "<w:r><w:t>\(label)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
  }

  func testATagInAHyperlinksFieldCodeIsFilledInAndEscaped() throws {
    let doc = try renderDocx(
      body: hyperlink(#" HYPERLINK "{{ url }}" "#, label: "{{ nhan }}"),
      ["url": "https://x.vn/a?b=1&c=2", "nhan": "Trang web"])

    let xml = try doc.body
    XCTAssertTrue(xml.contains(#" HYPERLINK "https://x.vn/a?b=1&amp;c=2" "#), xml)
    XCTAssertEqual(try doc.paragraphs(), ["Trang web"])
  }

  func testATagSplitAcrossTwoFieldCodeRunsIsFilledIn() throws {
    let body =
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD {{ ten_</w:instrText></w:r>"
      + "<w:r><w:instrText>truong }}</w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
    let doc = try renderDocx(body: body, ["ten_truong": "HoTen"])

    let xml = try doc.body
    XCTAssertTrue(xml.contains(" MERGEFIELD HoTen</w:instrText>"), xml)
  }

  func testALineBreakInAFieldCodeValueStaysText() throws {
    let doc = try renderDocx(body: hyperlink(" {{ ma }} ", label: "x"), ["ma": "a\nb\tc"])

    let xml = try doc.body
    XCTAssertTrue(xml.contains(" a\nb\tc </w:instrText>"), xml)
    XCTAssertFalse(xml.contains("<w:br/>"), xml)
  }
}
