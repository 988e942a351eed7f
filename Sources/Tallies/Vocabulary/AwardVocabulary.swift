/// The awards vanban knows, with their aliases and abbreviations, and the
/// matching of what offices type to them.
///
/// Cells are matched by `VocabularyKey` (marks, case, spacing and the
/// spellings of “Ủy ban nhân dân”, “Thủ tướng Chính phủ” folded), so
/// “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”, “BK UBND tỉnh” and
/// “bang khen ubnd tinh” are one award. A family name alone (“Bằng khen”,
/// “Cờ thi đua”) is resolved by the deciding authority of the row.
public struct AwardVocabulary: Sendable {
  public let awards: [Award]
  private let byKey: [String: Award]
  private let families: [String: [Award]]

  /// The result of matching a cell.
  public enum Match: Sendable, Equatable {
    case award(Award)
    /// A family name the authority did not settle: the candidates.
    case ambiguous([Award])
    /// No award: the closest known names, best first.
    case unknown(closest: [String])
  }

  /// A vocabulary of `awards`. Two names or aliases with the same key are a
  /// programming error and trap.
  public init(awards given: [Award]) {
    let awards = given.enumerated().map { $1.numbered($0) }
    self.awards = awards
    var byKey: [String: Award] = [:]
    var families: [String: [Award]] = [:]
    for award in awards {
      for spelling in [award.name, award.abbreviation] + award.aliases {
        let key = VocabularyKey.of(spelling)
        if let other = byKey[key], other != award {
          preconditionFailure("“\(spelling)” names both \(other.name) and \(award.name)")
        }
        byKey[key] = award
      }
      if let family = award.family { families[VocabularyKey.of(family), default: []].append(award) }
    }
    for key in families.keys where byKey[key] != nil {
      preconditionFailure("the family “\(key)” is also the name of an award")
    }
    self.byKey = byKey
    self.families = families
  }

  /// The award a cell names; `authority` (the row's deciding authority)
  /// settles a family name such as “Bằng khen”.
  public func match(_ cell: String, authority: String? = nil) -> Match {
    let key = VocabularyKey.of(cell)
    if let award = byKey[key] { return .award(award) }
    if let candidates = families[key] {
      if let authority {
        let words = Set(VocabularyKey.of(authority).split(separator: "_").map(String.init))
        let chosen = candidates.filter { award in
          award.authorityWords.contains { phrase in
            phrase.split(separator: "_").allSatisfy { words.contains(String($0)) }
          }
        }
        if chosen.count == 1 { return .award(chosen[0]) }
      }
      return .ambiguous(candidates)
    }
    return .unknown(
      closest: VocabularyKey.closest(
        to: cell, among: awards.flatMap { [$0.name, $0.abbreviation] + $0.aliases }
      ).map { spelling in
        // Name the canonical award, with the spelling that was close.
        guard let award = byKey[VocabularyKey.of(spelling)], award.name != spelling else {
          return spelling
        }
        return "\(award.name) (\(spelling))"
      })
  }

  /// The award with this canonical name, abbreviation or alias.
  public func award(named name: String) -> Award? {
    byKey[VocabularyKey.of(name)]
  }

