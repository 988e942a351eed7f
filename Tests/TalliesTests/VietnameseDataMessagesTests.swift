import TemplateLanguage
import VanBan
import XCTest

@testable import Tallies

/// Data messages in Vietnamese (`--lang vi`, or a vi_* locale) as well as
/// in English, with the same place, severity and advice.
final class VietnameseDataMessagesTests: XCTestCase {
  private let header = "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n"

  private func only(_ dataset: Dataset, file: StaticString = #filePath, line: UInt = #line)
    -> DataDiagnostic?
  {
    let errors = dataset.diagnostics.filter(\.isError)
    XCTAssertEqual(errors.count, 1, "\(errors)", file: file, line: line)
    return errors.first
  }

  func testABadCountIsSaidInVietnameseAndInEnglish() throws {
    let dataset = load(header + "2021,Ban Dân tộc,Giấy khen,cá nhân,ba\n")
    let d = try XCTUnwrap(only(dataset))
    XCTAssertEqual(
      d.description(in: .vietnamese),
      "tallies.csv:2:5: lỗi: số lượng “ba” không phải là số; ghi bằng chữ số, ví dụ 3 hoặc 03")
    XCTAssertEqual(
      d.description(in: .english),
      "tallies.csv:2:5: error: the count “ba” is not a number; write the number in digits, e.g. 3 or 03"
    )
    XCTAssertEqual(d.description, d.description(in: .english))
  }

  func testAnUnknownAwardSuggestsTheClosestNamesInBothLanguages() throws {
    let dataset = load(header + "2021,Ban Dân tộc,Giấy khenn,cá nhân,3\n")
    let d = try XCTUnwrap(only(dataset))
    let vi = d.description(in: .vietnamese)
    let en = d.description(in: .english)
    XCTAssertTrue(
      vi.hasPrefix(
        "tallies.csv:2:3: lỗi: không có hình thức khen thưởng nào tên “Giấy khenn”; có phải là “"),
      vi)
    XCTAssertTrue(vi.contains("“Giấy khen”"), vi)
    XCTAssertTrue(
      en.hasPrefix("tallies.csv:2:3: error: unknown award “Giấy khenn”; did you mean “"), en)
    XCTAssertTrue(en.contains("“Giấy khen”"), en)
  }

  func testAFileThatIsNotUTF8IsExplainedInVietnameseAndInEnglish() {
    let csv: [UInt8] = [0x4E, 0xE3, 0x6D] + Array(",Don vi\n".utf8)  // “Năm” in Windows-1258
    XCTAssertThrowsError(try CSVSource(bytes: csv, name: "excel.csv")) { error in
      guard let d = error as? DataDiagnostic else { return XCTFail("\(error)") }
      let vi = d.description(in: .vietnamese)
      XCTAssertTrue(vi.hasPrefix("excel.csv:1: lỗi: không đọc được tệp vì không phải UTF-8"), vi)
      XCTAssertTrue(vi.contains("có lẽ tệp được lưu bằng Excel dạng CSV (Windows-1258)"), vi)
      XCTAssertTrue(vi.contains("dùng --encoding windows-1258, hoặc trong Excel chọn"), vi)
      XCTAssertTrue(vi.contains("Lưu thành"), vi)
      let en = d.description(in: .english)
      XCTAssertTrue(en.hasPrefix("excel.csv:1: error: byte 0xE3"), en)
      XCTAssertTrue(en.contains("probably Windows-1258"), en)
      XCTAssertTrue(en.contains("--encoding windows-1258"), en)
    }
  }

  func testTheSummaryLineIsWordedInTheChosenLanguage() {
    let dataset = load(
      header + "2021,Ban Dân tộc,Giấy khen,cá nhân,ba\n2021,Ban Dân tộc,Giấy khen,tập thể,2\n")
    let report = dataset.reports[0]
    XCTAssertEqual(report.summary(in: .english), "tallies.csv: read 2 rows: 1 used, 1 rejected")
    XCTAssertEqual(
      report.summary(in: .vietnamese), "tallies.csv: đã đọc 2 dòng: dùng 1, bỏ 1 dòng có lỗi")
    XCTAssertEqual(report.summary, report.summary(in: .english))
  }

  func testLoadingDataInVietnameseWordsEveryLineForStandardError() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("vanban-vi-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("bad.csv").path
    try Data((header + "2021,Ban Dân tộc,Giấy khen,cá nhân,ba\n").utf8).write(
      to: URL(fileURLWithPath: path))
    XCTAssertThrowsError(
      try DataInputs(dataFiles: [path], language: .vietnamese).load()
    ) { error in
      let messages = (error as? VanBanError)?.messages ?? []
      XCTAssertTrue(
        messages.contains { $0.contains(": lỗi: số lượng “ba” không phải là số") }, "\(messages)")
      XCTAssertTrue(
        messages.contains { $0.hasSuffix("đã đọc 1 dòng: dùng 0, bỏ 1 dòng có lỗi") }, "\(messages)"
      )
      XCTAssertEqual(
        (error as? VanBanError)?.diagnostics.first?.message, "số lượng “ba” không phải là số")
    }
  }
}
