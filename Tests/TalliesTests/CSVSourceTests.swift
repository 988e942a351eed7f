import XCTest

@testable import Tallies

/// Encodings: byte-order marks, Windows-1258 when named, and the error that
/// names the likely encoding instead of mojibake.
final class CSVSourceTests: XCTestCase {
  private let header = "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n"
  private let row = "2021,Ban Dân tộc,Giấy khen,cá nhân,16\n"

  func testUTF8WithAByteOrderMarkReadsAsUTF8() throws {
    let source = try CSVSource(
      bytes: [0xEF, 0xBB, 0xBF] + Array((header + row).utf8), name: "a.csv")
    XCTAssertEqual(source.encoding, .utf8)
    XCTAssertTrue(source.hadByteOrderMark)
    XCTAssertEqual(String(decoding: source.utf8, as: UTF8.self), header + row)
  }

  func testUTF16WithAByteOrderMarkReadsInEitherByteOrder() throws {
    let text = header + row
    let little: [UInt8] =
      [0xFF, 0xFE] + text.utf16.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let big: [UInt8] =
      [0xFE, 0xFF] + text.utf16.flatMap { u -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
    XCTAssertEqual(
      String(decoding: try CSVSource(bytes: little, name: "a").utf8, as: UTF8.self), text)
    XCTAssertEqual(String(decoding: try CSVSource(bytes: big, name: "a").utf8, as: UTF8.self), text)
  }

  func testWindows1258IsReadWhenNamedAndItsCellsComeOutInNFC() {
    // “Hòa” in Windows-1258 is H o <0xCC combining grave> a; “ă” is 0xE3.
    let csv: [UInt8] =
      Array("Nam,Don vi,Hinh thuc,Doi tuong,So luong\n2021,H".utf8) + [0x6F, 0xCC, 0x61]
      + Array(",Gi".utf8) + [0xE2, 0xCC, 0x79] + Array(" khen,c".utf8) + [0xE1]
      + Array(" nh".utf8) + [0xE2] + Array("n,3\n".utf8)
    let dataset = DataLoader.load(
      [DataLoader.Input(name: "w.csv", bytes: csv)], options: LoadOptions(encoding: .windows1258))
    XCTAssertEqual(problems(dataset), [])
    XCTAssertEqual(dataset.tallies.first?.unit, "H\u{F2}a", "Hòa, precomposed")
    XCTAssertEqual(dataset.tallies.first?.award.name, "Giấy khen")
  }

  func testBytesThatAreNotUTF8NameWindows1258AndTheOptionThatReadsIt() {
    let csv: [UInt8] = [0x4E, 0xE3, 0x6D] + Array(",Don vi\n".utf8)  // “Năm” in Windows-1258
    XCTAssertThrowsError(try CSVSource(bytes: csv, name: "excel.csv")) { error in
      let text = (error as? DataDiagnostic)?.description ?? ""
      XCTAssertTrue(text.hasPrefix("excel.csv:1: error: byte 0xE3"), text)
      XCTAssertTrue(text.contains("probably Windows-1258"), text)
      XCTAssertTrue(text.contains("--encoding windows-1258"), text)
      XCTAssertTrue(text.contains("CSV UTF-8 (Comma delimited)"), text)
    }
  }

  func testUTF16WithoutAByteOrderMarkIsRecognised() {
    let csv: [UInt8] =
      "Nam,Don vi\n".utf16.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] } + [
        0x00, 0xD8,
      ]
    XCTAssertThrowsError(try CSVSource(bytes: csv + [0xFF, 0xFF], name: "u.csv")) { error in
      XCTAssertTrue("\(error)".contains("UTF-16 without a byte-order mark"), "\(error)")
    }
  }

  func testABadByteFarIntoTheFileRejectsItsRowWithTheSameAdvice() {
    var csv = Array("Năm,Đơn vị,Hình thức,Đối tượng,Số lượng,Thành tích\n".utf8)
    for i in 0..<3000 { csv += Array("2021,Ban Dân tộc,Giấy khen,cá nhân,1,việc \(i)\n".utf8) }
    csv +=
      Array("2021,Ban D".utf8) + [0xE2] + Array("n t".utf8) + [0xF4, 0xF2]
      + Array("c,GK,CN,1,x\n".utf8)
    let dataset = DataLoader.load([DataLoader.Input(name: "late.csv", bytes: csv)])
    let errors = dataset.diagnostics.filter(\.isError)
    XCTAssertEqual(errors.count, 1, "\(errors)")
    XCTAssertEqual(errors.first?.line, 3002)
    XCTAssertEqual(errors.first?.column, 2)
    XCTAssertTrue(errors.first?.description.contains("--encoding windows-1258") ?? false)
    XCTAssertEqual(dataset.reports[0].rowsRejected, 1)
  }
}
