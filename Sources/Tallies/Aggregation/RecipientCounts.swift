import VietnameseText

/// Counts by recipient kind, with their total.
public struct RecipientCounts: Sendable, Hashable {
  public var collective = 0
  public var individual = 0
  public var household = 0

  public init(collective: Int = 0, individual: Int = 0, household: Int = 0) {
    self.collective = collective
    self.individual = individual
    self.household = household
  }

  public var total: Int { collective + individual + household }

  public subscript(kind: RecipientKind) -> Int {
    get {
      switch kind {
      case .collective: collective
      case .individual: individual
      case .household: household
      }
    }
    set {
      switch kind {
      case .collective: collective = newValue
      case .individual: individual = newValue
      case .household: household = newValue
      }
    }
  }

  mutating func add(_ tally: Tally) { self[tally.kind] += tally.count }

  /// The counts as reports write them, kinds with none left out: “03 tập
  /// thể và 16 cá nhân”, “01 cá nhân”, “02 tập thể, 05 cá nhân và 01 hộ gia
  /// đình”; empty when all are zero.
  public var phrase: String {
    let parts = RecipientKind.allCases.compactMap { kind -> String? in
      let n = self[kind]
      guard n > 0 else { return nil }
      return (n < 10 ? "0\(n)" : String(n)) + " " + kind.name
    }
    switch parts.count {
    case 0: return ""
    case 1: return parts[0]
    default: return parts.dropLast().joined(separator: ", ") + " và " + (parts.last ?? "")
    }
  }
}
