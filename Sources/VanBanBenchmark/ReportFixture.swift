import OfficeFixtures
import VanBan
import OrderedCollections

/// The representative report the benchmark renders: a Decree 30 header
/// table, about 40 placeholders in body text, a paragraph loop over years,
/// a 60-row table loop, a conditional paragraph, and a footer with a page
/// field.
enum ReportFixture {
  static func paragraph(_ text: String, bold: Bool = false, center: Bool = false) -> String {
    let pPr =
      center
      ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>"
      : "<w:pPr><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>"
    let rPr =
      "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>\(bold ? "<w:b/>" : "")<w:sz w:val=\"28\"/></w:rPr>"
    return "<w:p>\(pPr)<w:r>\(rPr)<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  static func cell(_ text: String, width: Int) -> String {
    "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>\(paragraph(text, center: true))</w:tc>"
  }

  static func row(_ cells: [String], widths: [Int]) -> String {
    "<w:tr>" + zip(cells, widths).map { cell($0, width: $1) }.joined() + "</w:tr>"
  }

  static func table(_ rows: [String], widths: [Int]) -> String {
    "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:insideH w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>"
      + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>" + rows.joined()
      + "</w:tbl>"
  }

  static var template: [UInt8] {
    let header = table(
      [
        row(
          ["{{ co_quan_chu_quan | upper }}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          widths: [3600, 5800]),
        row(["{{ co_quan | upper }}", "Độc lập - Tự do - Hạnh phúc"], widths: [3600, 5800]),
        row(
          [
            "Số: {{ so }}/BC-{{ ky_hieu }}",
            "{{ dia_danh }}, ngày {{ ngay }} tháng {{ thang }} năm {{ nam }}",
          ], widths: [3600, 5800]),
      ], widths: [3600, 5800])
    var body = header
    body += paragraph("BÁO CÁO", bold: true, center: true)
    body += paragraph(
      "Kết quả công tác thi đua, khen thưởng năm {{ nam }} của {{ co_quan }}", bold: true,
      center: true)
    for i in 1...8 {
      body += paragraph(
        "Đoạn \(i): {{ co_quan }} thực hiện {{ van_ban_\(i % 4) }} ngày {{ ngay_vb }} của {{ cap_tren }}, đạt {{ chi_tieu_\(i % 3) }} chỉ tiêu, {{ ket_qua }}; {{ danh_gia }}."
      )
    }
    body += paragraph("{%p for y in nam_hoc %}")
    body += paragraph(
      "Năm {{ y.nam }}: {{ y.nguoi_ky }} tặng Giấy khen đối với {{ y.tap_the }} tập thể và {{ y.ca_nhan }} cá nhân; đề nghị {{ y.cap_tren }} tặng Bằng khen đối với {{ y.bk_tap_the }} tập thể và {{ y.bk_ca_nhan }} cá nhân."
    )
    body += paragraph("{%p endfor %}")
    body += paragraph("{%p if co_de_xuat %}")
    body += paragraph("Đề xuất: {{ de_xuat }}")
    body += paragraph("{%p endif %}")
    let widths = [800, 3200, 2400, 2000, 1000]
    body += table(
      [
        row(["STT", "Họ và tên", "Chức vụ", "Hình thức", "Số tiền"], widths: widths),
        row(["{%tr for n in danh_sach %}", "", "", "", ""], widths: widths),
        row(
          [
            "{{ loop.index }}", "{{ n.ho_ten }}", "{{ n.chuc_vu }}", "{{ n.hinh_thuc }}",
            "{{ n.tien }}",
          ], widths: widths),
        row(["{%tr endfor %}", "", "", "", ""], widths: widths),
      ], widths: widths)
    body += paragraph(
      "Tổng số tiền: {{ tong_tien }} đồng; người ký: {{ nguoi_ky }}; chức vụ {{ chuc_vu_ky }}.")
    body += paragraph("{{ chuc_vu_ky | upper }}", bold: true, center: true)
    body += paragraph("{{ nguoi_ky }}", bold: true, center: true)
    let footer =
      "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{{ co_quan }} – trang </w:t></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
    return DocxFixture.make(body: body, footer: footer, coreTitle: "Báo cáo {{ nam }}")
  }

  static var context: Value {
    var c: [(String, Value)] = [
      ("co_quan_chu_quan", "UBND tỉnh Khánh Hòa"), ("co_quan", "Ban Dân tộc"), ("so", "16"),
      ("ky_hieu", "BDT"), ("dia_danh", "Khánh Hòa"), ("ngay", "27"), ("thang", "3"),
      ("nam", "2023"),
      ("ngay_vb", "21/4/2021"), ("cap_tren", "UBND tỉnh"), ("ket_qua", "hoàn thành tốt nhiệm vụ"),
      ("danh_gia", "được đánh giá cao <tốt> & đúng hạn"), ("co_de_xuat", true),
      ("de_xuat", "tặng Bằng khen cho 04 tập thể"), ("tong_tien", "12.340.000"),
      ("nguoi_ky", "Võ Nam Thắng"), ("chuc_vu_ky", "Trưởng Ban"),
    ]
    for i in 0..<4 { c.append(("van_ban_\(i)", .string("Kế hoạch số 1206\(i)/KH-UBND"))) }
    for i in 0..<3 { c.append(("chi_tieu_\(i)", .int(10 + i))) }
    c.append(
      (
        "nam_hoc",
        .list(
          (2021...2023).map { year in
            [
              "nam": .int(year), "nguoi_ky": "Trưởng Ban", "tap_the": "03", "ca_nhan": "16",
              "cap_tren": "Chủ tịch UBND tỉnh", "bk_tap_the": "04", "bk_ca_nhan": "03",
            ]
          })
      ))
    c.append(
      (
        "danh_sach",
        .list(
          (1...60).map { i in
            [
              "ho_ten": .string("Nguyễn Văn Người \(i)"), "chuc_vu": "Chuyên viên",
              "hinh_thuc": "Giấy khen", "tien": "702.000",
            ]
          })
      ))
    return .map(.init(uniqueKeysWithValues: c))
  }
}
