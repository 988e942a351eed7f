import Tallies

/// One title or award and what the law asks of whoever is proposed for it.
///
/// A rule holds when every criterion holds; a criterion holds when its
/// checks hold, or, for a criterion with alternatives (“một trong các
/// điểm a, b, c, d”), when the checks of one alternative hold.
public struct Rule: Sendable {
  public var id: String
  public var award: Award
  /// Who it applies to: individuals, collectives, households.
  public var appliesTo: Set<RecipientKind>
  /// What it requires, in one plain Vietnamese sentence.
  public var requirement: String
  public var basis: LegalBasis
  public var criteria: [Criterion]
  /// The share of the emulation council's members who must approve
  /// (Nghị định 98 Điều 30 k7: 80 % for CSTĐCS); reported, not checked.
  public var councilVote: Share?
  /// What the law asks that the data cannot show (“tích cực tham gia
  /// phong trào thi đua”): listed in the finding for the council to confirm.
  public var unchecked: [String]

  public init(
    id: String, award: Award, appliesTo: Set<RecipientKind>, requirement: String,
    basis: LegalBasis, criteria: [Criterion], councilVote: Share? = nil, unchecked: [String] = []
  ) {
    self.id = id
    self.award = award
    self.appliesTo = appliesTo
    self.requirement = requirement
    self.basis = basis
    self.criteria = criteria
    self.councilVote = councilVote
    self.unchecked = unchecked
  }
}

/// One criterion of a rule, with its own requirement and basis.
public struct Criterion: Sendable {
  public var id: String
  public var requirement: String
  public var basis: LegalBasis
  /// Checks that must all hold (empty when the criterion has alternatives).
  public var checks: [Check]
  /// “Any of”: the criterion holds when one alternative holds.
  public var alternatives: [Alternative]

  public init(
    id: String, requirement: String, basis: LegalBasis, checks: [Check] = [],
    alternatives: [Alternative] = []
  ) {
    self.id = id
    self.requirement = requirement
    self.basis = basis
    self.checks = checks
    self.alternatives = alternatives
  }
}

/// One alternative of a criterion: a point (điểm) of the article.
public struct Alternative: Sendable {
  /// Its id within the criterion; the point's letter by default (“d”).
  public var id: String
  public var requirement: String
  public var basis: LegalBasis
  public var checks: [Check]

  public init(id: String, requirement: String, basis: LegalBasis, checks: [Check]) {
    self.id = id
    self.requirement = requirement
    self.basis = basis
    self.checks = checks
  }
}

/// A cap over a unit and year: “CSTĐCS không quá 15 % số LĐTT” (Nghị định
/// 91/2017 Điều 9 k3).
public struct Quota: Sendable {
  public var id: String
  /// The award counted.
  public var award: Award
  /// What it is measured against: another award's holders, or (nil) every
  /// nominee of the award's kinds in the unit that year.
  public var of: Award?
  public var bound: Bound
  public var requirement: String
  public var basis: LegalBasis

  public init(
    id: String, award: Award, of: Award?, bound: Bound, requirement: String, basis: LegalBasis
  ) {
    self.id = id
    self.award = award
    self.of = of
    self.bound = bound
    self.requirement = requirement
    self.basis = basis
  }
}

/// A share reported over each unit and year's eligible individual
/// proposals: people without managing posts (the plans ask to favour
/// them), women (ties favour women). A bound is optional: the law sets none.
public struct ShareTarget: Sendable {
  public enum Group: String, Sendable, Hashable, CaseIterable {
    /// Người không giữ chức vụ quản lý.
    case nonManagers = "khong_quan_ly"
    /// Nữ.
    case women = "nu"

    /// “người không giữ chức vụ quản lý”, “nữ”.
    public var name: String {
      switch self {
      case .nonManagers: "người không giữ chức vụ quản lý"
      case .women: "nữ"
      }
    }
  }

  public var id: String
  public var group: Group
  public var bound: Bound?
  public var requirement: String
  public var basis: LegalBasis?

  public init(id: String, group: Group, bound: Bound?, requirement: String, basis: LegalBasis?) {
    self.id = id
    self.group = group
    self.bound = bound
    self.requirement = requirement
    self.basis = basis
  }
}
