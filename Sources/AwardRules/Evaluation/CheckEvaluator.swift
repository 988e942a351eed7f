import Tallies
import VietnameseText

/// Decides one check for one proposal and words the facts that decided it.
struct CheckEvaluator {
  let index: NomineeIndex
  /// The nominee's row for the judged year.
  let row: NomineeYear
  /// Proposals found eligible earlier in this run: “id␀year␀award”.
  let eligible: Set<String>
  let ledger: InitiativeLedger
  /// Initiatives reserved by earlier checks of the same proposal.
  var reserved: Set<InitiativeID> = []

  static func key(_ id: String, _ year: Int, _ award: Award) -> String {
    "\(id)\u{0}\(year)\u{0}\(award.name)"
  }

  var year: Int { row.year }

  func history(_ y: Int) -> NomineeYear? { y == year ? row : index.row(row.id, y) }

  /// Whether `n` holds `award` in its year: received, or proposed and found
  /// eligible in this run. The second says which.
  func holds(_ n: NomineeYear, _ award: Award) -> (Bool, viaProposal: Bool) {
    if n.received.contains(award) { return (true, false) }
    if eligible.contains(Self.key(n.id, n.year, award)) { return (true, true) }
    return (false, false)
  }

  static func years(_ ys: [Int]) -> String {
    guard let last = ys.last else { return "" }
    if ys.count == 1 { return String(last) }
    if ys.count > 3, ys == Array(ys[0]...last) { return "\(ys[0])–\(last)" }
    return ys.dropLast().map(String.init).joined(separator: ", ") + " và \(last)"
  }

  func windowYears(_ n: Int) -> [Int] { Array((year - n + 1)...year) }

  mutating func evaluate(_ check: Check) -> CheckResult {
    switch check.kind {
    case .rating(let required, let window):
      return rating(required, window)
    case .holds(let awards, let window):
      return holdsCheck(awards, window)
    case .initiatives(let count, let level, let years):
      return initiatives(count, level, years)
    case .priorAward(let awards, let minimum, let maximum):
      return prior(awards, minimum, maximum)
    case .noDiscipline(let from, let years):
      return noDiscipline(from, years)
    case .noPendingCase:
      if let pending = row.pendingCase {
        return CheckResult(outcome: .notMet, facts: ["Năm \(year): đang xem xét “\(pending)”"])
      }
      return CheckResult(outcome: .met, facts: ["Không có vụ việc đang bị xem xét"])
    case .members(let measure, let bound):
      return members(measure, bound)
    case .manual(let text):
      return CheckResult(
        outcome: .undetermined,
        facts: ["\(text): dữ liệu không thể hiện, cần xem hồ sơ thành tích"])
    }
  }

  private func rating(_ required: TaskRating, _ window: Check.Window) -> CheckResult {
    var good: [Int] = []
    var byRating: [(TaskRating, [Int])] = []
    var misses: [String] = []
    for y in windowYears(window.years) {
      guard let r = history(y) else {
        misses.append("năm \(y): không có dữ liệu")
        continue
      }
      guard let rating = r.rating else {
        misses.append("năm \(y): chưa có xếp loại")
        continue
      }
      if rating <= required {
        good.append(y)
        if let i = byRating.firstIndex(where: { $0.0 == rating }) {
          byRating[i].1.append(y)
        } else {
          byRating.append((rating, [y]))
        }
      } else {
        misses.append("năm \(y): \(rating.abbreviation), chưa đạt \(required.abbreviation)")
      }
    }
    let met = good.count >= window.count
    let achieved = byRating.map { "\($0.0.abbreviation) năm \(Self.years($0.1))" }.joined(
      separator: "; ")
    var facts: [String] = []
    if window.years == 1 {
      facts = [
        met
          ? "Xếp loại \(achieved)"
          : (misses.first.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? "")
      ]
    } else if window.isConsecutive {
      facts =
        met
        ? ["Xếp loại \(achieved) (\(window.years) năm liên tục)"]
        : [
          "Không đủ \(window.years) năm liên tục \(required.abbreviation) trở lên (\(Self.years(windowYears(window.years)))): "
            + misses.joined(separator: "; ")
        ]
    } else {
      facts = [
        "\(required.abbreviation) trở lên \(good.count)/\(window.years) năm \(Self.years(windowYears(window.years)))"
          + (good.isEmpty ? "" : ": \(Self.years(good))") + " (cần \(window.count))"
      ]
    }
    return CheckResult(outcome: met ? .met : .notMet, facts: facts)
  }

  private func holdsCheck(_ awards: [Award], _ window: Check.Window) -> CheckResult {
    let name = awards.map(\.abbreviation).joined(separator: " hoặc ")
    var found: [Int] = []
    var viaProposal: [Int] = []
    var missing: [Int] = []
    for y in windowYears(window.years) {
      guard let r = history(y) else {
        missing.append(y)
        continue
      }
      let hit = awards.map { holds(r, $0) }.first { $0.0 }
      if let hit {
        found.append(y)
        if hit.viaProposal { viaProposal.append(y) }
      } else {
        missing.append(y)
      }
    }
    let met = found.count >= window.count
    let note =
      viaProposal.isEmpty
      ? "" : " (năm \(Self.years(viaProposal)): đề nghị trong lần xét này, đủ điều kiện)"
    let fact: String
    if met {
      fact =
        "\(name) năm \(Self.years(found))"
        + (window.years > 1 && window.isConsecutive ? " (\(window.years) năm liên tục)" : "") + note
    } else if window.years == 1 {
      fact = "Năm \(year): chưa có \(name)"
    } else if window.isConsecutive {
      fact =
        "Không đủ \(window.years) năm liên tục \(name): năm \(Self.years(missing)) không có" + note
    } else {
      fact =
        "\(name) \(found.count) lần trong \(window.years) năm \(Self.years(windowYears(window.years)))"
        + (found.isEmpty ? "" : " (năm \(Self.years(found)))") + ", cần \(window.count)" + note
    }
    return CheckResult(outcome: met ? .met : .notMet, facts: [fact])
  }

