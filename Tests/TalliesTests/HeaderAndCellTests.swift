import XCTest

@testable import Tallies

/// Headers by name and alias; numbers as offices type them.
final class HeaderAndCellTests: XCTestCase {
  func testHeadersMatchIgnoringCaseTonesSpacingAndAliases() {
    let csv = """
      NĂM ; don_vi ; Danh hiệu ; loai ; SL
      2021;Ban Dân tộc;Giấy khen;cá nhân;16
      """
    let dataset = load(csv)
    XCTAssertEqual(problems(dataset), [])
    XCTAssertEqual(dataset.reports[0].kind, .tallies)
    XCTAssertEqual(dataset.tallies.first?.count, 16)
  }

  func testAnUnknownColumnIsAWarningWithTheClosestName() {
    let csv = "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng,Thành tíc\n2021,Ban Dân tộc,GK,CN,1,x\n"
    XCTAssertEqual(
      problems(load(csv)),
      [
        "tallies.csv:1:6: warning: the column “Thành tíc” is not one vanban reads for tallies; "
          + "did you mean “Thành tích”?; its cells are ignored; rename it (see the README for the "
          + "column names) or delete it"
      ])
  }

  func testAMissingRequiredColumnRejectsTheFileAndNamesIt() {
    let dataset = load("Năm,Đơn vị,Hình thức,Đối tượng\n2021,Ban Dân tộc,GK,CN\n")
    XCTAssertEqual(
      problems(dataset),
      [
        "tallies.csv:1: error: the header looks like tallies but lacks the column “Số lượng” "
          + "(so_luong); add the column or rename the header to one of the names the README lists"
      ])
    XCTAssertTrue(dataset.hasErrors)
  }

  func testTitleLinesAboveTheHeaderAreSkippedWithANote() {
    let csv =
      "BẢNG TỔNG HỢP KHEN THƯỞNG,,,,\n,,,,\nNăm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,GK,CN,2\n"
    let dataset = load(csv)
    XCTAssertEqual(dataset.tallies.count, 1)
    XCTAssertEqual(dataset.diagnostics.map(\.severity), [.note])
    XCTAssertEqual(dataset.diagnostics.first?.line, 1)
  }

  func testBlankLinesAndTrailingEmptyColumnsAreTolerated() {
    let csv = "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng,,\n\n2021,Ban Dân tộc,GK,CN,2,,\n,,,,,,\n"
    let dataset = load(csv)
    XCTAssertEqual(problems(dataset), [])
    XCTAssertEqual(dataset.reports[0].summary, "tallies.csv: read 1 row: 1 used, 0 rejected")
  }

  func testAValueInAColumnWithoutHeaderIsNotSilentlyLost() {
    let dataset = load("Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,GK,CN,2,lạc\n")
    XCTAssertEqual(dataset.diagnostics.first?.column, 6)
    XCTAssertEqual(dataset.reports[0].rowsRejected, 1)
  }

  private func count(_ text: String) -> CellText.CountValue {
    Array(text.utf8).withUnsafeBufferPointer { CellText.count($0) }
  }

  func testCountsAreReadAsVietnameseOfficesTypeThem() {
    XCTAssertEqual(count("1.234"), .value(1234), "“.” groups thousands")
    XCTAssertEqual(count("1.234.567"), .value(1_234_567))
    XCTAssertEqual(count("03"), .value(3))
    XCTAssertEqual(count(" 16 "), .value(16))
    XCTAssertEqual(count("1 234"), .value(1234))
    XCTAssertEqual(count("12,0"), .value(12))
    XCTAssertEqual(count("1,5"), .fraction)
    XCTAssertEqual(count("1.5"), .fraction)
    XCTAssertEqual(count("-3"), .negative)
    XCTAssertEqual(count("ba"), .notANumber)
    XCTAssertEqual(count("12.34"), .fraction)
    XCTAssertEqual(count(""), .empty)
  }

  func testACountPastABillionIsTooLargeWhateverItsSpelling() {
    XCTAssertEqual(count("1000000000"), .value(1_000_000_000))
    XCTAssertEqual(count("1000000001"), .tooLarge)
    XCTAssertEqual(count("9223372036854775807"), .tooLarge)
    XCTAssertEqual(count("99999999999999999999999"), .tooLarge)
    XCTAssertEqual(count("9.223.372.036.854.775.808"), .tooLarge)
    XCTAssertEqual(count("-99999999999999999999999"), .negative)
  }
}