  /// The awards of the 2003/2013 and 2022 Laws on Emulation and
  /// Commendation that unit-level documents deal with.
  public static let standard = AwardVocabulary(awards: [
    // Danh hiệu thi đua, individuals.
    Award(
      name: "Lao động tiên tiến", abbreviation: "LĐTT", category: .title, level: .unit,
      recipients: [.individual], aliases: ["Danh hiệu Lao động tiên tiến"]),
    Award(
      name: "Chiến sĩ tiên tiến", abbreviation: "CSTT", category: .title, level: .unit,
      recipients: [.individual]),
    Award(
      name: "Chiến sĩ thi đua cơ sở", abbreviation: "CSTĐCS", category: .title, level: .unit,
      recipients: [.individual], aliases: ["CSTĐ cơ sở", "Chiến sĩ thi đua cấp cơ sở"]),
    Award(
      name: "Chiến sĩ thi đua cấp tỉnh", shortName: "danh hiệu Chiến sĩ thi đua cấp tỉnh",
      abbreviation: "CSTĐ tỉnh", category: .title, level: .province, recipients: [.individual],
      authority: "Chủ tịch UBND tỉnh",
      aliases: [
        "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", "Chiến sĩ thi đua cấp bộ", "CSTĐ cấp tỉnh",
        "CSTĐ cấp bộ", "Chiến sĩ thi đua tỉnh",
      ]),
    Award(
      name: "Chiến sĩ thi đua toàn quốc", abbreviation: "CSTĐTQ", category: .title,
      level: .national, recipients: [.individual], authority: "Thủ tướng Chính phủ",
      aliases: ["CSTĐ toàn quốc"]),
    // Danh hiệu thi đua, collectives and households.
    Award(
      name: "Tập thể lao động tiên tiến", abbreviation: "TTLĐTT", category: .title, level: .unit,
      recipients: [.collective]),
    Award(
      name: "Tập thể lao động xuất sắc", abbreviation: "TTLĐXS", category: .title,
      level: .province, recipients: [.collective], authority: "Chủ tịch UBND tỉnh"),
    Award(
      name: "Cờ thi đua của Chủ tịch UBND tỉnh", shortName: "Cờ thi đua", abbreviation: "CTĐ tỉnh",
      category: .title, level: .province, recipients: [.collective],
      authority: "Chủ tịch UBND tỉnh",
      aliases: ["Cờ thi đua cấp tỉnh", "Cờ thi đua UBND tỉnh", "Cờ thi đua tỉnh", "Cờ tỉnh"],
      family: "Cờ thi đua", authorityWords: ["tinh", "ubnd"]),
    Award(
      name: "Cờ thi đua của Chính phủ", shortName: "Cờ thi đua", abbreviation: "CTĐCP",
      category: .title, level: .national, recipients: [.collective],
      authority: "Thủ tướng Chính phủ", aliases: ["Cờ thi đua Chính phủ", "Cờ Chính phủ"],
      family: "Cờ thi đua", authorityWords: ["thu_tuong", "chinh_phu"]),
    Award(
      name: "Gia đình văn hóa", abbreviation: "GĐVH", category: .title, level: .unit,
      recipients: [.household], aliases: ["Gia đình văn hoá tiêu biểu"]),
    // Hình thức khen thưởng.
    Award(
      name: "Giấy khen", abbreviation: "GK", category: .form, level: .unit,
      recipients: [.collective, .individual, .household]),
    Award(
      name: "Bằng khen của Chủ tịch UBND tỉnh", shortName: "Bằng khen", abbreviation: "BK tỉnh",
      category: .form, level: .province, recipients: [.collective, .individual, .household],
      authority: "Chủ tịch UBND tỉnh",
      aliases: [
        "BKUBND", "BK UBND tỉnh", "Bằng khen UBND tỉnh", "Bằng khen cấp tỉnh", "Bằng khen tỉnh",
      ],
      family: "Bằng khen", authorityWords: ["tinh", "ubnd"]),
    Award(
      name: "Bằng khen của Bộ trưởng", shortName: "Bằng khen", abbreviation: "BK bộ",
      category: .form, level: .province, recipients: [.collective, .individual, .household],
      authority: "Bộ trưởng", aliases: ["Bằng khen cấp bộ", "Bằng khen bộ, ngành"],
      family: "Bằng khen", authorityWords: ["bo_truong", "bo", "nganh"]),
    Award(
      name: "Bằng khen của Thủ tướng Chính phủ", shortName: "Bằng khen", abbreviation: "BKTTg",
      category: .form, level: .national, recipients: [.collective, .individual, .household],
      authority: "Thủ tướng Chính phủ",
      aliases: ["BK TTg", "BKTTCP", "BK Thủ tướng", "Bằng khen Thủ tướng"],
      family: "Bằng khen", authorityWords: ["thu_tuong", "chinh_phu"]),
    Award(
      name: "Huân chương Lao động hạng Ba", abbreviation: "HCLĐ hạng Ba", category: .form,
      level: .national, recipients: [.collective, .individual], authority: "Chủ tịch nước",
      aliases: ["HCLĐ3", "Huân chương Lao động hạng 3"]),
    Award(
      name: "Huân chương Lao động hạng Nhì", abbreviation: "HCLĐ hạng Nhì", category: .form,
      level: .national, recipients: [.collective, .individual], authority: "Chủ tịch nước",
      aliases: ["HCLĐ2", "Huân chương Lao động hạng 2"]),
    Award(
      name: "Huân chương Lao động hạng Nhất", abbreviation: "HCLĐ hạng Nhất", category: .form,
      level: .national, recipients: [.collective, .individual], authority: "Chủ tịch nước",
      aliases: ["HCLĐ1", "Huân chương Lao động hạng 1"]),
    // Recognition.
    Award(
      name: "Biểu dương, tôn vinh", abbreviation: "BD", category: .recognition, level: .unit,
      recipients: [.collective, .individual, .household],
      aliases: ["Biểu dương", "Tôn vinh", "Tuyên dương", "Biểu dương tôn vinh"]),
  ])
}
