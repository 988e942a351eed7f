import OfficeFixtures
import OfficeTemplates
import TemplateLanguage
import XCTest

/// Every Vietnamese filter used in one document, as an author writes them.
final class VietnameseFiltersInDocumentTests: XCTestCase {
  private let context: Value = [
    "tap_the": 3, "ca_nhan": 16, "luong": 2_340_000, "he_so": 4.5, "thuong": 1_800_000,
    "ngay": "2021-02-05", "ngay_ky": "2023-03-27", "so": 16, "muc": 4, "diem": 5,
    "phong_trao": ["Dân vận khéo", "Xanh - Sạch - Đẹp", "Học tập suốt đời"],
    "nguoi": ["Đặng Văn Tuấn", "Nguyễn Thị An", "Võ Nam Thắng", "Lê Văn Bình"],
  ]

  func testEveryVietnameseFilterWritesWhatDecree30Asks() throws {
    let lines: [(String, String)] = [
      (
        "{{ tap_the | hai_so }} tập thể và {{ ca_nhan | pad2 }} cá nhân", "03 tập thể và 16 cá nhân"
      ),
      ("{{ luong | so }}; {{ he_so | number }}; {{ he_so | so(2) }}", "2.340.000; 4,5; 4,50"),
      ("{{ luong | so_tien }}", "2.340.000 đồng"),
      (
        "{{ 21 | bang_chu }}; {{ 105 | words }}; {{ 24 | bang_chu(tu=true) }}",
        "hai mươi mốt; một trăm linh năm; hai mươi tư"
      ),
      ("{{ thuong | tien_bang_chu }}", "Một triệu tám trăm nghìn đồng chẵn"),
      ("{{ thuong | tien_day_du }}", "1.800.000 đồng (Một triệu tám trăm nghìn đồng chẵn)"),
      ("{{ ngay | ngay_thang_nam }}", "ngày 05 tháng 02 năm 2021"),
      ("{{ ngay_ky | long_date('Khánh Hòa') }}", "Khánh Hòa, ngày 27 tháng 3 năm 2023"),
      (
        "{{ 2023 | ngay_trong(thang=4, noi='Bình Phước') }}", "Bình Phước, ngày    tháng 4 năm 2023"
      ),
      (
        "ngày {{ '2021-04-21' | ngay_ngan }}, {{ '2016-09-08' | short_date }}",
        "ngày 21/4/2021, 08/9/2016"
      ),
      (
        "giai đoạn {{ 2021 | giai_doan(2025) }}; {{ 2023 | year_range(2025, ' – ') }}",
        "giai đoạn 2021-2025; 2023 – 2025"
      ),
      ("{{ so | so_ky_hieu('Kế hoạch', 'BDT') }}", "Số: 16/KH-BDT"),
      ("{{ 5 | doc_number('Công văn', 'UBND', 'NCPC') }}", "Số: 05/UBND-NCPC"),
      ("{{ none | so_ky_hieu('Kế hoạch', 'BDT') }}", "Số:    /KH-BDT"),
      ("Kế hoạch số {{ 12065 | ky_hieu('Kế hoạch', 'UBND') }}", "Kế hoạch số 12065/KH-UBND"),
      ("{{ 'Tờ trình' | viet_tat }}", "TTr"),
      (
        "{{ muc | la_ma }}. {{ diem | chu_cai }}) {{ 7 | letter }}) {{ 18 | roman }}",
        "IV. đ) g) XVIII"
      ),
      ("{{ phong_trao | noi_danh_sach }}", "Dân vận khéo, Xanh - Sạch - Đẹp và Học tập suốt đời"),
      (
        "{{ nguoi | sap_xep_ten | join('; ') }}",
        "Nguyễn Thị An; Lê Văn Bình; Võ Nam Thắng; Đặng Văn Tuấn"
      ),
      (
        "{{ 'báo cáo' | hoa }} {{ 'ĐỒNG' | thuong }} {{ 'đặng văn tuấn' | hoa_dau }}",
        "BÁO CÁO đồng Đặng Văn Tuấn"
      ),
      ("{{ 'sơ kết công tác Ban Dân tộc' | hoa_chu_dau }}", "Sơ kết công tác Ban Dân tộc"),
      ("{{ 'Khánh Hòa' | dau_kieu('moi') }} {{ 'thuỷ' | tone_style('cu') }}", "Khánh Hoà thủy"),
      ("{{ luong | tien_thuong('0,3') | so }}", "710.000"),
    ]
    let template = try CompiledTemplate(
      bytes: DocxFixture.make(body: lines.map { p($0.0) }.joined()))
    let doc = try RenderedDocument(template.render(context), format: .docx)
    XCTAssertEqual(try doc.paragraphs(), lines.map(\.1))
  }

  private func renderError(_ tag: String) throws -> TemplateDiagnostic {
    let template = try CompiledTemplate(
      bytes: DocxFixture.make(body: p("Mở đầu") + p("Giá trị: \(tag)")))
    do {
      _ = try template.render(context)
    } catch {
      guard case .template(let errors) = error, let first = errors.diagnostics.first else {
        throw XCTSkip("unexpected \(error)")
      }
      return first
    }
    XCTFail("\(tag) should fail")
    throw XCTSkip("no error")
  }

  func testAMonthThirteenIsAnErrorAtItsTag() throws {
    let error = try renderError("{{ '2023-13-01' | ngay_thang_nam }}")
    XCTAssertEqual(error.location.paragraph, 2)
    XCTAssertEqual(error.location.excerpt, "Giá trị: ⟦{{ '2023-13-01' | ngay_thang_nam }}⟧")
    guard case .filterFailed(let filter, let detail) = error.problem else {
      return XCTFail("\(error)")
    }
    XCTAssertEqual(filter, "ngay_thang_nam")
    XCTAssertTrue(detail.contains("13"), detail)
  }

  func testANegativeCountIsAnError() throws {
    let error = try renderError("{{ -1 | hai_so }}")
    guard case .filterFailed("hai_so", _) = error.problem else { return XCTFail("\(error)") }
  }

  func testALetterPastYIsAnError() throws {
    let error = try renderError("{{ 24 | chu_cai }}")
    guard case .filterFailed("chu_cai", let detail) = error.problem else {
      return XCTFail("\(error)")
    }
    XCTAssertTrue(detail.contains("y"), detail)
  }

  func testANameWithNoLettersCannotBeSorted() throws {
    let error = try renderError("{{ ['123'] | sap_xep_ten }}")
    guard case .filterFailed("sap_xep_ten", _) = error.problem else { return XCTFail("\(error)") }
  }
}
