import Foundation
import OfficeFixtures
import XCTest

/// PDF output through LibreOffice: a batch goes through one office
/// process, its text read back with pdftotext.
final class PdfTests: XCTestCase {
  private typealias F = MakeFixture

  private func pdfText(_ url: URL) throws -> String {
    try LibreOffice.text(ofPDF: Array(try Data(contentsOf: url)))
  }

  func testABatchOfPDFsHoldsEachItemsText() throws {
    try requireLibreOffice(LibreOffice.isInstalled && LibreOffice.canExtractPDFText)
    let dir = try temporaryFolder(self)
    try F.write(
      F.docx("Kính gửi: {{ unit.name }} ({{ unit.symbol }})"), dir.appendingPathComponent("t.docx"))
    try F.write(F.units(3), dir.appendingPathComponent("u.csv"))
    let result = try F.vanban(
      [
        "batch", "t.docx", "--data", "u.csv", "--each", "unit in units",
        "-o", "out/{{ unit.symbol }}/cong-van.docx", "--pdf",
      ], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    for i in 1...3 {
      let folder = dir.appendingPathComponent("out/DV\(i)")
      XCTAssertTrue(
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("cong-van.docx").path))
      let text = try pdfText(folder.appendingPathComponent("cong-van.pdf"))
      XCTAssertTrue(text.contains("Kính gửi: Đơn vị \(i) (DV\(i))"), text)
    }
    XCTAssertTrue(result.standardError.contains("3 of 3 PDF written"), result.standardError)
  }

  func testAnOutputPatternEndingInPdfWritesOnlyThePDFs() throws {
    try requireLibreOffice(LibreOffice.isInstalled && LibreOffice.canExtractPDFText)
    let dir = try temporaryFolder(self)
    try F.write(F.docx("Số {{ item }}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(
      ["batch", "t.docx", "--set", "xs=[7, 8]", "--each", "xs", "-o", "pdf/{{ item }}.pdf", "-q"],
      in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("pdf").path)
        .sorted(),
      ["7.pdf", "8.pdf"])
    XCTAssertTrue(try pdfText(dir.appendingPathComponent("pdf/8.pdf")).contains("Số 8"))
  }

  func testRenderToAPdfWritesThePDFAndItsDepfile() throws {
    try requireLibreOffice(LibreOffice.isInstalled && LibreOffice.canExtractPDFText)
    let dir = try temporaryFolder(self)
    try F.write(F.docx("Xin chào {{ ten }}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(
      ["render", "t.docx", "--set", "ten=Hòa", "-o", "out.pdf", "--depfile", "out.pdf.d"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertTrue(try pdfText(dir.appendingPathComponent("out.pdf")).contains("Xin chào Hòa"))
    XCTAssertEqual(
      try String(contentsOf: dir.appendingPathComponent("out.pdf.d"), encoding: .utf8),
      "out.pdf: \\\n  t.docx\nt.docx:\n")
  }

  func testADocumentLibreOfficeCannotConvertFailsAloneAndNamesItsItem() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ item }}"), dir.appendingPathComponent("t.docx"))
    // An output folder that cannot hold the PDF: a file stands in its way.
    try F.write("not a folder", dir.appendingPathComponent("blocked"))
    let result = try F.vanban(
      [
        "batch", "t.docx", "--set", "xs=[\"ok\", \"blocked\"]", "--each", "xs",
        "-o", "{{ item }}/x.pdf",
      ], in: dir)
    XCTAssertEqual(result.status, 73, result.standardError)
    XCTAssertTrue(result.standardError.contains("in item 2 (blocked)"), result.standardError)
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("ok/x.pdf").path))
  }

  func testWithoutLibreOfficeThePDFErrorNamesThePackageAndWritesNothing() throws {
    let dir = try temporaryFolder(self)
    try F.write(F.docx("{{ item }}"), dir.appendingPathComponent("t.docx"))
    let result = try F.vanban(
      ["batch", "t.docx", "--set", "xs=[1]", "--each", "xs", "-o", "{{ item }}.docx", "--pdf"],
      in: dir, environment: ["PATH": dir.path])
    XCTAssertEqual(result.status, 64, result.standardError)
    XCTAssertTrue(
      result.standardError.contains("apt-get install libreoffice-writer-nogui"),
      result.standardError)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("1.docx").path))
  }
}
