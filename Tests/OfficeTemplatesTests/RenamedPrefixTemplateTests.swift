import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

/// A template whose WordprocessingML names carry another prefix than `w:`
/// (as a document rewritten by Python's ElementTree has) is filled in like
/// any other, not left with its tags in place.
final class RenamedPrefixTemplateTests: XCTestCase {
  func testTagsOfADocumentThatCallsWordsNamespaceNs0AreFilledIn() throws {
    let body =
      p("Kính gửi: {{ noi_nhan }}") + p("{% for don_vi in ds %}") + p("- {{ don_vi }}")
      + p("{% endfor %}")
    let template = try DocxFixture.renamingWordPrefix(of: DocxFixture.make(body: body))
    let reader = try PackageReader(bytes: template)
    let document = try reader.data(of: XCTUnwrap(reader.entry(named: "word/document.xml")))
    XCTAssertTrue(String(decoding: document, as: UTF8.self).contains("<ns0:p>"))

    let rendered = try RenderedDocument(
      CompiledTemplate(bytes: template).render(["noi_nhan": "Sở Nội vụ", "ds": ["A", "B"]]),
      format: .docx)

    XCTAssertEqual(try rendered.paragraphs(), ["Kính gửi: Sở Nội vụ", "- A", "- B"])
  }
}
