/// An exact share such as 70 %, 15 % or 2/3, compared without floating
/// point so that a boundary (exactly 70 %) is decided exactly.
public struct Share: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let numerator: Int
  public let denominator: Int

  public init(_ numerator: Int, _ denominator: Int) {
    precondition(denominator > 0, "a share needs a positive denominator")
    let g = Self.gcd(abs(numerator), denominator)
    self.numerator = numerator / max(g, 1)
    self.denominator = denominator / max(g, 1)
  }

  /// Reads “70%”, “70 %”, “66,5%”, “0,7”, “0.7”, “1”, “2/3”.
  public init?(text: String) {
    var t = text.filter { !$0.isWhitespace }
    if let slash = t.firstIndex(of: "/") {
      guard let a = Int(t[..<slash]), let b = Int(t[t.index(after: slash)...]), b > 0, a >= 0
      else { return nil }
      self.init(a, b)
      return
    }
    var scale = 1
    if t.hasSuffix("%") {
      t.removeLast()
      scale = 100
    }
    let parts = t.split(separator: t.contains(",") ? "," : ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0 else { return nil }
    var numerator = whole
    var denominator = scale
    if parts.count == 2 {
      let fraction = parts[1]
      guard !fraction.isEmpty, fraction.count <= 6, fraction.allSatisfy(\.isASCII),
        let digits = Int(fraction)
      else { return nil }
      let power = (0..<fraction.count).reduce(1) { r, _ in r * 10 }
      numerator = whole * power + digits
      denominator = scale * power
    }
    self.init(numerator, denominator)
  }

  /// `part / whole` as a share; nil when `whole` is 0.
  public static func of(_ part: Int, in whole: Int) -> Share? {
    whole > 0 ? Share(part, whole) : nil
  }

  public static func < (a: Share, b: Share) -> Bool {
    a.numerator * b.denominator < b.numerator * a.denominator
  }

  /// As a percentage the way documents write it: “70%”, “66,7%”, “15%”.
  public var percentText: String {
    // Tenths of a percent, rounded half up.
    let tenths = (numerator * 1000 * 2 + denominator) / (denominator * 2)
    let whole = tenths / 10
    let rest = tenths % 10
    return rest == 0 ? "\(whole)%" : "\(whole),\(rest)%"
  }

  public var description: String { percentText }

  private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}

/// A bound on a count or share: “ít nhất 70%”, “trên 50%”, “không quá 15%”.
public struct Bound: Sendable, Hashable, CustomStringConvertible {
  public enum Relation: String, Sendable, Hashable, CaseIterable {
    case atLeast = "at_least"
    case moreThan = "more_than"
    case atMost = "at_most"
    case lessThan = "less_than"

    /// “ít nhất”, “trên”, “không quá”, “dưới”.
    public var words: String {
      switch self {
      case .atLeast: "ít nhất"
      case .moreThan: "trên"
      case .atMost: "không quá"
      case .lessThan: "dưới"
      }
    }
  }

  /// A number of members or a share of them.
  public enum Amount: Sendable, Hashable, CustomStringConvertible {
    case count(Int)
    case share(Share)

    public var description: String {
      switch self {
      case .count(let n): String(n)
      case .share(let s): s.percentText
      }
    }
  }

  public var relation: Relation
  public var amount: Amount

  public init(_ relation: Relation, _ amount: Amount) {
    self.relation = relation
    self.amount = amount
  }

  /// Whether `part` out of `whole` satisfies the bound. A share of nothing
  /// (no members) satisfies only an upper bound.
  public func holds(_ part: Int, of whole: Int) -> Bool {
    switch amount {
    case .count(let n):
      return compare(part * 1, n * 1)
    case .share(let s):
      guard whole > 0 else { return relation == .atMost || relation == .lessThan }
      // part/whole ? s.n/s.d  ⇔  part·s.d ? s.n·whole
      return compare(part * s.denominator, s.numerator * whole)
    }
  }

  private func compare(_ a: Int, _ b: Int) -> Bool {
    switch relation {
    case .atLeast: a >= b
    case .moreThan: a > b
    case .atMost: a <= b
    case .lessThan: a < b
    }
  }

  /// “ít nhất 70%”.
  public var description: String { relation.words + " " + amount.description }
}
