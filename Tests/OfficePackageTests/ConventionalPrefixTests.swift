import OfficePackage
import XCTest

/// Documents that bind the namespaces vanban reads to other prefixes (as
/// Python's ElementTree writes them) are read with the prefixes Word and
/// LibreOffice use, and written back as the same XML.
final class ConventionalPrefixTests: XCTestCase {
  private let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  private func parsed(_ xml: String) throws -> XMLPart {
    try XMLPart.parse(Array(xml.utf8), name: "word/document.xml")
  }

  private func written(_ xml: String) throws -> String {
    String(decoding: try parsed(xml).serialized(), as: UTF8.self)
  }

  func testTheWordNamespaceUnderAnotherPrefixIsNamedW() throws {
    let root = try parsed(#"<ns0:p xmlns:ns0="\#(word)" ns0:rsidR="1"><ns0:r/></ns0:p>"#).root

    XCTAssertEqual(root.name, "w:p")
    XCTAssertEqual(
      root.attributes,
      [XMLAttribute(name: "xmlns:w", value: word), XMLAttribute(name: "w:rsidR", value: "1")])
    XCTAssertEqual(root.elementChildren.map(\.name), ["w:r"])
  }

  func testADefaultWordNamespaceKeepsItsDeclarationAndGainsW() throws {
    XCTAssertEqual(
      try written(#"<document xmlns="\#(word)"><body/></document>"#),
      #"<w:document xmlns="\#(word)" xmlns:w="\#(word)"><w:body/></w:document>"#)
  }

  func testTwoPrefixesForTheWordNamespaceBecomeOneDeclaration() throws {
    XCTAssertEqual(
      try written(#"<w:p xmlns:w="\#(word)" xmlns:ns0="\#(word)"><ns0:r/></w:p>"#),
      #"<w:p xmlns:w="\#(word)"><w:r/></w:p>"#)
  }

  func testOpenDocumentNamespacesGetTheirUsualPrefixes() throws {
    let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    XCTAssertEqual(
      try written(
        #"<o:text xmlns:o="\#(office)" xmlns:t="\#(text)"><t:p t:style-name="P1"/></o:text>"#),
      #"<office:text xmlns:office="\#(office)" xmlns:text="\#(text)"><text:p text:style-name="P1"/></office:text>"#
    )
  }

  func testOtherNamespacesKeepTheirPrefixes() throws {
    let xml = #"<w:p xmlns:w="\#(word)" xmlns:x="urn:x"><x:extra x:a="1"/></w:p>"#

    XCTAssertEqual(try written(xml), xml)
  }

  func testAPrefixRenamedOntoOneTheDocumentBindsElsewhereIsAnError() {
    let xml = #"<ns0:p xmlns:ns0="\#(word)"><w:x xmlns:w="urn:other"/></ns0:p>"#

    XCTAssertThrowsError(try parsed(xml)) { error in
      XCTAssertEqual(
        (error as? PackageError)?.message,
        "the part binds the prefix \"w\" to the namespace urn:other, and writes the names vanban "
          + "reads under another prefix; re-save the document from Word or LibreOffice")
    }
  }
}
