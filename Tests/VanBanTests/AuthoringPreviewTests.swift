import Foundation
import OfficeFixtures
import VanBan
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `vanban preview`: PDF from LibreOffice, and again on every save.
final class AuthoringPreviewTests: XCTestCase {
  private func write(_ bytes: [UInt8], _ url: URL) throws {
    // As an editor saves: a new file renamed over the old one.
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(UUID().uuidString).tmp")
    try Data(bytes).write(to: temporary)
    XCTAssertEqual(rename(temporary.path, url.path), 0)
  }

  private let pageBreak = "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"

  func testWatchRendersAgainOnEachSaveAndKeepsTheLastGoodPDFOnFailure() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    let template = dir.appendingPathComponent("t.docx")
    let context = dir.appendingPathComponent("c.json")
    let pdf = dir.appendingPathComponent("t.pdf")
    try Data(#"{"nam": 2023}"#.utf8).write(to: context)
    try write(DocxFixture.make(body: wordParagraph("Báo cáo năm {{ nam }}")), template)

    let session = try PreviewSession(
      templatePath: template.path, sources: ContextSources(jsonFiles: [context.path]),
      output: pdf.path)
    defer { session.close() }
    var outcomes: [PreviewSession.Outcome] = []
    var goodPDF = Data()
    session.watch(interval: 0.1, maxRenders: 3) { outcome in
      outcomes.append(outcome)
      switch outcomes.count {
      case 1:
        // First save: the author leaves a loop open.
        goodPDF = (try? Data(contentsOf: pdf)) ?? Data()
        try? write(
          DocxFixture.make(
            body: wordParagraph("Báo cáo năm {{ nam }}") + wordParagraph("{% for x in xs %}")),
          template)
      case 2:
        XCTAssertEqual((try? Data(contentsOf: pdf)) ?? Data(), goodPDF, "the last good PDF is kept")
        // Second save: fixed, and a second page.
        try? write(
          DocxFixture.make(
            body: wordParagraph("Báo cáo năm {{ nam }}") + pageBreak + wordParagraph("Trang hai")),
          template)
      default:
        break
      }
    }
    XCTAssertEqual(outcomes.count, 3)
    XCTAssertEqual(outcomes.first, .rendered(pages: 1))
    guard case .failed(let kind, let messages)? = outcomes.dropFirst().first else {
      return XCTFail("\(outcomes)")
    }
    XCTAssertEqual(kind, .badTemplate)
    XCTAssertTrue(messages.joined().contains("{% for %} is never closed"), "\(messages)")
    XCTAssertEqual(outcomes.last, .rendered(pages: 2))
    XCTAssertTrue(try LibreOffice.text(ofPDF: [UInt8](Data(contentsOf: pdf))).contains("Trang hai"))
  }

  func testPreviewWritesThePDFAndPrintsItsPageCount() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    try Data(DocxFixture.make(body: wordParagraph("Năm {{ nam }}"))).write(
      to: dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["preview", "t.docx", "--set", "nam=2023", "--lang", "vi"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      String(decoding: result.standardOutput, as: UTF8.self), "t.docx → t.pdf: 1 trang\n")
    let text = try LibreOffice.text(
      ofPDF: [UInt8](Data(contentsOf: dir.appendingPathComponent("t.pdf"))))
    XCTAssertTrue(text.contains("Năm 2023"), text)
  }

  func testWatchFromTheCommandLineRendersAndStopsAfterTheGivenNumberOfRenders() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    try Data(DocxFixture.make(body: wordParagraph("Năm {{ nam }}"))).write(
      to: dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(
      ["preview", "t.docx", "--set", "nam=2023", "--watch", "--max-renders", "1", "--lang", "en"],
      in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      String(decoding: result.standardOutput, as: UTF8.self),
      "Watching t.docx; Ctrl-C to stop\nt.docx → t.pdf: 1 page\n")
  }

  func testAFailedPreviewExitsWithTheErrorsCode() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let dir = try temporaryFolder(self)
    try Data(DocxFixture.make(body: wordParagraph("Năm {{ nam }}"))).write(
      to: dir.appendingPathComponent("t.docx"))
    let result = try CommandRunner.vanban(["preview", "t.docx", "-o", "p.pdf"], in: dir)
    XCTAssertEqual(result.status, 65)
    XCTAssertTrue(result.standardError.contains("\"nam\" is not defined"), result.standardError)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.pdf").path))
  }
}
