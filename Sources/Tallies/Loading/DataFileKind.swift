/// What a CSV file holds, told by its header.
public enum DataFileKind: String, Sendable, Hashable, CaseIterable {
  /// One row per count of awards.
  case tallies
  /// One row per person or collective per year.
  case nominees
  /// One row per issuing unit.
  case units

  /// The columns of the kind, in the order the README lists them.
  public var columns: [ColumnSpec] {
    switch self {
    case .tallies: Self.tallyColumns
    case .nominees: Self.nomineeColumns
    case .units: Self.unitColumns
    }
  }

  /// “bảng tổng hợp khen thưởng”, “danh sách cá nhân, tập thể”, “danh sách đơn vị”.
  public var vietnameseTitle: String {
    switch self {
    case .tallies: "bảng tổng hợp khen thưởng"
    case .nominees: "danh sách cá nhân, tập thể"
    case .units: "danh sách đơn vị"
    }
  }

  /// “tallies”, “nominee history”, “units”.
  public var title: String {
    switch self {
    case .tallies: "tallies"
    case .nominees: "nominee history"
    case .units: "units"
    }
  }

  static let tallyColumns: [ColumnSpec] = [
    ColumnSpec(
      "nam", "Năm", aliases: ["year", "năm khen thưởng"], required: true,
      meaning: "the year of the count (2021)"),
    ColumnSpec(
      "don_vi", "Đơn vị", aliases: ["unit", "cơ quan", "tên đơn vị", "đơn vị đề nghị"],
      required: true, meaning: "the unit whose count it is (Ban Dân tộc)"),
    ColumnSpec(
      "hinh_thuc", "Hình thức",
      aliases: [
        "award", "danh hiệu", "hình thức khen thưởng", "danh hiệu thi đua", "hình thức, danh hiệu",
        "danh hiệu, hình thức", "khen thưởng",
      ], required: true, meaning: "the award form or title (Giấy khen, BK UBND tỉnh, LĐTT)"),
    ColumnSpec(
      "doi_tuong", "Đối tượng", aliases: ["kind", "recipient", "loại", "loại đối tượng"],
      required: true, meaning: "tập thể, cá nhân or hộ gia đình"),
    ColumnSpec(
      "so_luong", "Số lượng", aliases: ["count", "SL", "số"], required: true,
      meaning: "how many (a whole number; 1.234 is one thousand two hundred thirty-four)"),
    ColumnSpec(
      "tham_quyen", "Thẩm quyền",
      aliases: [
        "authority", "cấp khen", "cấp quyết định", "người quyết định", "cơ quan quyết định",
        "cấp khen thưởng",
      ],
      meaning: "who decides or is asked (Trưởng Ban, Chủ tịch UBND tỉnh); empty: the award's "
        + "authority, or the unit's head from the units file"),
    ColumnSpec(
      "trang_thai", "Trạng thái", aliases: ["status", "tình trạng", "kết quả"],
      meaning: "đã khen (awarded), đề nghị (proposed) or đang lựa chọn (being selected); "
        + "empty: awarded"),
    ColumnSpec(
      "phong_trao", "Phong trào", aliases: ["movement", "phong trào thi đua"],
      meaning: "the emulation movement"),
    ColumnSpec(
      "dip", "Dịp", aliases: ["occasion", "dịp khen thưởng", "hội nghị"],
      meaning: "the occasion (a conference, an anniversary)"),
    ColumnSpec(
      "thanh_tich", "Thành tích", aliases: ["achievement", "lý do", "nội dung"],
      meaning: "what the award is for"),
    ColumnSpec("ghi_chu", "Ghi chú", aliases: ["note", "notes"], meaning: "a note, not checked"),
  ]

