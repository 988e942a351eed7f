/// Where an award stands: given, asked for, or still being chosen.
public enum TallyStatus: String, Sendable, Hashable, CaseIterable {
  /// Đã khen, đã tặng: the authority decided.
  case awarded
  /// Đề nghị, đề xuất, trình: asked of the authority, not yet decided.
  case proposed
  /// Đang lựa chọn, đang bình xét: candidates still being chosen.
  case selecting

  /// “đã khen thưởng”, “đề nghị”, “đang lựa chọn”.
  public var name: String {
    switch self {
    case .awarded: "đã khen thưởng"
    case .proposed: "đề nghị"
    case .selecting: "đang lựa chọn"
    }
  }

  /// Reads a cell: “đã tặng”, “đã khen”, “tặng”, “được tặng”, “khen
  /// thưởng”, “công nhận”, “awarded”; “đề nghị”, “đề xuất”, “trình”, “đã
  /// trình”, “proposed”; “đang lựa chọn”, “lựa chọn”, “bình xét”, “đang
  /// xét”, “giới thiệu”, “selecting”.
  public init?(cell: String) {
    switch VocabularyKey.of(cell) {
    case "da_tang", "da_khen", "tang", "duoc_tang", "da_khen_thuong", "khen_thuong", "da_cong_nhan",
      "cong_nhan", "quyet_dinh", "da_quyet_dinh", "dat", "da_dat", "awarded", "given":
      self = .awarded
    case "de_nghi", "da_de_nghi", "de_xuat", "da_de_xuat", "trinh", "da_trinh", "proposed",
      "dang_de_nghi", "dang_trinh":
      self = .proposed
    case "dang_lua_chon", "lua_chon", "dang_xet", "binh_xet", "dang_binh_xet", "gioi_thieu",
      "dang_gioi_thieu", "selecting", "being_selected", "dang_chon":
      self = .selecting
    default: return nil
    }
  }

  public static let cellExamples =
    "đã khen, đề nghị or đang lựa chọn (awarded, proposed, selecting)"
  /// `cellExamples` in Vietnamese.
  public static let vietnameseCellExamples = "đã khen, đề nghị hoặc đang lựa chọn"
}
