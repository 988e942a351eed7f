/// The kinds of administrative document of Decree 30/2020, Phụ lục III,
/// with the abbreviation each uses in its number and symbol.
public enum DocumentType: String, Sendable, Hashable, CaseIterable {
  case nghiQuyet, quyetDinh, chiThi, quyChe, quyDinh, thongCao, thongBao
  case huongDan, chuongTrinh, keHoach, phuongAn, deAn, duAn, baoCao, bienBan
  case toTrinh, hopDong, congDien, banGhiNho, banThoaThuan, giayUyQuyen
  case giayMoi, giayGioiThieu, giayNghiPhep, phieuGui, phieuChuyen, phieuBao
  case congVan

  /// The name as documents write it: “Kế hoạch”.
  public var name: String {
    switch self {
    case .nghiQuyet: "Nghị quyết"
    case .quyetDinh: "Quyết định"
    case .chiThi: "Chỉ thị"
    case .quyChe: "Quy chế"
    case .quyDinh: "Quy định"
    case .thongCao: "Thông cáo"
    case .thongBao: "Thông báo"
    case .huongDan: "Hướng dẫn"
    case .chuongTrinh: "Chương trình"
    case .keHoach: "Kế hoạch"
    case .phuongAn: "Phương án"
    case .deAn: "Đề án"
    case .duAn: "Dự án"
    case .baoCao: "Báo cáo"
    case .bienBan: "Biên bản"
    case .toTrinh: "Tờ trình"
    case .hopDong: "Hợp đồng"
    case .congDien: "Công điện"
    case .banGhiNho: "Bản ghi nhớ"
    case .banThoaThuan: "Bản thỏa thuận"
    case .giayUyQuyen: "Giấy ủy quyền"
    case .giayMoi: "Giấy mời"
    case .giayGioiThieu: "Giấy giới thiệu"
    case .giayNghiPhep: "Giấy nghỉ phép"
    case .phieuGui: "Phiếu gửi"
    case .phieuChuyen: "Phiếu chuyển"
    case .phieuBao: "Phiếu báo"
    case .congVan: "Công văn"
    }
  }

  /// The abbreviation in the document's symbol (“KH” in “16/KH-BDT”); nil
  /// for a Công văn, whose symbol is the agency and the drafting unit.
  public var abbreviation: String? {
    switch self {
    case .nghiQuyet: "NQ"
    case .quyetDinh: "QĐ"
    case .chiThi: "CT"
    case .quyChe: "QC"
    case .quyDinh: "QyĐ"
    case .thongCao: "TC"
    case .thongBao: "TB"
    case .huongDan: "HD"
    case .chuongTrinh: "CTr"
    case .keHoach: "KH"
    case .phuongAn: "PA"
    case .deAn: "ĐA"
    case .duAn: "DA"
    case .baoCao: "BC"
    case .bienBan: "BB"
    case .toTrinh: "TTr"
    case .hopDong: "HĐ"
    case .congDien: "CĐ"
    case .banGhiNho: "BGN"
    case .banThoaThuan: "BTT"
    case .giayUyQuyen: "GUQ"
    case .giayMoi: "GM"
    case .giayGioiThieu: "GGT"
    case .giayNghiPhep: "GNP"
    case .phieuGui: "PG"
    case .phieuChuyen: "PC"
    case .phieuBao: "PB"
    case .congVan: nil
    }
  }

  // Keys without marks, so that “Kế hoạch”, “KẾ HOẠCH” and “ke hoach” all
  // find the type. No two type names collide once their marks are gone.
  private static let byKey: [String: DocumentType] = {
    var table: [String: DocumentType] = [:]
    for type in allCases {
      table[ToneNormalization.headerKey(type.name)] = type
    }
    return table
  }()

  /// The type a name stands for, whatever its case and marks: “Kế hoạch”,
  /// “KẾ HOẠCH”, “ke hoach” and “Bản thoả thuận” are all found. An unknown
  /// name is an error that lists the known ones.
  public init(name: String) throws(VietnameseTextError) {
    guard let type = Self.byKey[ToneNormalization.headerKey(name)] else {
      let known = Self.allCases.map(\.name).joined(separator: ", ")
      throw VietnameseTextError(
        vietnamese:
          "Không biết loại văn bản “\(name)”; hãy dùng một trong các loại: "
          + known + ".",
        english:
          "Unknown document type “\(name)”; use one of: " + known + ".")
    }
    self = type
  }

  /// The abbreviation of a type given by name: “Kế hoạch” → “KH”,
  /// “ke hoach” → “KH”, “Công văn” → nil.
  public static func abbreviation(forName name: String)
    throws(VietnameseTextError) -> String?
  {
    try DocumentType(name: name).abbreviation
  }
}
