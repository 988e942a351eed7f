import Foundation
import XCTest

/// `vanban check-data --lang vi` words data problems in Vietnamese.
final class VietnameseDataMessagesCommandTests: XCTestCase {
  func testCheckDataWithLangViSaysABadCountInVietnameseAndExitsWith65() throws {
    let dir = try temporaryFolder(self)
    try Data(
      "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,Giấy khen,cá nhân,ba\n".utf8
    ).write(to: dir.appendingPathComponent("bad.csv"))
    let result = try CommandRunner.vanban(["check-data", "bad.csv", "--lang", "vi"], in: dir)
    XCTAssertEqual(result.status, 65, result.standardError)
    XCTAssertTrue(
      result.standardError.contains(
        "bad.csv:2:5: lỗi: số lượng “ba” không phải là số; ghi bằng chữ số, ví dụ 3 hoặc 03"),
      result.standardError)
    XCTAssertTrue(
      result.standardError.contains("bad.csv: đã đọc 1 dòng: dùng 0, bỏ 1 dòng có lỗi"),
      result.standardError)
    XCTAssertFalse(result.standardError.contains("is not a number"), result.standardError)
  }

  func testCheckDataWithLangEnKeepsTheEnglishWording() throws {
    let dir = try temporaryFolder(self)
    try Data(
      "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,Giấy khen,cá nhân,ba\n".utf8
    ).write(to: dir.appendingPathComponent("bad.csv"))
    let result = try CommandRunner.vanban(["check-data", "bad.csv", "--lang", "en"], in: dir)
    XCTAssertEqual(result.status, 65, result.standardError)
    XCTAssertTrue(
      result.standardError.contains("bad.csv:2:5: error: the count “ba” is not a number"),
      result.standardError)
  }

  func testRenderCheckAndBatchTakeTheLangOption() throws {
    let dir = try temporaryFolder(self)
    for command in ["render", "check-data", "check", "batch"] {
      let help = try CommandRunner.vanban([command, "--help"], in: dir)
      let text = String(decoding: help.standardOutput, as: UTF8.self)
      XCTAssertTrue(text.contains("--lang"), "\(command) --help")
    }
  }
}
