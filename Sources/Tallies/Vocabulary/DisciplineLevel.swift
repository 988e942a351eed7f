/// A disciplinary measure (hình thức kỷ luật), mildest first.
public enum DisciplineLevel: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Khiển trách.
  case reprimand = "khien_trach"
  /// Cảnh cáo.
  case warning = "canh_cao"
  /// Hạ bậc lương.
  case salaryReduction = "ha_bac_luong"
  /// Giáng chức.
  case demotion = "giang_chuc"
  /// Cách chức.
  case removal = "cach_chuc"
  /// Buộc thôi việc.
  case dismissal = "buoc_thoi_viec"

  /// “khiển trách”, “cảnh cáo”, …
  public var name: String {
    switch self {
    case .reprimand: "khiển trách"
    case .warning: "cảnh cáo"
    case .salaryReduction: "hạ bậc lương"
    case .demotion: "giáng chức"
    case .removal: "cách chức"
    case .dismissal: "buộc thôi việc"
    }
  }

  /// Reads a cell; nil for an unknown measure. An empty cell, “không” or
  /// “0” means no discipline and is handled by the caller.
  public init?(cell: String) {
    let key = VocabularyKey.of(cell)
    guard let level = Self.allCases.first(where: { $0.rawValue == key }) else { return nil }
    self = level
  }

  public static func < (a: Self, b: Self) -> Bool {
    (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
  }
}
