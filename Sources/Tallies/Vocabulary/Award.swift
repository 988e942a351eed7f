/// What an award is in law: an emulation title or a form of commendation.
public enum AwardCategory: String, Sendable, Hashable {
  /// Danh hiệu thi đua: Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể
  /// lao động xuất sắc, Cờ thi đua…
  case title
  /// Hình thức khen thưởng: Giấy khen, Bằng khen, Huân chương…
  case form
  /// Biểu dương, tôn vinh: recognition outside the titles and forms.
  case recognition
}

/// The level whose authority decides an award.
public enum AwardLevel: String, Sendable, Hashable {
  /// The unit itself (cơ sở): its head decides.
  case unit
  /// A ministry, sector or province (bộ, ngành, tỉnh).
  case province
  /// The State (Thủ tướng Chính phủ, Chủ tịch nước).
  case national
}

/// One award of the canonical vocabulary.
///
/// A class, so that a million tallies share one copy of each award; it is
/// immutable and compared by name.
public final class Award: Sendable, Hashable, CustomStringConvertible {
  /// The canonical name: “Bằng khen của Chủ tịch UBND tỉnh”.
  public let name: String
  /// The name after “tặng” when the authority is said separately: “Bằng
  /// khen” (“Chủ tịch UBND tỉnh tặng Bằng khen”).
  public let shortName: String
  /// The abbreviation offices use: “BK”, “LĐTT”, “CSTĐCS”.
  public let abbreviation: String
  public let category: AwardCategory
  public let level: AwardLevel
  /// Who may receive it.
  public let recipients: Set<RecipientKind>
  /// Who decides it, when the award says (“Chủ tịch UBND tỉnh”); nil when
  /// it is the head of the unit (“Trưởng Ban”, “Giám đốc Sở”).
  public let authority: String?
  /// Other ways of writing it, matched like the name.
  public let aliases: [String]
  /// Words of an authority that pick this award when a cell only says the
  /// family (“Bằng khen” decided by “Thủ tướng Chính phủ”).
  let authorityWords: [String]
  /// The family name shared with related awards (“Bằng khen”), if any.
  let family: String?
  /// The position in its vocabulary, for fast keys.
  let ordinal: Int

  public convenience init(
    name: String, shortName: String? = nil, abbreviation: String, category: AwardCategory,
    level: AwardLevel, recipients: Set<RecipientKind>, authority: String? = nil,
    aliases: [String] = []
  ) {
    self.init(
      name: name, shortName: shortName, abbreviation: abbreviation, category: category,
      level: level, recipients: recipients, authority: authority, aliases: aliases,
      family: nil, authorityWords: [])
  }

  init(
    name: String, shortName: String?, abbreviation: String, category: AwardCategory,
    level: AwardLevel, recipients: Set<RecipientKind>, authority: String?, aliases: [String],
    family: String?, authorityWords: [String], ordinal: Int = -1
  ) {
    self.ordinal = ordinal
    self.name = name
    self.shortName = shortName ?? name
    self.abbreviation = abbreviation
    self.category = category
    self.level = level
    self.recipients = recipients
    self.authority = authority
    self.aliases = aliases
    self.family = family
    self.authorityWords = authorityWords
  }

  public var description: String { name }

  /// The same award at `ordinal` of a vocabulary.
  func numbered(_ ordinal: Int) -> Award {
    Award(
      name: name, shortName: shortName, abbreviation: abbreviation, category: category,
      level: level, recipients: recipients, authority: authority, aliases: aliases,
      family: family, authorityWords: authorityWords, ordinal: ordinal)
  }

  public static func == (a: Award, b: Award) -> Bool { a.name == b.name }
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
