import FoundationEssentials
import Tallies
import VietnameseText

/// The criteria, quotas and bonus multiples of one period of the law, read
/// from a data file (see the README, “Rulesets”).
///
/// Built-in rulesets cover the periods of domain.md §1; a user file adds
/// rules, overrides thresholds or disables rules on top of one
/// (`RulesetOverlay`), and every change it makes is listed in `changes`.
public struct Ruleset: Sendable {
  public var id: String
  /// “Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP”.
  public var name: String
  /// The first day it applies.
  public var validFrom: CalendarDate?
  /// The last day it applies; nil while in force.
  public var validTo: CalendarDate?
  public var rules: [Rule]
  public var quotas: [Quota]
  public var shares: [ShareTarget]
  public var bonus: BonusTable
  /// Base salaries by the date they took effect.
  public var baseSalaries: BaseSalarySchedule
  /// The file it was read from (“nd-98-2023.toml” for a built-in).
  public var source: String
  /// What user files changed, in order.
  public var changes: [RulesetChange]

  public init(
    id: String, name: String, validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil,
    rules: [Rule] = [], quotas: [Quota] = [], shares: [ShareTarget] = [],
    bonus: BonusTable = BonusTable(), baseSalaries: BaseSalarySchedule = BaseSalarySchedule(),
    source: String = "", changes: [RulesetChange] = []
  ) {
    self.id = id
    self.name = name
    self.validFrom = validFrom
    self.validTo = validTo
    self.rules = rules
    self.quotas = quotas
    self.shares = shares
    self.bonus = bonus
    self.baseSalaries = baseSalaries
    self.source = source
    self.changes = changes
  }

  /// Whether it applies on `date`.
  public func isInForce(on date: CalendarDate) -> Bool {
    if let validFrom, date < validFrom { return false }
    if let validTo, validTo < date { return false }
    return true
  }

  /// The rule for `award` and `kind`, if any (the first that matches).
  public func rule(for award: Award, kind: RecipientKind) -> (index: Int, rule: Rule)? {
    for (i, r) in rules.enumerated() where r.award == award && r.appliesTo.contains(kind) {
      return (i, r)
    }
    return nil
  }

  /// “01/01/2024 – 30/06/2025”, “từ 01/07/2025”.
  public var validityText: String {
    func d(_ c: CalendarDate) -> String { AdministrativeDate.short(c, padding: .full) }
    switch (validFrom, validTo) {
    case (let f?, let t?): return "\(d(f)) – \(d(t))"
    case (let f?, nil): return "từ \(d(f))"
    case (nil, let t?): return "đến \(d(t))"
    case (nil, nil): return "không giới hạn"
    }
  }
}

/// Bonus multiples (hệ số) of the base salary, by award and recipient kind
/// (domain.md §5).
public struct BonusTable: Sendable {
  public struct Entry: Sendable, Hashable {
    public var award: Award
    public var individual: Decimal?
    public var collective: Decimal?
    /// A household's multiple; nil: `householdFactor` × the individual's.
    public var household: Decimal?

    public init(
      award: Award, individual: Decimal? = nil, collective: Decimal? = nil,
      household: Decimal? = nil
    ) {
      self.award = award
      self.individual = individual
      self.collective = collective
      self.household = household
    }
  }

  public var entries: [Entry]
  /// Households get this times the individual amount (Nghị định 152).
  public var householdFactor: Decimal
  public var basis: LegalBasis?

  public init(
    entries: [Entry] = [], householdFactor: Decimal = Decimal(string: "1.5") ?? 1,
    basis: LegalBasis? = nil
  ) {
    self.entries = entries
    self.householdFactor = householdFactor
    self.basis = basis
  }

  /// The multiple for `award` given to `kind`; nil when the table has none.
  public func multiple(for award: Award, kind: RecipientKind) -> Decimal? {
    guard let e = entries.first(where: { $0.award == award }) else { return nil }
    switch kind {
    case .individual: return e.individual
    case .collective: return e.collective
    case .household: return e.household ?? e.individual.map { $0 * householdFactor }
    }
  }
}

/// The base salary (mức lương cơ sở) by the date each amount took effect.
public struct BaseSalarySchedule: Sendable {
  public struct Step: Sendable, Hashable {
    public var from: CalendarDate
    /// In đồng per month.
    public var amount: Int
    /// The decree that set it: “Nghị định 73/2024/NĐ-CP”.
    public var basis: String?

    public init(from: CalendarDate, amount: Int, basis: String? = nil) {
      self.from = from
      self.amount = amount
      self.basis = basis
    }
  }

  /// Sorted by date.
  public private(set) var steps: [Step]

  public init(_ steps: [Step] = []) { self.steps = steps.sorted { $0.from < $1.from } }

  /// The step in force on `date`.
  public func step(on date: CalendarDate) -> Step? { steps.last { $0.from <= date } }

  /// Adds or replaces the step of the same date.
  public mutating func set(_ step: Step) {
    steps.removeAll { $0.from == step.from }
    steps.append(step)
    steps.sort { $0.from < $1.from }
  }
}

/// One change a user file made to a ruleset, for the report.
public struct RulesetChange: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    case added, replaced, disabled, overridden
  }

  public var kind: Kind
  /// The rule, quota or setting changed: `ttldxs`, `ttldxs › thanh-vien-ldtt`.
  public var target: String
  /// What changed, in Vietnamese: “at_least: "70%" → "75%"”.
  public var detail: String
  public var reason: String?
  /// The user file.
  public var source: String

  public init(kind: Kind, target: String, detail: String, reason: String? = nil, source: String) {
    self.kind = kind
    self.target = target
    self.detail = detail
    self.reason = reason
    self.source = source
  }

  /// “Đã sửa ttldxs › thanh-vien-ldtt: at_least "70%" → "75%" (lý do: …) — tinh.toml”.
  public var description: String {
    let verb: String =
      switch kind {
      case .added: "Đã thêm"
      case .replaced: "Đã thay"
      case .disabled: "Đã tắt"
      case .overridden: "Đã sửa"
      }
    var s = "\(verb) \(target)"
    if !detail.isEmpty { s += ": \(detail)" }
    if let reason { s += " (lý do: \(reason))" }
    return s + " — \(source)"
  }
}
