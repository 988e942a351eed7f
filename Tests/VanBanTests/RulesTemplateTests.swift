import Foundation
import OfficeFixtures
import OfficePackage
import XCTest

/// The rules stage end to end: `vanban check` and templates that read
/// `findings`.
final class RulesTemplateTests: XCTestCase {
  let history = """
    Mã,Năm,Họ và tên,Đối tượng,Đơn vị,Giới tính,Xếp loại,Danh hiệu,Sáng kiến cấp cơ sở,Kỷ luật,Đề nghị
    CN001,2023,Nguyễn Thị Lan,cá nhân,Ban Dân tộc,Nữ,HTXSNV,,1,,LĐTT; CSTĐCS
    CN003,2023,Lê Văn Cường,cá nhân,Ban Dân tộc,Nam,HTTNV,,,,LĐTT
    CN004,2023,Phạm Thị Dung,cá nhân,Ban Dân tộc,Nữ,HTTNV,,,,LĐTT
    CN005,2023,Võ Văn Em,cá nhân,Ban Dân tộc,Nam,HTTNV,,,,LĐTT
    CN006,2023,Đặng Thị Hoa,cá nhân,Ban Dân tộc,Nữ,HTTNV,,,,LĐTT
    CN007,2023,Bùi Văn Khoa,cá nhân,Ban Dân tộc,Nam,HTTNV,,,,LĐTT
    CN008,2023,Hồ Thị Mai,cá nhân,Ban Dân tộc,Nữ,HTTNV,,,,LĐTT
    """

  private func cell(_ text: String) -> String { "<w:tc>" + wordParagraph(text) + "</w:tc>" }

