import AwardRules
import Tallies
import XCTest

final class RulesetOverlayTests: XCTestCase {
  let overlay = """
    # Quy chế thi đua của tỉnh
    [[override]]
    rule = "ttldxs"
    criterion = "thanh-vien-ldtt"
    set = { at_least = "75%" }
    reason = "Quy chế thi đua, khen thưởng của tỉnh"

    [[disable]]
    id = "giay-khen-ca-nhan"
    reason = "Giấy khen xét theo quy chế riêng"
    """

  func collective(ldtt: Int) -> History {
    var h = History()
    h.add(
      "TT1", 2024, name: "Phòng Tổng hợp", kind: .collective, unit: "Ban Dân tộc",
      rating: .excellent, proposed: ["TTLĐXS"])
    for i in 0..<10 {
      h.add("CN\(i)", 2024, received: (i < ldtt ? ["LĐTT"] : []) + (i == 0 ? ["CSTĐCS"] : []))
    }
    h.add("CN1", 2023, proposed: ["Giấy khen"])
    return h
  }

  func testAUserFileOverridesAThresholdAndDisablesARuleAndTheOutputReportsBoth() throws {
    let options = CheckOptions(overlays: [
      try RulesetOverlay.parse(text: overlay, file: "tinh.toml")
    ])
    // 7 of 10 meet the Law's 70 % but not the province's 75 %.
    XCTAssertEqual(try collective(ldtt: 7).check().finding("TT1", "TTLĐXS")?.verdict, .eligible)
    let report = try collective(ldtt: 7).check(options)
    let f = report.finding("TT1", "TTLĐXS")
    XCTAssertEqual(f?.verdict, .ineligible)
    XCTAssertEqual(f?.reasonText, "7/10 thành viên (70%) đạt LĐTT, cần ít nhất 75%")
    XCTAssertEqual(
      try collective(ldtt: 8).check(options).finding("TT1", "TTLĐXS")?.verdict, .eligible)

    // The Giấy khen rule is gone for 2023 (nd-91-2017) too: no rule, review.
    XCTAssertEqual(report.finding("CN1", "Giấy khen")?.verdict, .needsReview)

    let changes = report.changes.map(\.description)
    XCTAssertEqual(
      changes,
      [
        "Đã sửa quy tắc ttldxs › tiêu chí thanh-vien-ldtt: at_least \"70%\" → \"75%\" (lý do: Quy chế thi đua, khen thưởng của tỉnh) — tinh.toml",
        "Đã tắt quy tắc giay-khen-ca-nhan: Giấy khen (lý do: Giấy khen xét theo quy chế riêng) — tinh.toml",
      ])
    let text = FindingsText.render(report)
    XCTAssertTrue(text.contains("Thay đổi so với bộ quy tắc có sẵn:"), text)
    XCTAssertTrue(
      text.contains(
        "  - Đã sửa quy tắc ttldxs › tiêu chí thanh-vien-ldtt: at_least \"70%\" → \"75%\" (lý do: Quy chế thi đua, khen thưởng của tỉnh) — tinh.toml"
      ), text)
    XCTAssertTrue(
      text.contains(
        "  - Đã tắt quy tắc giay-khen-ca-nhan: Giấy khen (lý do: Giấy khen xét theo quy chế riêng) — tinh.toml"
      ), text)
  }

  func testAUserFileCanAddARuleAndChangeABonusMultiple() throws {
    let text = """
      extends = "nd-98-2023"
      [[rule]]
      id = "giay-khen-ho"
      award = "Giấy khen"
      applies_to = ["ho_gia_dinh"]
      requirement = "Hộ gia đình gương mẫu chấp hành chính sách, pháp luật."
      basis = { van_ban = "Quy chế thi đua của tỉnh", dieu = 12 }
        [[rule.criterion]]
        id = "khong-dang-xem-xet"
        requirement = "Không có vụ việc đang xem xét."
        check = { no_pending_case = true }

      [[bonus]]
      award = "Giấy khen"
      ca_nhan = "0,3"
      tap_the = "0,6"
      ho_gia_dinh = "0,5"
      """
    var h = History()
    h.add("HGD1", 2024, kind: .household, rating: nil, proposed: ["Giấy khen"])
    let report = try h.check(
      CheckOptions(
        overlays: [try RulesetOverlay.parse(text: text, file: "ho.toml")],
        decisionDate: date("2024-12-01")))
    let f = report.finding("HGD1", "Giấy khen")
    XCTAssertEqual(f?.verdict, .eligible)
    XCTAssertEqual(f?.bonus?.amount, 1_170_000)
    XCTAssertEqual(report.changes.map(\.kind), [.added, .overridden])
  }

  func testMistakesInAUserFileAreAllReportedWithWhereAndHow() throws {
    let text = """
      [[override]]
      rule = "ttldxs"
      criterion = "thanh-vien"
      set = { at_least = "75%" }

      [[disable]]
      id = "khong-co"

      [[rule]]
      id = "x"
      award = "Bằng khen tnh"
      requirement = "…"
      basis = { van_ban = "…" }
        [[rule.criterion]]
        requirement = "…"
        check = { ratng = "HTTNV" }
      """
    var h = History()
    h.add("CN1", 2024, proposed: ["LĐTT"])
    XCTAssertThrowsError(
      try h.check(CheckOptions(overlays: [try RulesetOverlay.parse(text: text, file: "sai.toml")]))
    ) { error in
      let message = "\(error)"
      XCTAssertTrue(
        message.contains(
          "sai.toml: override 1: error: rule “ttldxs” has no criterion “thanh-vien”"), message)
      XCTAssertTrue(
        message.contains(
          "sai.toml: disable 1: error: nd-98-2023 has no rule, quota or share “khong-co”"), message)
      XCTAssertTrue(message.contains("is not a known award; did you mean"), message)
      XCTAssertTrue(message.contains("the check says nothing the language knows"), message)
    }
  }

  func testAKeyAfterATableHeaderIsCaughtNotSilentlyIgnored() throws {
    let text = """
      [[disable]]
      id = "ldtt"
      household_factor = "2"
      """
    XCTAssertThrowsError(
      try RulesetOverlay.parse(text: text, file: "u.toml").apply(
        to: XCTUnwrap(RulesetCatalog.builtIn().ruleset(named: "nd-98-2023")))
    ) { error in
      XCTAssertTrue(
        "\(error)".contains("u.toml: disable 1: error: unknown key “household_factor”"), "\(error)")
    }
  }
}
