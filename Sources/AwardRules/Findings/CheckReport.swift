import VietnameseText

/// Everything one run of the checker found.
public struct CheckReport: Sendable {
  /// The ruleset used for each judged year.
  public struct YearRuleset: Sendable {
    public var year: Int
    public var ruleset: Ruleset
    /// The date the ruleset and the base salary were chosen by.
    public var decisionDate: CalendarDate
    /// Whether the date was given (`--date`, the document's date) or is
    /// the end of the judged year.
    public var decisionDateGiven: Bool
    public var baseSalary: BaseSalarySchedule.Step?
  }

  public var years: [YearRuleset]
  /// One per proposal, by year, then unit, then the order of the rules.
  public var findings: [Finding]
  public var units: [UnitCheck]

  public var eligible: [Finding] { findings.filter { $0.verdict == .eligible } }
  public var ineligible: [Finding] { findings.filter { $0.verdict == .ineligible } }
  public var needsReview: [Finding] { findings.filter { $0.verdict == .needsReview } }

  /// Every ruleset change user files made, without repeats.
  public var changes: [RulesetChange] {
    var seen = Set<RulesetChange>()
    return years.flatMap(\.ruleset.changes).filter { seen.insert($0).inserted }
  }

  /// Whether no proposal failed and every quota holds.
  public var passed: Bool { ineligible.isEmpty && units.allSatisfy(\.quotasHold) }

  /// The bonus paid in all, in đồng.
  public var bonusTotal: Int { findings.reduce(0) { $0 + ($1.bonus?.paidAmount ?? 0) } }
}

/// What to check and by which law.
public struct CheckOptions: Sendable {
  /// The years judged; nil: every year with proposals.
  public var years: [Int]?
  /// A built-in ruleset to use for every year, by id (`nd-98-2023`);
  /// nil: the one in force on the decision date.
  public var rulesetName: String?
  /// User files, applied in order.
  public var overlays: [RulesetOverlay]
  /// The decision date: picks the ruleset and the base salary; nil: 31
  /// December of each judged year.
  public var decisionDate: CalendarDate?
  /// A base salary in đồng that overrides the rulesets' schedule.
  public var baseSalary: Int?

  public init(
    years: [Int]? = nil, rulesetName: String? = nil, overlays: [RulesetOverlay] = [],
    decisionDate: CalendarDate? = nil, baseSalary: Int? = nil
  ) {
    self.years = years
    self.rulesetName = rulesetName
    self.overlays = overlays
    self.decisionDate = decisionDate
    self.baseSalary = baseSalary
  }
}
