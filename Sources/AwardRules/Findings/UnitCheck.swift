import Tallies

/// The checks over one unit and year: quotas, shares, and where the
/// tallies and the nominee histories disagree.
public struct UnitCheck: Sendable {
  public var unit: String
  public var year: Int
  public var rulesetID: String
  public var quotas: [QuotaResult]
  public var shares: [ShareResult]
  public var inconsistencies: [Inconsistency]
  public var eligible: Int
  public var ineligible: Int
  public var needsReview: Int
  /// The bonus paid to its eligible proposals, in đồng.
  public var bonusTotal: Int

  /// Whether every quota holds.
  public var quotasHold: Bool { quotas.allSatisfy(\.holds) }
}

/// A quota over a unit and year.
public struct QuotaResult: Sendable {
  public var id: String
  public var requirement: String
  public var basis: LegalBasis
  public var award: Award
  public var of: Award?
  /// Holders (received or found eligible) of the award counted.
  public var count: Int
  /// What it is measured against.
  public var base: Int
  public var bound: Bound
  public var holds: Bool
  /// “3 CSTĐCS / 10 LĐTT = 30% — vượt mức không quá 15%”.
  public var facts: String
}

/// A share reported over a unit and year's eligible individual proposals.
public struct ShareResult: Sendable {
  public var id: String
  public var group: ShareTarget.Group
  public var requirement: String
  public var basis: LegalBasis?
  public var count: Int
  public var total: Int
  public var share: Share?
  public var bound: Bound?
  /// nil when there is no bound to check.
  public var holds: Bool?
  /// “7/10 (70%) khen thưởng dành cho người không giữ chức vụ quản lý”.
  public var facts: String
}

/// A tally that the nominee histories do not bear out (or the reverse).
public struct Inconsistency: Sendable {
  public var year: Int
  public var unit: String
  public var award: Award
  public var kind: RecipientKind
  /// “đã khen thưởng” or “đề nghị”.
  public var status: String
  /// What the tallies count.
  public var tallied: Int
  /// How many the histories name.
  public var named: Int
  public var names: [String]
  /// The tally rows, `khen-thuong.csv:5`.
  public var sources: [String]
  public var message: String
}