  private func paragraphs(_ url: URL) throws -> [String] {
    let reader = try PackageReader(path: url.path)
    let entry = try XCTUnwrap(reader.entry(named: "word/document.xml"))
    let xml = String(decoding: try reader.data(of: entry), as: UTF8.self)
    return xml.components(separatedBy: "</w:p>").dropLast().map { p in
      p.components(separatedBy: "<w:t").dropFirst().compactMap { piece -> String? in
        guard let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</w:t>") else {
          return nil
        }
        return String(piece[piece.index(after: start)..<end.lowerBound])
      }.joined()
    }
  }

  func testATemplateListsTheEligibleNomineesWithTheirBonusFromTheFindings() throws {
    let dir = try temporaryFolder(self)
    try Data(
      (history + "\nCN002,2023,Trần Văn Bình,cá nhân,Ban Dân tộc,Nam,HTTNV,,,khiển trách,LĐTT\n")
        .utf8
    )
    .write(to: dir.appendingPathComponent("doi-tuong.csv"))
    let body =
      wordParagraph("Đề nghị khen thưởng {{ findings.counts.eligible }} trường hợp:")
      + "<w:tbl><w:tblGrid><w:gridCol w:w=\"800\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/>"
      + "<w:gridCol w:w=\"2000\"/></w:tblGrid>"
      + "<w:tr>" + cell("{%tr for p in findings.eligible %}") + cell("") + cell("") + cell("")
      + "</w:tr>"
      + "<w:tr>" + cell("{{ loop.index }}") + cell("{{ p.name }}")
      + cell("{{ p.award_abbreviation }}")
      + cell("{{ p.bonus_amount | so }}") + "</w:tr>"
      + "<w:tr>" + cell("{%tr endfor %}") + cell("") + cell("") + cell("") + "</w:tr>"
      + "</w:tbl>"
      + wordParagraph("Tổng số tiền: {{ findings.bonus_total | tien_day_du }}")
      + wordParagraph(
        "{% for p in findings.ineligible %}Không đủ: {{ p.name }} ({{ p.reasons }}){% endfor %}")
    try Data(DocxFixture.make(body: body)).write(to: dir.appendingPathComponent("to-trinh.docx"))
    let result = try CommandRunner.vanban(
      ["render", "to-trinh.docx", "--data", "doi-tuong.csv", "-o", "out.docx"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      try paragraphs(dir.appendingPathComponent("out.docx")),
      [
        "Đề nghị khen thưởng 8 trường hợp:",
        "1", "Nguyễn Thị Lan", "LĐTT", "0",
        "2", "Lê Văn Cường", "LĐTT", "540.000",
        "3", "Phạm Thị Dung", "LĐTT", "540.000",
        "4", "Võ Văn Em", "LĐTT", "540.000",
        "5", "Đặng Thị Hoa", "LĐTT", "540.000",
        "6", "Bùi Văn Khoa", "LĐTT", "540.000",
        "7", "Hồ Thị Mai", "LĐTT", "540.000",
        "8", "Nguyễn Thị Lan", "CSTĐCS", "1.800.000",
        "Tổng số tiền: 5.040.000 đồng (Năm triệu không trăm bốn mươi nghìn đồng chẵn)",
        "Không đủ: Trần Văn Bình (Năm 2023: kỷ luật khiển trách)",
      ])
  }

  func testCheckExitsWith67WhenAProposalFailsAndPrintsTheReason() throws {
    let dir = try temporaryFolder(self)
    try Data(
      (history + "\nCN002,2023,Trần Văn Bình,cá nhân,Ban Dân tộc,Nam,HTTNV,,,khiển trách,LĐTT\n")
        .utf8
    )
    .write(to: dir.appendingPathComponent("doi-tuong.csv"))
    let result = try CommandRunner.vanban(["check", "--data", "doi-tuong.csv"], in: dir)
    XCTAssertEqual(result.status, 67, result.standardError)
    let out = String(decoding: result.standardOutput, as: UTF8.self)
    XCTAssertTrue(out.contains("Năm 2023: bộ quy tắc nd-91-2017"), out)
    XCTAssertTrue(
      out.contains("Trần Văn Bình (CN002) — Lao động tiên tiến: Không đủ điều kiện"), out)
    XCTAssertTrue(out.contains("Năm 2023: kỷ luật khiển trách"), out)
    XCTAssertTrue(
      result.standardError.contains("error: 1 đề nghị không đủ điều kiện"), result.standardError)
  }

  func testCheckExitsWith0WhenEveryProposalIsEligibleAndWritesJSON() throws {
    let dir = try temporaryFolder(self)
    try Data(history.utf8).write(to: dir.appendingPathComponent("doi-tuong.csv"))
    let result = try CommandRunner.vanban(
      ["check", "--data", "doi-tuong.csv", "--format", "json"], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    let json = try XCTUnwrap(
      JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
    XCTAssertEqual(json["passed"] as? Bool, true)
    XCTAssertEqual(json["bonus_total"] as? Int, 5_040_000)
    XCTAssertEqual((json["eligible"] as? [Any])?.count, 8)
  }

  func testCheckReportsTheChangesOfAUserRulesetFile() throws {
    let dir = try temporaryFolder(self)
    try Data(history.utf8).write(to: dir.appendingPathComponent("doi-tuong.csv"))
    try Data(
      """
      [[disable]]
      id = "cstdcs-toi-da-15"
      reason = "thử nghiệm"

      [[override]]
      rule = "ldtt"
      criterion = "khong-ky-luat"
      set = { from = "cảnh cáo" }
      """.utf8
    ).write(to: dir.appendingPathComponent("tinh.toml"))
    let result = try CommandRunner.vanban(
      ["check", "--data", "doi-tuong.csv", "--ruleset", "tinh.toml"], in: dir)
    let out = String(decoding: result.standardOutput, as: UTF8.self)
    XCTAssertEqual(result.status, 0, result.standardError + out)
    XCTAssertTrue(out.contains("Năm 2023: bộ quy tắc nd-91-2017"), out)
    XCTAssertFalse(
      out.contains("✓ Số cá nhân được công nhận") || out.contains("✗ Số cá nhân được công nhận"),
      out)
    XCTAssertTrue(
      out.contains(
        "- Đã sửa quy tắc ldtt › tiêu chí khong-ky-luat: from \"khiển trách\" → \"cảnh cáo\" — tinh.toml"
      ), out)
    XCTAssertTrue(out.contains("- Đã tắt hạn mức cstdcs-toi-da-15"), out)
  }

  /// A one-paragraph template of the findings' ruleset and verdict counts.
  private func findingsTemplate(in dir: URL) throws {
    let body = wordParagraph(
      "{{ findings.rulesets[0].id }}: {{ findings.counts.eligible }} đủ, {{ findings.counts.ineligible }} không đủ"
    )
    try Data(DocxFixture.make(body: body)).write(to: dir.appendingPathComponent("t.docx"))
  }

  func testRenderJudgesTheFindingsByTheRulesetFileGiven() throws {
    let dir = try temporaryFolder(self)
    try Data(
      (history + "\nCN002,2023,Trần Văn Bình,cá nhân,Ban Dân tộc,Nam,HTTNV,,,khiển trách,LĐTT\n")
        .utf8
    ).write(to: dir.appendingPathComponent("doi-tuong.csv"))
    try Data(
      """
      [[override]]
      rule = "ldtt"
      criterion = "khong-ky-luat"
      set = { from = "cảnh cáo" }
      """.utf8
    ).write(to: dir.appendingPathComponent("tinh.toml"))
    try findingsTemplate(in: dir)
    let plain = try CommandRunner.vanban(
      ["render", "t.docx", "--data", "doi-tuong.csv", "-o", "plain.docx"], in: dir)
    XCTAssertEqual(plain.status, 0, plain.standardError)
    XCTAssertEqual(
      try paragraphs(dir.appendingPathComponent("plain.docx")), ["nd-91-2017: 8 đủ, 1 không đủ"])

    let local = try CommandRunner.vanban(
      [
        "render", "t.docx", "--data", "doi-tuong.csv", "--ruleset", "tinh.toml", "-o", "local.docx",
        "--depfile", "local.d",
      ], in: dir)
    XCTAssertEqual(local.status, 0, local.standardError)
    // A reprimand is no bar any more: Trần Văn Bình is eligible too.
    XCTAssertEqual(
      try paragraphs(dir.appendingPathComponent("local.docx")), ["nd-91-2017: 9 đủ, 0 không đủ"])
    let depfile = try String(contentsOf: dir.appendingPathComponent("local.d"), encoding: .utf8)
    XCTAssertTrue(depfile.contains("tinh.toml"), depfile)
  }

  func testRenderTakesABuiltInRulesetByName() throws {
    let dir = try temporaryFolder(self)
    try Data(history.utf8).write(to: dir.appendingPathComponent("doi-tuong.csv"))
    try findingsTemplate(in: dir)
    let result = try CommandRunner.vanban(
      [
        "render", "t.docx", "--data", "doi-tuong.csv", "--ruleset", "nd-98-2023", "-o", "out.docx",
      ], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      try paragraphs(dir.appendingPathComponent("out.docx")).first?.hasPrefix("nd-98-2023:"), true)
  }

  func testAnUnknownRulesetIsAUsageErrorNamingTheBuiltInOnes() throws {
    let dir = try temporaryFolder(self)
    try Data(history.utf8).write(to: dir.appendingPathComponent("doi-tuong.csv"))
    try findingsTemplate(in: dir)
    let result = try CommandRunner.vanban(
      ["render", "t.docx", "--data", "doi-tuong.csv", "--ruleset", "nd-1-2000", "-o", "out.docx"],
      in: dir)
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.standardError.contains("nd-91-2017"), result.standardError)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.docx").path))
  }

  func testARulesetWithoutDataIsAUsageError() throws {
    let dir = try temporaryFolder(self)
    try findingsTemplate(in: dir)
    let result = try CommandRunner.vanban(
      ["render", "t.docx", "--ruleset", "nd-98-2023", "-o", "out.docx"], in: dir)
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.standardError.contains("give --data"), result.standardError)
  }
}
