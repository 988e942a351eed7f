import FoundationEssentials
import VietnameseText
import Tallies

/// The findings as a readable Vietnamese report for the terminal: the
/// ruleset of each year and what user files changed, a table of proposals,
/// each criterion with its facts and basis, then each unit's checks.
public enum FindingsText {
  public static func render(_ report: CheckReport) -> String {
    var out: [String] = []
    for y in report.years {
      let r = y.ruleset
      out.append("Năm \(y.year): bộ quy tắc \(r.id) — \(r.name) (hiệu lực \(r.validityText))")
      let date = AdministrativeDate.short(y.decisionDate, padding: .full)
      let salary =
        y.baseSalary.map {
          "mức lương cơ sở \(VietnameseNumber.money($0.amount))"
            + ($0.basis.map { " (\($0)" } ?? " (")
            + ", từ \(AdministrativeDate.short($0.from, padding: .full)))"
        } ?? "không có mức lương cơ sở"
      out.append(
        "  Ngày quyết định \(date)\(y.decisionDateGiven ? "" : " (mặc định: cuối năm xét; đổi bằng --date)"), \(salary)"
      )
    }
    let changes = report.changes
    if !changes.isEmpty {
      out.append("")
      out.append("Thay đổi so với bộ quy tắc có sẵn:")
      for c in changes { out.append("  - \(c)") }
    }
    for year in report.years.map(\.year) {
      let findings = report.findings.filter { $0.year == year }
      out.append("")
      out.append("ĐỀ NGHỊ KHEN THƯỞNG NĂM \(year)")
      if findings.isEmpty {
        out.append("  (không có đề nghị)")
        continue
      }
      out += table(findings)
      out.append("")
      for (i, f) in findings.enumerated() { out += details(f, number: i + 1) }
    }
    let units = report.units.filter { u in
      report.years.contains { $0.year == u.year } || !u.inconsistencies.isEmpty
    }
    if !units.isEmpty {
      out.append("")
      out.append("KIỂM TRA THEO ĐƠN VỊ")
      for u in units {
        out.append(
          "\(u.unit), năm \(u.year): \(u.eligible) đủ điều kiện, \(u.ineligible) không đủ, \(u.needsReview) cần xem xét; tiền thưởng \(VietnameseNumber.money(u.bonusTotal))"
        )
        for q in u.quotas {
          out.append("  \(q.holds ? "✓" : "✗") \(q.requirement) — \(q.facts) [\(q.basis.citation)]")
        }
        for s in u.shares {
          let mark = s.holds.map { $0 ? "✓" : "✗" } ?? "·"
          out.append("  \(mark) \(s.requirement) — \(s.facts)")
        }
        for i in u.inconsistencies { out.append("  ! \(i.message)") }
      }
    }
    out.append("")
    let e = report.eligible.count
    let n = report.ineligible.count
    let r = report.needsReview.count
    out.append(
      "Tổng cộng: \(report.findings.count) đề nghị — \(e) đủ điều kiện, \(n) không đủ điều kiện, \(r) cần xem xét hồ sơ; "
        + "tiền thưởng \(VietnameseNumber.money(report.bonusTotal)).")
    return out.joined(separator: "\n")
  }

  static func table(_ findings: [Finding]) -> [String] {
    let headers = ["STT", "Mã", "Họ và tên", "Đơn vị", "Đề nghị", "Kết quả", "Tiền thưởng"]
    var rows: [[String]] = []
    for (i, f) in findings.enumerated() {
      let bonus: String
      if let b = f.bonus {
        bonus =
          b.paid
          ? VietnameseNumber.formatted(b.amount) : "0 (\(VietnameseNumber.formatted(b.amount)))"
      } else {
        bonus = "–"
      }
      rows.append([
        String(i + 1), f.nominee.id, f.nominee.name, f.nominee.unit, f.award.abbreviation,
        f.verdict.name, bonus,
      ])
    }
    var widths = headers.map(\.count)
    for row in rows { for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cell.count) } }
    func line(_ cells: [String]) -> String {
      "  "
        + cells.enumerated().map { c, cell in
          let pad = String(repeating: " ", count: widths[c] - cell.count)
          return c == cells.count - 1 ? pad + cell : cell + pad
        }.joined(separator: "  ")
    }
    return [
      line(headers),
      "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "),
    ]
      + rows.map(line)
  }

  static func details(_ f: Finding, number: Int) -> [String] {
    var out = [
      "\(number). \(f.nominee.name) (\(f.nominee.id)) — \(f.award.name): \(f.verdict.name)"
    ]
    if let basis = f.basis { out.append("   Căn cứ: \(basis.citation). \(f.requirement)") }
    if let note = f.note { out.append("   \(note)") }
    for c in f.criteria {
      out.append("   \(c.outcome.mark) \(c.requirement) [\(c.decidingBasis.citation)]")
      if c.alternatives.isEmpty {
        for fact in c.checks.flatMap(\.facts) { out.append("       \(fact)") }
      } else {
        for a in c.alternatives {
          let chosen = a.id == c.metAlternative ? " ← đạt" : ""
          out.append("     \(a.outcome.mark) \(a.label): \(a.requirement)\(chosen)")
          for fact in a.checks.flatMap(\.facts) { out.append("         \(fact)") }
        }
      }
    }
    if let vote = f.councilVote {
      out.append(
        "   · Cần Hội đồng Thi đua - Khen thưởng nhất trí từ \(vote.percentText) tổng số thành viên trở lên"
      )
    }
    for u in f.unchecked { out.append("   · Cần xác nhận: \(u)") }
    if let b = f.bonus {
      var text =
        "   Tiền thưởng: \(decimalText(b.multiple)) × \(VietnameseNumber.formatted(b.baseSalary)) = "
        + "\(VietnameseNumber.money(b.amount)) (làm tròn lên 10.000 đồng)"
      if let note = b.note { text += "; \(note)" }
      out.append(text)
    }
    return out
  }
}
