import OfficeFixtures
import OfficePackage
import XCTest

/// The fixtures' package structure, checked without LibreOffice.
final class FixtureTests: XCTestCase {
  func testADocxFixtureHasTheUsualPartsAndTheBodyInsideWBody() throws {
    let reader = try PackageReader(
      bytes: DocxFixture.make(body: "<w:p/>", header: "<w:p/>", footnotes: ["<w:p/>"]))
    let document = try XMLPart.parse(
      try reader.data(of: try XCTUnwrap(reader.entry(named: "word/document.xml"))),
      name: "word/document.xml")

    XCTAssertEqual(
      reader.entries.map(\.name),
      [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
        "word/document.xml", "word/_rels/document.xml.rels", "word/settings.xml",
        "word/styles.xml", "word/header1.xml", "word/footnotes.xml",
      ])
    let body = try XCTUnwrap(document.root.elementChildren.first)
    XCTAssertEqual(body.elementChildren.map(\.name), ["w:p", "w:sectPr"])
    XCTAssertEqual(
      body.elementChildren[1].elementChildren.first?.attribute("r:id"),
      DocxFixture.headerRelationshipID)
  }

  func testAnOdtFixtureStartsWithAStoredMimetype() throws {
    let reader = try PackageReader(bytes: OdtFixture.make(body: "<text:p/>"))

    XCTAssertEqual(reader.entries.first?.name, "mimetype")
    XCTAssertEqual(reader.entries.first?.isCompressed, false)
    XCTAssertEqual(
      try reader.data(of: reader.entries[0]), Array("application/vnd.oasis.opendocument.text".utf8))
  }

  func testFixturesAreByteIdenticalForTheSameInput() {
    XCTAssertEqual(DocxFixture.make(body: "<w:p/>"), DocxFixture.make(body: "<w:p/>"))
    XCTAssertEqual(OdtFixture.make(body: "<text:p/>"), OdtFixture.make(body: "<text:p/>"))
  }
}
