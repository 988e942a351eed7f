import FoundationEssentials
import VietnameseText
import Tallies

/// A user's ruleset file laid over a built-in one: it adds rules, replaces
/// them, overrides a threshold or disables a rule, and every change is
/// recorded in the result's `changes` so that the output can say so.
///
/// ```toml
/// extends = "nd-98-2023"        # optional: the ruleset it applies to
///
/// [[disable]]
/// id = "cstdcs-toi-da-15"
/// reason = "Nghị định 98/2023 không giới hạn tỷ lệ"
///
/// [[override]]
/// rule = "ttldxs"
/// criterion = "thanh-vien-ldtt"
/// set = { at_least = "75%" }
/// reason = "Quy chế thi đua, khen thưởng của tỉnh"
/// ```
public struct RulesetOverlay: Sendable {
  /// The file, as messages name it.
  public var file: String
  /// The built-in it applies to (`extends`); nil: whichever is in force.
  /// `"none"`: the file is a whole ruleset of its own.
  public var extends: String?
  var table: ConfigTable

  static let keys = RulesetParser.topKeys + ["extends", "disable", "override"]

  public static func load(path: String) throws(RulesetError) -> RulesetOverlay {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RulesetError(file: path, "cannot read the ruleset file", fix: "check the path")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RulesetError(file: path, "the file is not UTF-8 text", fix: "save it as UTF-8")
    }
    return try parse(text: text, file: path)
  }

  public static func parse(text: String, file: String) throws(RulesetError) -> RulesetOverlay {
    let table = try RulesetParser.table(text: text, file: file)
    var extends: String?
    if case .string(let s)? = table["extends"] { extends = s }
    var parser = RulesetParser(file: file)
    parser.unknownKeys(table, allowed: keys, nil)
    if !parser.problems.isEmpty { throw RulesetError(parser.problems) }
    return RulesetOverlay(file: file, extends: extends, table: table)
  }

  /// Whether the file is a complete ruleset rather than changes to one.
  public var isStandalone: Bool { extends == "none" }

  /// The file read as a ruleset of its own (`extends = "none"`).
  public func standalone() throws(RulesetError) -> Ruleset {
    var parser = RulesetParser(file: file)
    var ruleset = parser.ruleset(table, overlayKeys: ["extends", "disable", "override"])
    if ruleset.id.isEmpty { ruleset.id = file }
    if !parser.problems.isEmpty { throw RulesetError(parser.problems) }
    return ruleset
  }

  /// `base` with this file's changes.
  public func apply(to base: Ruleset) throws(RulesetError) -> Ruleset {
    var parser = RulesetParser(file: file)
    var r = base
    var changes: [RulesetChange] = []
    func record(_ kind: RulesetChange.Kind, _ target: String, _ detail: String, _ reason: String?) {
      changes.append(
        RulesetChange(kind: kind, target: target, detail: detail, reason: reason, source: file))
    }

    // Added or replaced rules, quotas and shares.
    for (i, t) in RulesetParser.tables(table, "rule").enumerated() {
      guard let rule = parser.rule(t, index: i) else { continue }
      if let at = r.rules.firstIndex(where: { $0.id == rule.id }) {
        r.rules[at] = rule
        record(.replaced, "quy tắc \(rule.id)", "\(rule.award.name): \(rule.requirement)", nil)
      } else {
        r.rules.append(rule)
        record(.added, "quy tắc \(rule.id)", "\(rule.award.name): \(rule.requirement)", nil)
      }
    }
    for (i, t) in RulesetParser.tables(table, "quota").enumerated() {
      guard let quota = parser.quota(t, index: i) else { continue }
      if let at = r.quotas.firstIndex(where: { $0.id == quota.id }) {
        r.quotas[at] = quota
        record(.replaced, "hạn mức \(quota.id)", quota.requirement, nil)
      } else {
        r.quotas.append(quota)
        record(.added, "hạn mức \(quota.id)", quota.requirement, nil)
      }
    }
    for (i, t) in RulesetParser.tables(table, "share").enumerated() {
      guard let share = parser.shareTarget(t, index: i) else { continue }
      if let at = r.shares.firstIndex(where: { $0.id == share.id }) {
        r.shares[at] = share
        record(.replaced, "tỷ lệ \(share.id)", share.requirement, nil)
      } else {
        r.shares.append(share)
        record(.added, "tỷ lệ \(share.id)", share.requirement, nil)
      }
    }
    for (i, t) in RulesetParser.tables(table, "bonus").enumerated() {
      guard let entry = parser.bonusEntry(t, index: i) else { continue }
      let old = r.bonus.entries.firstIndex { $0.award == entry.award }
      func text(_ e: BonusTable.Entry?) -> String {
        guard let e else { return "không có" }
        return [("cá nhân", e.individual), ("tập thể", e.collective), ("hộ gia đình", e.household)]
          .compactMap { name, d in d.map { "\(name) \(decimalText($0))" } }
          .joined(separator: ", ")
      }
      record(
        .overridden, "hệ số tiền thưởng \(entry.award.name)",
        "\(text(old.map { r.bonus.entries[$0] })) → \(text(entry))", nil)
      if let old { r.bonus.entries[old] = entry } else { r.bonus.entries.append(entry) }
    }
    if let f = table["household_factor"], let d = parser.decimal(f, "household_factor", nil) {
      record(
        .overridden, "hệ số hộ gia đình",
        "\(decimalText(r.bonus.householdFactor)) → \(decimalText(d))", nil)
      r.bonus.householdFactor = d
    }
    for (i, t) in RulesetParser.tables(table, "base_salary").enumerated() {
      guard let step = parser.baseSalary(t, index: i) else { continue }
      let old = r.baseSalaries.steps.first { $0.from == step.from }
      record(
        old == nil ? .added : .overridden,
        "mức lương cơ sở từ \(AdministrativeDateText.short(step.from))",
        (old.map { VietnameseNumber.formatted($0.amount) + " → " } ?? "")
          + VietnameseNumber.formatted(step.amount) + " đồng", nil)
      r.baseSalaries.set(step)
    }

    // Overrides of thresholds.
    for (i, t) in RulesetParser.tables(table, "override").enumerated() {
      override(t, index: i, in: &r, parser: &parser, record: record)
    }

    // Disabled rules, quotas and shares.
    for (i, t) in RulesetParser.tables(table, "disable").enumerated() {
      let place = "disable \(i + 1)"
      parser.unknownKeys(t, allowed: ["id", "reason"], place)
      guard let id = parser.string(t, "id", place, required: true) else { continue }
      let reason = parser.string(t, "reason", place)
      if let at = r.rules.firstIndex(where: { $0.id == id }) {
        record(.disabled, "quy tắc \(id)", r.rules[at].award.name, reason)
        r.rules.remove(at: at)
      } else if let at = r.quotas.firstIndex(where: { $0.id == id }) {
        record(.disabled, "hạn mức \(id)", r.quotas[at].requirement, reason)
        r.quotas.remove(at: at)
      } else if let at = r.shares.firstIndex(where: { $0.id == id }) {
        record(.disabled, "tỷ lệ \(id)", r.shares[at].requirement, reason)
        r.shares.remove(at: at)
      } else {
        parser.fail(place, "\(base.id) has no rule, quota or share “\(id)”", Self.ids(of: r))
      }
    }
    if !parser.problems.isEmpty { throw RulesetError(parser.problems) }
    r.changes += changes
    return r
  }

  static func ids(of r: Ruleset) -> String {
    "its ids are "
      + (r.rules.map(\.id) + r.quotas.map(\.id) + r.shares.map(\.id)).joined(separator: ", ")
  }

  private func override(
    _ t: ConfigTable, index: Int, in r: inout Ruleset, parser: inout RulesetParser,
    record: (RulesetChange.Kind, String, String, String?) -> Void
  ) {
    let place = "override \(index + 1)"
    parser.unknownKeys(
      t, allowed: ["rule", "criterion", "alternative", "quota", "share", "set", "reason"], place)
    let reason = parser.string(t, "reason", place)
    guard case .table(let set)? = t["set"], !set.entries.isEmpty else {
      parser.fail(place, "the override sets nothing", "add set = { at_least = \"75%\" }")
      return
    }
    if let quotaID = parser.string(t, "quota", place) {
      guard let at = r.quotas.firstIndex(where: { $0.id == quotaID }) else {
        parser.fail(place, "\(r.id) has no quota “\(quotaID)”", Self.ids(of: r))
        return
      }
      parser.unknownKeys(set, allowed: RulesetParser.boundKeys, place)
      guard let bound = parser.bound(set, place, required: true) else { return }
      record(.overridden, "hạn mức \(quotaID)", "\(r.quotas[at].bound) → \(bound)", reason)
      r.quotas[at].bound = bound
      return
    }
    if let shareID = parser.string(t, "share", place) {
      guard let at = r.shares.firstIndex(where: { $0.id == shareID }) else {
        parser.fail(place, "\(r.id) has no share “\(shareID)”", Self.ids(of: r))
        return
      }
      parser.unknownKeys(set, allowed: RulesetParser.boundKeys, place)
      let bound = parser.bound(set, place, required: true)
      record(
        .overridden, "tỷ lệ \(shareID)",
        "\(r.shares[at].bound.map(\.description) ?? "không có") → \(bound.map(\.description) ?? "không có")",
        reason)
      r.shares[at].bound = bound
      return
    }
    guard let ruleID = parser.string(t, "rule", place) else {
      parser.fail(place, "the override names no rule, quota or share", "add rule = \"…\"")
      return
    }
    guard let ri = r.rules.firstIndex(where: { $0.id == ruleID }) else {
      parser.fail(place, "\(r.id) has no rule “\(ruleID)”", Self.ids(of: r))
      return
    }
    guard let criterionID = parser.string(t, "criterion", place) else {
      // Rule-level settings.
      parser.unknownKeys(set, allowed: ["council_vote", "requirement"], place)
      if let v = set["council_vote"], let share = parser.share(v, "council_vote", place) {
        record(
          .overridden, "quy tắc \(ruleID)",
          "council_vote \(r.rules[ri].councilVote.map(\.percentText) ?? "không có") → \(share.percentText)",
          reason)
        r.rules[ri].councilVote = share
      }
      if let text = parser.string(set, "requirement", place) {
        record(.overridden, "quy tắc \(ruleID)", "requirement → “\(text)”", reason)
        r.rules[ri].requirement = text
      }
      return
    }
    guard let ci = r.rules[ri].criteria.firstIndex(where: { $0.id == criterionID }) else {
      parser.fail(
        place, "rule “\(ruleID)” has no criterion “\(criterionID)”",
        "its criteria are " + r.rules[ri].criteria.map(\.id).joined(separator: ", "))
      return
    }
    let alternativeID = parser.string(t, "alternative", place)
    var criterion = r.rules[ri].criteria[ci]
    var target = "quy tắc \(ruleID) › tiêu chí \(criterionID)"
    func apply(_ checks: inout [Check]) -> Int {
      var changed = 0
      for k in checks.indices {
        var raw = checks[k].raw
        var details: [String] = []
        for (key, value) in set.entries
        where raw[key] != nil || Self.siblingKeys(key).contains(where: { raw[$0] != nil }) {
          // A new bound replaces the old one (at_least → more_than).
          for sibling in Self.siblingKeys(key) {
            guard let old = raw[sibling] else { continue }
            details.append("\(sibling) \(old) → \(key) \(value)")
            raw[sibling] = nil
          }
          if let old = raw[key] { details.append("\(key) \(old) → \(value)") }
          raw[key] = value
        }
        guard !details.isEmpty else { continue }
        if let check = parser.check(raw, place) {
          checks[k] = check
          changed += 1
          record(.overridden, target, details.joined(separator: ", "), reason)
        }
      }
      return changed
    }
    var changed = 0
    if let alternativeID {
      guard let ai = criterion.alternatives.firstIndex(where: { $0.id == alternativeID }) else {
        parser.fail(
          place, "criterion “\(criterionID)” has no alternative “\(alternativeID)”",
          "its alternatives are " + criterion.alternatives.map(\.id).joined(separator: ", "))
        return
      }
      target += " › điểm \(alternativeID)"
      changed = apply(&criterion.alternatives[ai].checks)
    } else {
      changed = apply(&criterion.checks)
      for ai in criterion.alternatives.indices {
        changed += apply(&criterion.alternatives[ai].checks)
      }
    }
    if changed == 0 {
      parser.fail(
        place, "no check of \(target) has " + set.keys.joined(separator: ", "),
        "its checks are "
          + (criterion.checks + criterion.alternatives.flatMap(\.checks))
          .map { ConfigValue.table($0.raw).description }.joined(separator: "; "))
    }
    r.rules[ri].criteria[ci] = criterion
  }

  /// Keys that say the same thing differently: a new bound replaces another.
  static func siblingKeys(_ key: String) -> [String] {
    let bounds = RulesetParser.boundKeys
    return bounds.contains(key) ? bounds.filter { $0 != key } : []
  }
}

/// Dates as change reports write them.
enum AdministrativeDateText {
  static func short(_ d: CalendarDate) -> String {
    AdministrativeDate.short(d, padding: .full)
  }
}

/// A multiple as Vietnamese text writes it: “0,3”.
func decimalText(_ d: Decimal) -> String {
  (try? VietnameseNumber.formatted(d)) ?? "\(d)"
}
