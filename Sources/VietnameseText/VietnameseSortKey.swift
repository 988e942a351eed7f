/// A comparable key that puts Vietnamese text in dictionary order.
///
/// Compare keys instead of strings when sorting many items: the key is
/// computed once per item. `stringValue` holds the same order in a String
/// (made of private-use characters), for code that can only sort strings.
public struct VietnameseSortKey: Sendable, Hashable, Comparable,
  CustomStringConvertible
{
  /// The collation weights: primary (letters), secondary (tones), tertiary
  /// (case), each level ended by a 0.
  public let weights: [UInt32]

  public init(weights: [UInt32]) {
    self.weights = weights
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.weights.lexicographicallyPrecedes(rhs.weights)
  }

  /// The key as a String whose ordinary `<` gives the same order: each
  /// weight (below 2^24) becomes two private-use characters U+E000–U+EFFF,
  /// which no normalisation changes, so String comparison, which compares
  /// scalar values, keeps the order.
  public var stringValue: String {
    var scalars = String.UnicodeScalarView()
    for weight in weights {
      let high = 0xE000 + ((weight >> 12) & 0xFFF)
      let low = 0xE000 + (weight & 0xFFF)
      if let highScalar = Unicode.Scalar(high), let lowScalar = Unicode.Scalar(low) {
        scalars.append(highScalar)
        scalars.append(lowScalar)
      }
    }
    return String(scalars)
  }

  public var description: String {
    "VietnameseSortKey(" + weights.map { String($0, radix: 16) }.joined(separator: " ")
      + ")"
  }
}
