import XCTest

@testable import Tallies

/// Award names, aliases and abbreviations to the canonical vocabulary.
final class AwardVocabularyTests: XCTestCase {
  private let vocabulary = AwardVocabulary.standard

  private func name(_ cell: String, authority: String? = nil) -> String? {
    if case .award(let award) = vocabulary.match(cell, authority: authority) { return award.name }
    return nil
  }

  func testAbbreviationsNameTheirAwards() {
    XCTAssertEqual(name("GK"), "Giấy khen")
    XCTAssertEqual(name("LĐTT"), "Lao động tiên tiến")
    XCTAssertEqual(name("LDTT"), "Lao động tiên tiến", "typed without đ")
    XCTAssertEqual(name("CSTĐCS"), "Chiến sĩ thi đua cơ sở")
    XCTAssertEqual(name("TTLĐXS"), "Tập thể lao động xuất sắc")
    XCTAssertEqual(name("BKTTg"), "Bằng khen của Thủ tướng Chính phủ")
  }

  func testMarksAreIgnoredSoTextTypedWithoutThemMatches() {
    XCTAssertEqual(name("Giay khen"), "Giấy khen")
    XCTAssertEqual(name("Giây khen"), "Giấy khen", "a wrong mark still names the award")
  }

  func testSpellingsOfTheSameAwardAreOne() {
    for cell in [
      "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
      "bang khen UBND tinh", "BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH", "BK UBND tỉnh", "Bằng  khen tỉnh",
    ] {
      XCTAssertEqual(name(cell), "Bằng khen của Chủ tịch UBND tỉnh", cell)
    }
    XCTAssertEqual(name("Gia đình văn hoá tiêu biểu"), "Gia đình văn hóa")
  }

  func testAFamilyNameIsSettledByTheAuthority() {
    XCTAssertEqual(
      name("Bằng khen", authority: "Chủ tịch UBND tỉnh"), "Bằng khen của Chủ tịch UBND tỉnh")
    XCTAssertEqual(
      name("Bằng khen", authority: "Thủ tướng Chính phủ"), "Bằng khen của Thủ tướng Chính phủ")
    XCTAssertEqual(
      name("Cờ thi đua", authority: "Chủ tịch Ủy ban nhân dân tỉnh"),
      "Cờ thi đua của Chủ tịch UBND tỉnh")
    guard case .ambiguous(let candidates) = vocabulary.match("Bằng khen") else {
      return XCTFail("a Bằng khen without authority is ambiguous")
    }
    XCTAssertEqual(candidates.count, 3)
  }

  func testAnUnknownAwardGetsTheClosestKnownNames() {
    guard case .unknown(let closest) = vocabulary.match("Giấy khenn") else { return XCTFail() }
    XCTAssertEqual(closest.first, "Giấy khen")
    guard case .unknown(let close2) = vocabulary.match("Lao động tiên tiếnn") else {
      return XCTFail()
    }
    XCTAssertEqual(close2.first, "Lao động tiên tiến")
    XCTAssertEqual(name("Chiến sỹ thi đua cơ sở"), "Chiến sĩ thi đua cơ sở", "sỹ and sĩ are one")
  }

  func testUnknownAwardsInARowAreErrorsWithSuggestions() {
    let dataset = load(
      "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng\n2021,Ban Dân tộc,Bằng khen UBND huyện,cá nhân,3\n")
    let p = problems(dataset)
    XCTAssertEqual(p.count, 1)
    XCTAssertTrue(
      p[0].hasPrefix(
        "tallies.csv:2:3: error: unknown award “Bằng khen UBND huyện”; did you mean “Bằng khen của Chủ tịch UBND tỉnh"
      ), p[0])
    XCTAssertEqual(dataset.reports[0].summary, "tallies.csv: read 1 row: 0 used, 1 rejected")
  }
}
