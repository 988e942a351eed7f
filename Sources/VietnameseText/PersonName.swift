/// A Vietnamese personal name split into family, middle and given name.
///
/// Official lists sort people by given name (the last word), then middle
/// name, then family name; `sortKey` gives that order. Splitting a full name
/// takes the first word as the family name and the last as the given name;
/// for compound family names (“Tôn Thất”) or names of other traditions,
/// build the parts explicitly with `init(family:middle:given:)`.
public struct PersonName: Sendable, Hashable {
  public var family: String
  public var middle: String
  public var given: String

  public init(family: String, middle: String = "", given: String) {
    self.family = family
    self.middle = middle
    self.given = given
  }

  /// Splits “Đặng Văn Tuấn” into family “Đặng”, middle “Văn”, given “Tuấn”.
  /// A single word is a given name; a name without letters is an error.
  public init(parsing fullName: String) throws(VietnameseTextError) {
    let words = ToneNormalization.nfc(fullName)
      .split(whereSeparator: { $0.isWhitespace })
      .map(String.init)
    guard words.contains(where: { $0.contains(where: \.isLetter) }),
      let last = words.last
    else { throw .nameWithoutLetters(fullName) }
    given = last
    family = words.count > 1 ? words[0] : ""
    middle = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
  }

  /// The name in its usual order, words separated by single spaces.
  public var fullName: String {
    [family, middle, given].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The key of the official order: given name, then middle, then family,
  /// each compared in Vietnamese collation with all its levels.
  public var sortKey: VietnameseSortKey {
    var weights: [UInt32] = []
    for part in [given, middle, family] {
      VietnameseCollation.appendWeights(of: part, to: &weights)
    }
    return VietnameseSortKey(weights: weights)
  }

  /// The official-order key of a full name: `PersonName(parsing:).sortKey`.
  public static func sortKey(forFullName fullName: String)
    throws(VietnameseTextError) -> VietnameseSortKey
  {
    try PersonName(parsing: fullName).sortKey
  }

  /// Full names in official order (by given, middle, family name); equal
  /// names keep their order.
  public static func sortedByGivenName(_ fullNames: [String])
    throws(VietnameseTextError) -> [String]
  {
    var keyed: [(key: VietnameseSortKey, offset: Int, name: String)] = []
    keyed.reserveCapacity(fullNames.count)
    for (offset, name) in fullNames.enumerated() {
      keyed.append((try sortKey(forFullName: name), offset, name))
    }
    return keyed.sorted { ($0.key, $0.offset) < ($1.key, $1.offset) }.map(\.name)
  }
}

extension VietnameseTextError {
  static func nameWithoutLetters(_ name: String) -> VietnameseTextError {
    VietnameseTextError(
      vietnamese:
        "Họ tên “\(name)” không có chữ cái nào; hãy ghi đủ họ, tên đệm và tên.",
      english:
        "The name “\(name)” has no letters; give the family, middle and "
        + "given name.")
  }
}