  private mutating func initiatives(_ count: Int, _ level: InitiativeLevel, _ years: Int)
    -> CheckResult
  {
    var free: [InitiativeID] = []
    var taken: [String] = []
    for y in windowYears(years) {
      guard let r = history(y) else { continue }
      for id in InitiativeLedger.initiatives(of: r, atLeast: level) {
        if let user = ledger.user(of: id) {
          taken.append("\(id.code) đã dùng cho đề nghị \(user)")
        } else if reserved.contains(id) {
          taken.append("\(id.code) đã dùng cho tiêu chí khác của đề nghị này")
        } else {
          free.append(id)
        }
      }
    }
    // Lower levels first, keeping higher ones for higher awards; then earlier years.
    free.sort { ($0.level, $0.year, $0.number) < ($1.level, $1.year, $1.number) }
    let span = years == 1 ? "năm \(year)" : "các năm \(Self.years(windowYears(years)))"
    let what = "sáng kiến \(level.name)\(level == .national ? "" : " trở lên")"
    if free.count >= count {
      let chosen = Array(free.prefix(count)).sorted()
      reserved.formUnion(chosen)
      return CheckResult(
        outcome: .met,
        facts: ["\(count) \(what) \(span): " + chosen.map(\.code).joined(separator: ", ")]
          + (taken.isEmpty ? [] : ["không tính " + taken.joined(separator: ", ")]),
        initiatives: chosen)
    }
    var fact = "Chỉ có \(free.count) \(what) chưa dùng trong \(span) (cần \(count))"
    if !free.isEmpty { fact += ": " + free.sorted().map(\.code).joined(separator: ", ") }
    return CheckResult(outcome: .notMet, facts: [fact] + taken)
  }

  private func prior(_ awards: [Award], _ minimum: Int, _ maximum: Int?) -> CheckResult {
    let name = awards.map(\.abbreviation).joined(separator: " hoặc ")
    let years = (index.rows[row.id] ?? [:]).values
      .filter { $0.year < year && awards.contains(where: $0.received.contains) }
      .map(\.year).sorted()
    guard !years.isEmpty else {
      return CheckResult(outcome: .notMet, facts: ["Chưa có \(name) trước năm \(year)"])
    }
    let fitting = years.filter { y in
      year - y >= minimum && (maximum.map { year - y <= $0 } ?? true)
    }
    if let y = fitting.last {
      return CheckResult(
        outcome: .met,
        facts: ["\(name) năm \(y), \(year - y) năm trước năm \(year) (cần ít nhất \(minimum))"])
    }
    let last = years[years.count - 1]
    return CheckResult(
      outcome: .notMet,
      facts: [
        "\(name) năm \(last), mới \(year - last) năm đến năm \(year) (cần ít nhất \(minimum)"
          + (maximum.map { ", nhiều nhất \($0)" } ?? "") + ")"
      ])
  }

  private func noDiscipline(_ from: DisciplineLevel, _ years: Int) -> CheckResult {
    let span = windowYears(years)
    var hits: [String] = []
    for y in span {
      if let d = history(y)?.discipline, d >= from { hits.append("năm \(y): kỷ luật \(d.name)") }
    }
    let scope = from == .reprimand ? "bị kỷ luật" : "bị kỷ luật từ \(from.name) trở lên"
    if hits.isEmpty {
      return CheckResult(
        outcome: .met,
        facts: [
          "Không \(scope) " + (years == 1 ? "năm \(year)" : "trong các năm \(Self.years(span))")
        ])
    }
    return CheckResult(
      outcome: .notMet, facts: hits.map { $0.prefix(1).uppercased() + $0.dropFirst() })
  }

  private func members(_ measure: Check.MemberMeasure, _ bound: Bound) -> CheckResult {
    let list = index.members(of: row)
    let what: String
    let part: Int
    switch measure {
    case .holding(let award):
      what = "đạt \(award.abbreviation)"
      part = list.filter { holds($0, award).0 }.count
    case .rated(let rating):
      what =
        rating == .complete
        ? "hoàn thành nhiệm vụ trở lên" : "xếp loại \(rating.abbreviation) trở lên"
      part = list.filter { ($0.rating.map { $0 <= rating }) ?? false }.count
    case .disciplined(let level):
      what = level == .reprimand ? "bị kỷ luật" : "bị kỷ luật từ \(level.name) trở lên"
      part = list.filter { ($0.discipline.map { $0 >= level }) ?? false }.count
    }
    if list.isEmpty {
      return CheckResult(
        outcome: .undetermined,
        facts: [
          "Năm \(year): không có thành viên nào của \(row.name) trong danh sách, không tính được tỷ lệ \(what)"
        ])
    }
    let share = Share.of(part, in: list.count).map { " (\($0.percentText))" } ?? ""
    let met = bound.holds(part, of: list.count)
    return CheckResult(
      outcome: met ? .met : .notMet,
      facts: ["\(part)/\(list.count) thành viên\(share) \(what), cần \(bound)"])
  }
}
