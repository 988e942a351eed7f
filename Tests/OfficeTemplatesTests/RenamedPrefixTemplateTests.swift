import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

/// A template whose WordprocessingML names carry another prefix than `w:`
/// (as a document rewritten by Python's ElementTree has) is filled in like
/// any other, not left with its tags in place.
final class RenamedPrefixTemplateTests: XCTestCase {
  /// `bytes` with the `w:` prefix of `word/document.xml` renamed to `ns0:`.
  private func renamingWordPrefix(of bytes: [UInt8]) throws -> [UInt8] {
    let reader = try PackageReader(bytes: bytes)
    var writer = PackageWriter(timestamp: .dosEpoch)
    for entry in reader.entries {
      var data = try reader.data(of: entry)
      if entry.name == "word/document.xml" {
        let renamed = String(decoding: data, as: UTF8.self)
          .replacing("<w:", with: "<ns0:").replacing("</w:", with: "</ns0:")
          .replacing(" w:", with: " ns0:").replacing("xmlns:w=", with: "xmlns:ns0=")
        data = Array(renamed.utf8)
      }
      writer.add(entry.name, data, level: .default)
    }
    return try writer.finish()
  }

  func testTagsOfADocumentThatCallsWordsNamespaceNs0AreFilledIn() throws {
    let body =
      p("Kính gửi: {{ noi_nhan }}") + p("{% for don_vi in ds %}") + p("- {{ don_vi }}")
      + p("{% endfor %}")
    let template = try renamingWordPrefix(of: DocxFixture.make(body: body))
    let reader = try PackageReader(bytes: template)
    let document = try reader.data(of: XCTUnwrap(reader.entry(named: "word/document.xml")))
    XCTAssertTrue(String(decoding: document, as: UTF8.self).contains("<ns0:p>"))

    let rendered = try RenderedDocument(
      CompiledTemplate(bytes: template).render(["noi_nhan": "Sở Nội vụ", "ds": ["A", "B"]]),
      format: .docx)

    XCTAssertEqual(try rendered.paragraphs(), ["Kính gửi: Sở Nội vụ", "- A", "- B"])
  }
}
