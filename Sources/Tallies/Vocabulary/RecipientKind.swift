/// Who receives an award: a collective, an individual or a household.
public enum RecipientKind: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Tập thể: a unit, department or other collective.
  case collective = "tap_the"
  /// Cá nhân: a person.
  case individual = "ca_nhan"
  /// Hộ gia đình: a household.
  case household = "ho_gia_dinh"

  /// The key templates read the count under: `tap_the`, `ca_nhan`,
  /// `ho_gia_dinh`.
  public var key: String { rawValue }

  /// “tập thể”, “cá nhân”, “hộ gia đình”, as the documents write it.
  public var name: String {
    switch self {
    case .collective: "tập thể"
    case .individual: "cá nhân"
    case .household: "hộ gia đình"
    }
  }

  /// Reads a cell: “Tập thể”, “TT”, “tap the”, “collective”; “Cá nhân”,
  /// “CN”, “individual”; “Hộ gia đình”, “HGĐ”, “hộ”, “household”.
  public init?(cell: String) {
    switch VocabularyKey.of(cell) {
    case "tap_the", "tt", "collective", "to_chuc", "don_vi": self = .collective
    case "ca_nhan", "cn", "individual", "person": self = .individual
    case "ho_gia_dinh", "hgd", "ho", "gia_dinh", "household": self = .household
    default: return nil
    }
  }

  public static let cellExamples = "tập thể, cá nhân or hộ gia đình (TT, CN, HGĐ)"
  /// `cellExamples` in Vietnamese.
  public static let vietnameseCellExamples = "tập thể, cá nhân hoặc hộ gia đình (TT, CN, HGĐ)"

  public static func < (a: Self, b: Self) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}
