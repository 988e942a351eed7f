import OfficeFixtures
import XCTest

@testable import Tallies

/// CSV files as LibreOffice Calc writes them, with each of its filter
/// options, read back to the same tallies.
final class SpreadsheetExportTests: XCTestCase {
  /// A flat ODF spreadsheet (.fods) of tallies, with a cell holding a
  /// comma, quotes and a line break, and a count typed as “1.234”.
  private static let spreadsheet: [UInt8] = {
    let rows: [[String]] = [
      [
        "Năm", "Đơn vị", "Hình thức", "Đối tượng", "Số lượng", "Thẩm quyền", "Trạng thái",
        "Thành tích",
      ],
      [
        "2021", "Ban Dân tộc", "Giấy khen", "tập thể", "3", "Trưởng Ban", "đã tặng",
        "có nhiều thành tích",
      ],
      [
        "2021", "Ban Dân tộc", "Giấy khen", "cá nhân", "16", "Trưởng Ban", "đã tặng",
        "có nhiều thành tích",
      ],
      [
        "2022", "Ban Dân tộc", "Bằng khen của Chủ tịch UBND tỉnh", "tập thể", "1",
        "Chủ tịch UBND tỉnh",
        "đề nghị", "Phong trào \"Cán bộ, công chức\"\nvăn hóa công sở",
      ],
      [
        "2023", "Huyện Khánh Sơn", "LĐTT", "cá nhân", "1.234", "Chủ tịch UBND huyện",
        "đang lựa chọn", "",
      ],
    ]
    func cell(_ text: String, row: Int, column: Int) -> String {
      if row > 0 && column == 0 || (row > 0 && column == 4 && !text.contains(".")) {
        return
          "<table:table-cell office:value-type=\"float\" office:value=\"\(text)\"><text:p>\(text)</text:p></table:table-cell>"
      }
      let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        "<text:p>"
          + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;") + "</text:p>"
      }.joined()
      return "<table:table-cell office:value-type=\"string\">\(paragraphs)</table:table-cell>"
    }
    let body = rows.enumerated().map { r, cells in
      "<table:table-row>" + cells.enumerated().map { cell($1, row: r, column: $0) }.joined()
        + "</table:table-row>"
    }.joined()
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" \
      office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body>\
      <office:spreadsheet><table:table table:name="Khen thưởng">\(body)</table:table>\
      </office:spreadsheet></office:body></office:document>
      """
    return Array(xml.utf8)
  }()

  private func exported(_ options: String) throws -> [UInt8] {
    try requireLibreOffice()
    return try LibreOffice.convert(
      Self.spreadsheet, fileExtension: "fods", to: "csv:Text - txt - csv (StarCalc):" + options)
  }

  private func assertTheSameTallies(
    _ bytes: [UInt8], encoding: TextEncoding? = nil, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    let dataset = DataLoader.load(
      [DataLoader.Input(name: "calc.csv", bytes: bytes)], options: LoadOptions(encoding: encoding))
    XCTAssertEqual(problems(dataset), [], file: file, line: line)
    XCTAssertEqual(dataset.tallies.map(\.count), [3, 16, 1, 1234], file: file, line: line)
    XCTAssertEqual(dataset.tallies.map(\.unit).last, "Huyện Khánh Sơn", file: file, line: line)
    XCTAssertEqual(
      dataset.tallies[2].achievement, "Phong trào \"Cán bộ, công chức\" văn hóa công sở",
      file: file, line: line)
    XCTAssertEqual(
      dataset.tallies.map(\.status), [.awarded, .awarded, .proposed, .selecting], file: file,
      line: line)
  }

  func testCalcsUTF8CommaExportReadsBack() throws {
    assertTheSameTallies(try exported("44,34,76"))
  }

  func testCalcsSemicolonExportReadsBack() throws {
    let bytes = try exported("59,34,76")
    XCTAssertTrue(String(decoding: bytes.prefix(40), as: UTF8.self).contains(";"))
    assertTheSameTallies(bytes)
  }

  func testCalcsTabExportReadsBack() throws {
    assertTheSameTallies(try exported("9,34,76"))
  }

  /// 40 is RTL_TEXTENCODING_MS_1258: Vietnamese Windows' code page, with
  /// combining tone marks.
  func testCalcsWindows1258ExportReadsBackWithTheEncodingNamed() throws {
    let bytes = try exported("44,34,40")
    XCTAssertEqual(Array(bytes.prefix(3)), [0x4E, 0xE3, 0x6D], "“Năm” in Windows-1258")
    assertTheSameTallies(bytes, encoding: .windows1258)
  }

  func testCalcsWindows1258ExportWithoutTheEncodingIsExplained() throws {
    let dataset = DataLoader.load([
      DataLoader.Input(name: "calc.csv", bytes: try exported("44,34,40"))
    ])
    XCTAssertEqual(dataset.tallies.count, 0)
    XCTAssertTrue(
      dataset.diagnostics.first?.description.contains("--encoding windows-1258") ?? false)
  }
}
