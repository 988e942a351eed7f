import Tallies
import XCTest
import VietnameseText

/// Document metadata from TOML: English keys or Vietnamese aliases.
final class MetadataTests: XCTestCase {
  /// The errors of loading `toml` as m.toml, or a test failure if it loads.
  private func errors(_ toml: String, line: UInt = #line) -> MetadataErrors? {
    guard case .failure(let errors) = MetadataLoader.load(bytes: Array(toml.utf8), name: "m.toml")
    else {
      XCTFail("expected errors", line: line)
      return nil
    }
    return errors
  }

  func testThePlanMetadataReadsWithVietnameseKeys() throws {
    let m = try MetadataLoader.load(path: Fixture.path("ke-hoach.toml")).get()
    XCTAssertEqual(m.number, 5)
    XCTAssertEqual(m.date, DocumentDate(year: 2021, month: 2, day: 5))
    XCTAssertEqual(m.type?.abbreviation, "KH")
    XCTAssertEqual(m.signer?.name, "Đặng Văn Tuấn")
    XCTAssertEqual(m.deadlines.map(\.date.iso), ["2021-03-15", "2021-11-01", "2021-11-20"])
    XCTAssertEqual(
      m.references.first?.citation, "Chỉ thị số 04/CT-UBND ngày 22/01/2021 của UBND tỉnh Khánh Hòa")
    XCTAssertEqual(m.recipients.first?.items.last, "Lưu: VT, VP")
  }

  func testRecipientGroupsAndADraftDateRead() throws {
    let m = try MetadataLoader.load(path: Fixture.path("cong-van.toml")).get()
    XCTAssertEqual(m.recipients.map(\.heading), ["Gửi bản điện tử:", "Gửi bản giấy:"])
    XCTAssertEqual(m.date, DocumentDate(year: 2023))
    XCTAssertEqual(
      m.signer,
      Signer(prefix: "TM.", body: "Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Đăng Bình"))
  }

  func testUnknownKeysAndBadValuesAreAllReportedWithTheirLines() {
    let toml = "so = 16\nngay = \"31/4/2023\"\nsumary = \"x\"\n[signer]\nprefix = \"TM\"\n"
    guard let errors = errors(toml) else { return }
    // TOML tables come back in key order; the lines say where each is.
    XCTAssertEqual(
      Set(errors.diagnostics.map(\.description)),
      [
        "m.toml:2: error: “31/4/2023” is not a date; write 2023-03-27, \"27/3/2023\", or for a draft \"4/2023\" or \"2023\"",
        "m.toml:4: error: the authority prefix “TM” is not one of TM., KT., Q., TL., TUQ.; write it with its full stop, e.g. prefix = \"TM.\"",
        "m.toml:3: error: unknown key “sumary”; did you mean “summary”? (put keys of your own under [extra])",
      ])
  }

  func testADateAndTimeInAReferenceIsQuotedAsWrittenInItsError() {
    let toml = "[[references]]\ntype = \"Kế hoạch\"\ndate = 2023-12-31T23:59:59Z\n"
    guard let errors = errors(toml) else { return }
    XCTAssertEqual(
      errors.diagnostics.map(\.message), ["“2023-12-31T23:59:59Z” is not a date"])
  }

  func testLinesAreCountedInAFileSavedWithWindowsLineEnds() {
    let toml = "so = 16\r\nngay = \"31/4/2023\"\r\n"
    guard let errors = errors(toml) else { return }
    XCTAssertEqual(errors.diagnostics.map(\.line), [2])
  }

  func testMalformedTOMLIsLocated() {
    guard let errors = errors("so = \n") else { return }
    XCTAssertEqual(errors.diagnostics.first?.line, 1)
    XCTAssertTrue(errors.diagnostics.first?.description.contains("the TOML is malformed") ?? false)
  }
}
