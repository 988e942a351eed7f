import Foundation
import OfficeFixtures
import OfficePackage
import XCTest

/// The fixtures are real documents: LibreOffice opens them and shows what they contain.
///
/// Skipped without LibreOffice, except when VANBAN_REQUIRE_ORACLES=1 (CI),
/// where a missing oracle is a failure.
final class FixtureOracleTests: XCTestCase {
  private func requireOracles(pdf: Bool = false) throws {
    let missing =
      !LibreOffice.isInstalled
      ? "LibreOffice (soffice)" : pdf && !LibreOffice.canExtractPDFText ? "pdftotext" : nil
    guard let missing else { return }
    if ProcessInfo.processInfo.environment["VANBAN_REQUIRE_ORACLES"] == "1" {
      throw LibreOfficeError("VANBAN_REQUIRE_ORACLES=1 but \(missing) is not installed")
    }
    throw XCTSkip("\(missing) is not installed")
  }

  func testLibreOfficeReadsTheBodyOfADocxFixture() throws {
    try requireOracles()
    let docx = DocxFixture.make(
      body: "<w:p><w:r><w:t>Kế hoạch thi đua</w:t></w:r></w:p>"
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">năm </w:t></w:r><w:r><w:t>2024</w:t></w:r></w:p>"
    )

    let text = try LibreOffice.plainText(of: docx, fileExtension: "docx")
    XCTAssertTrue(text.contains("Kế hoạch thi đua"), text)
    XCTAssertTrue(text.contains("năm 2024"), text)
  }

  func testLibreOfficeShowsTheHeaderFooterAndFootnoteOfADocxFixture() throws {
    try requireOracles(pdf: true)
    let docx = DocxFixture.make(
      body:
        #"<w:p><w:r><w:t>Thân văn bản</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>"#,
      header: "<w:p><w:r><w:t>Đầu trang</w:t></w:r></w:p>",
      footer: "<w:p><w:r><w:t>Chân trang</w:t></w:r></w:p>",
      footnotes: [
        #"<w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:t>Ghi chú một</w:t></w:r></w:p>"#
      ])

    let text = try LibreOffice.renderedText(of: docx, fileExtension: "docx")
    for expected in ["Thân văn bản", "Đầu trang", "Chân trang", "Ghi chú một"] {
      XCTAssertTrue(text.contains(expected), "\(expected) missing from: \(text)")
    }
  }

  func testLibreOfficeReadsTheTitleOfADocxFixture() throws {
    try requireOracles()
    let docx = DocxFixture.make(body: "<w:p/>", coreTitle: "Báo cáo & tổng kết")

    let odt = try LibreOffice.convert(docx, fileExtension: "docx", to: "odt")
    let reader = try PackageReader(bytes: odt)
    let meta = try reader.data(of: try XCTUnwrap(reader.entry(named: "meta.xml")))
    XCTAssertTrue(
      String(decoding: meta, as: UTF8.self).contains("<dc:title>Báo cáo &amp; tổng kết</dc:title>"))
  }

  func testLibreOfficeReadsTheBodyOfAnOdtFixture() throws {
    try requireOracles()
    let odt = OdtFixture.make(
      body: #"<text:p text:style-name="P1">Tờ trình <text:span>khen thưởng</text:span></text:p>"#,
      automaticStyles:
        #"<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>"#
    )

    let text = try LibreOffice.plainText(of: odt, fileExtension: "odt")
    XCTAssertTrue(text.contains("Tờ trình khen thưởng"), text)
  }

  func testLibreOfficeShowsTheHeaderAndFooterOfAnOdtFixture() throws {
    try requireOracles(pdf: true)
    let odt = OdtFixture.make(
      body: "<text:p>Nội dung</text:p>",
      header: "<text:p text:style-name=\"Header\">Đầu trang ODT</text:p>",
      footer: "<text:p text:style-name=\"Footer\">Chân trang ODT</text:p>")

    let text = try LibreOffice.renderedText(of: odt, fileExtension: "odt")
    for expected in ["Nội dung", "Đầu trang ODT", "Chân trang ODT"] {
      XCTAssertTrue(text.contains(expected), "\(expected) missing from: \(text)")
    }
  }

  func testEveryXMLPartOfALibreOfficeDocxSurvivesParseAndSerialize() throws {
    try requireOracles()
    let docx = try LibreOffice.convert(
      OdtFixture.make(body: "<text:p>Xin chào</text:p>", header: "<text:p>H</text:p>"),
      fileExtension: "odt", to: "docx")
    let reader = try PackageReader(bytes: docx)

    for entry in reader.entries where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels")
    {
      let part = try XMLPart.parse(try reader.data(of: entry), name: entry.name)
      let again = try XMLPart.parse(part.serialized(), name: entry.name)
      XCTAssertEqual(again.serialized(), part.serialized(), entry.name)
    }
  }
}
