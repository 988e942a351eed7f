/// Whether a criterion or check holds, as far as the data can tell.
///
/// Three-valued, because some of the law's conditions are facts the data
/// does not hold (“thành tích xuất sắc đột xuất”): those are undetermined,
/// and a proposal that rests on them needs a person to read the dossier.
public enum Outcome: String, Sendable, Hashable {
  case met
  case notMet = "not_met"
  case undetermined

  /// “đạt”, “không đạt”, “chưa xác định”.
  public var name: String {
    switch self {
    case .met: "đạt"
    case .notMet: "không đạt"
    case .undetermined: "chưa xác định"
    }
  }

  /// The mark the text table prints: ✓, ✗, ?.
  public var mark: String {
    switch self {
    case .met: "✓"
    case .notMet: "✗"
    case .undetermined: "?"
    }
  }

  /// All of them hold (Kleene conjunction: one miss decides).
  static func all(_ outcomes: [Outcome]) -> Outcome {
    if outcomes.contains(.notMet) { return .notMet }
    if outcomes.contains(.undetermined) { return .undetermined }
    return .met
  }

  /// One of them holds (Kleene disjunction).
  static func any(_ outcomes: [Outcome]) -> Outcome {
    if outcomes.contains(.met) { return .met }
    if outcomes.contains(.undetermined) { return .undetermined }
    return .notMet
  }
}

/// What the checker concludes about one proposal.
public enum Verdict: String, Sendable, Hashable {
  /// Every criterion holds.
  case eligible
  /// A criterion fails.
  case ineligible
  /// Nothing fails, but something rests on facts the data does not hold
  /// (or the ruleset has no rule for the award).
  case needsReview = "review"

  /// “Đủ điều kiện”, “Không đủ điều kiện”, “Cần xem xét hồ sơ”.
  public var name: String {
    switch self {
    case .eligible: "Đủ điều kiện"
    case .ineligible: "Không đủ điều kiện"
    case .needsReview: "Cần xem xét hồ sơ"
    }
  }

  init(_ outcome: Outcome) {
    switch outcome {
    case .met: self = .eligible
    case .notMet: self = .ineligible
    case .undetermined: self = .needsReview
    }
  }
}
