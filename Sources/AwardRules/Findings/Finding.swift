import FoundationEssentials
import Tallies
import VietnameseText

/// The checker's answer for one proposal: eligible or not, each criterion
/// with the facts that decided it and its legal basis, and the bonus.
public struct Finding: Sendable {
  /// The nominee's row for the judged year.
  public var nominee: NomineeYear
  public var award: Award
  /// The unit the nominee belongs to at the top (a unit of the units file
  /// when the chain reaches one): where quotas and totals are counted.
  public var unit: String
  public var rulesetID: String
  /// The rule applied; nil when the ruleset has none for the award.
  public var ruleID: String?
  public var verdict: Verdict
  public var requirement: String
  public var basis: LegalBasis?
  public var criteria: [CriterionResult]
  /// The council vote the rule needs (reported, not checked).
  public var councilVote: Share?
  /// What the law asks that the data cannot show, for the council.
  public var unchecked: [String]
  /// The initiatives this proposal used; no other proposal may use them.
  public var initiativesUsed: [InitiativeID]
  /// The bonus, for an eligible proposal.
  public var bonus: BonusCalculation?
  /// Why there is no rule, or other remarks.
  public var note: String?

  public var year: Int { nominee.year }
  public var isEligible: Bool { verdict == .eligible }

  /// The criteria that failed, for a one-line reason.
  public var failedCriteria: [CriterionResult] { criteria.filter { $0.outcome == .notMet } }

  /// One line saying why: the facts of the failed (or undetermined)
  /// criteria; for an eligible proposal, the facts of every criterion.
  public var reasonText: String {
    if let note, criteria.isEmpty { return note }
    let chosen: [CriterionResult] =
      switch verdict {
      case .eligible: criteria
      case .ineligible: criteria.filter { $0.outcome == .notMet }
      case .needsReview: criteria.filter { $0.outcome == .undetermined }
      }
    return chosen.flatMap(\.facts).joined(separator: "; ")
  }
}

/// One criterion's result.
public struct CriterionResult: Sendable {
  public var id: String
  public var requirement: String
  public var basis: LegalBasis
  public var outcome: Outcome
  /// The checks of a criterion without alternatives.
  public var checks: [CheckResult]
  /// Every alternative's result, for a criterion with alternatives.
  public var alternatives: [AlternativeResult]
  /// The alternative that was met (the first in the file's order).
  public var metAlternative: String?

  /// The facts that decided it: the checks', or the met alternative's, or
  /// every alternative's when none was met.
  public var facts: [String] {
    if alternatives.isEmpty { return checks.flatMap(\.facts) }
    if let metAlternative, let a = alternatives.first(where: { $0.id == metAlternative }) {
      return ["\(a.label): " + a.checks.flatMap(\.facts).joined(separator: "; ")]
    }
    return alternatives.map { "\($0.label): " + $0.checks.flatMap(\.facts).joined(separator: "; ") }
  }

  /// The basis of what decided it: the met alternative's point, or the criterion's.
  public var decidingBasis: LegalBasis {
    if let metAlternative, let a = alternatives.first(where: { $0.id == metAlternative }) {
      return a.basis
    }
    return basis
  }
}

/// One alternative's result.
public struct AlternativeResult: Sendable {
  public var id: String
  public var requirement: String
  public var basis: LegalBasis
  public var outcome: Outcome
  public var checks: [CheckResult]

  /// “điểm d”, “điểm d (d2)”, or the id of an alternative without a point.
  public var label: String {
    guard let point = basis.point else { return id }
    return id == point ? "điểm \(point)" : "điểm \(point) (\(id))"
  }
}

/// One check's result: whether it held and the facts, in Vietnamese.
public struct CheckResult: Sendable {
  public var outcome: Outcome
  /// “HTXSNV năm 2022 và 2023”, “Năm 2022: kỷ luật khiển trách”.
  public var facts: [String]
  /// Initiatives the check would use if the proposal is eligible.
  public var initiatives: [InitiativeID]

  public init(outcome: Outcome, facts: [String], initiatives: [InitiativeID] = []) {
    self.outcome = outcome
    self.facts = facts
    self.initiatives = initiatives
  }
}

/// One initiative of a nominee. The data gives counts per year and level,
/// so initiatives are numbered within the nominee's year: SK-2022-1,
/// SK-2022-2, cơ sở level first.
public struct InitiativeID: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var nominee: String
  public var year: Int
  public var number: Int
  public var level: InitiativeLevel

  public init(nominee: String, year: Int, number: Int, level: InitiativeLevel) {
    self.nominee = nominee
    self.year = year
    self.number = number
    self.level = level
  }

  /// “SK-2022-1”.
  public var code: String { "SK-\(year)-\(number)" }
  public var description: String { code }

  public static func < (a: Self, b: Self) -> Bool {
    (a.nominee, a.year, a.number) < (b.nominee, b.year, b.number)
  }
}

/// The bonus of an eligible proposal (domain.md §5).
public struct BonusCalculation: Sendable {
  public var multiple: Decimal
  public var baseSalary: Int
  /// Where the base salary comes from: “Nghị định 73/2024/NĐ-CP, từ 01/07/2024”.
  public var baseSalarySource: String
  public var decisionDate: CalendarDate
  /// base × multiple rounded up to 10.000 đồng.
  public var amount: Int
  /// False when a higher title of the same year is paid instead.
  public var paid: Bool
  public var note: String?

  /// What is paid: `amount`, or 0.
  public var paidAmount: Int { paid ? amount : 0 }
}