  static let nomineeColumns: [ColumnSpec] = [
    ColumnSpec(
      "ma", "Mã", aliases: ["id", "mã số", "mã cá nhân", "mã đối tượng", "mã cán bộ"],
      required: true, meaning: "a stable id, the same every year (CN001)"),
    ColumnSpec("nam", "Năm", aliases: ["year"], required: true, meaning: "the year"),
    ColumnSpec(
      "ho_ten", "Họ và tên",
      aliases: [
        "name", "họ tên", "tên", "tên tập thể", "tên cá nhân", "họ và tên, tên tập thể",
      ], required: true, meaning: "the person's or collective's name"),
    ColumnSpec(
      "doi_tuong", "Đối tượng", aliases: ["kind", "loại"], required: true,
      meaning: "cá nhân, tập thể or hộ gia đình"),
    ColumnSpec(
      "don_vi", "Đơn vị", aliases: ["unit", "phòng", "đơn vị công tác", "cơ quan"],
      required: true,
      meaning: "the unit the nominee belongs to; a person's is the collective that counts them"),
    ColumnSpec("chuc_vu", "Chức vụ", aliases: ["position", "chức danh"], meaning: "the position"),
    ColumnSpec(
      "quan_ly", "Quản lý",
      aliases: [
        "manager", "lãnh đạo", "giữ chức vụ quản lý", "chức vụ quản lý", "lãnh đạo quản lý",
      ], meaning: "whether it is a managing post: x, có, 1 (yes) or empty, không, 0 (no)"),
    ColumnSpec(
      "gioi_tinh", "Giới tính", aliases: ["sex", "gender", "nam/nữ"],
      meaning: "Nam or Nữ"),
    ColumnSpec(
      "xep_loai", "Xếp loại",
      aliases: [
        "rating", "đánh giá", "mức độ hoàn thành nhiệm vụ", "xếp loại nhiệm vụ",
        "mức độ hoàn thành",
        "xếp loại đánh giá",
      ], meaning: "HTXSNV, HTTNV, HTNV or KHTNV"),
    ColumnSpec(
      "danh_hieu", "Danh hiệu",
      aliases: [
        "received", "titles", "awards", "khen thưởng", "danh hiệu, khen thưởng", "đã đạt",
        "danh hiệu đạt được", "danh hiệu thi đua",
      ], meaning: "titles and awards received that year, separated by ; (LĐTT; Giấy khen)"),
    ColumnSpec(
      "sang_kien_co_so", "Sáng kiến cấp cơ sở",
      aliases: [
        "sáng kiến", "sáng kiến cơ sở", "initiatives",
      ], meaning: "initiatives recognised at cơ sở level that year (a count)"),
    ColumnSpec(
      "sang_kien_cap_tinh", "Sáng kiến cấp tỉnh",
      aliases: [
        "sáng kiến cấp bộ", "sáng kiến cấp bộ, tỉnh", "sáng kiến tỉnh",
      ], meaning: "initiatives with ministry- or province-wide effect (a count)"),
    ColumnSpec(
      "sang_kien_toan_quoc", "Sáng kiến toàn quốc", aliases: ["sáng kiến cấp toàn quốc"],
      meaning: "initiatives with nationwide effect (a count)"),
    ColumnSpec(
      "ky_luat", "Kỷ luật", aliases: ["discipline", "hình thức kỷ luật"],
      meaning: "discipline that year: khiển trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, "
        + "buộc thôi việc; empty or không for none"),
    ColumnSpec(
      "dang_xem_xet", "Đang xem xét",
      aliases: [
        "pending", "đang xử lý", "vụ việc", "đang bị xem xét", "đang xem xét kỷ luật",
      ], meaning: "a pending case (discipline, investigation, complaint); empty or không for none"),
    ColumnSpec(
      "de_nghi", "Đề nghị",
      aliases: [
        "proposed", "đề nghị khen thưởng", "đề xuất", "hình thức đề nghị", "danh hiệu đề nghị",
      ], meaning: "awards proposed for that year, separated by ;"),
    ColumnSpec("ghi_chu", "Ghi chú", aliases: ["note", "notes"], meaning: "a note, not checked"),
  ]

  static let unitColumns: [ColumnSpec] = [
    ColumnSpec(
      "ten", "Tên đơn vị", aliases: ["name", "đơn vị", "tên", "cơ quan"], required: true,
      meaning: "the unit's name (Ban Dân tộc)"),
    ColumnSpec(
      "co_quan_chu_quan", "Cơ quan chủ quản",
      aliases: [
        "governing body", "cơ quan cấp trên", "chủ quản", "cấp trên",
      ], meaning: "the governing body printed above it (UBND tỉnh Khánh Hòa)"),
    ColumnSpec(
      "ky_hieu", "Ký hiệu", aliases: ["symbol", "viết tắt", "ký hiệu văn bản"],
      required: true, meaning: "the symbol in document numbers (BDT, UBND-NCPC)"),
    ColumnSpec(
      "dia_danh", "Địa danh", aliases: ["place", "nơi ban hành"], required: true,
      meaning: "the place name of the date line (Khánh Hòa)"),
    ColumnSpec(
      "chuc_danh", "Chức danh thủ trưởng",
      aliases: [
        "head title", "chức danh", "chức vụ thủ trưởng", "chức danh người đứng đầu",
      ], meaning: "the head's title (Trưởng Ban)"),
    ColumnSpec(
      "thu_truong", "Thủ trưởng",
      aliases: [
        "head name", "người đứng đầu", "họ tên thủ trưởng", "tên thủ trưởng",
      ], meaning: "the head's name (Võ Nam Thắng)"),
  ]
}
