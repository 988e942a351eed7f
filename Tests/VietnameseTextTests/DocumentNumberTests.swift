import Foundation
import Testing
import VietnameseText

@Suite struct DocumentNumberTests {
  @Test func theNumberLineJoinsNumberTypeAndIssuer() throws {
    #expect(
      try DocumentNumber(number: 16, typeName: "Kế hoạch", issuer: "BDT").line() == "Số: 16/KH-BDT")
    #expect(
      try DocumentNumber(number: 5, typeName: "Kế hoạch", issuer: "BDT").line() == "Số: 05/KH-BDT")
    #expect(try DocumentNumber(number: 12, type: .baoCao, issuer: "BDT").line() == "Số: 12/BC-BDT")
    #expect(
      try DocumentNumber(number: 3, type: .toTrinh, issuer: "UBND").line() == "Số: 03/TTr-UBND")
  }

  @Test func aCongVanHasNoTypeAbbreviation() throws {
    #expect(
      try DocumentNumber(number: 5, typeName: "Công văn", issuer: "UBND", unit: "NCPC").line()
        == "Số: 05/UBND-NCPC")
  }

  @Test func aDraftWithoutNumberShowsABlank() throws {
    #expect(
      try DocumentNumber(number: nil, typeName: "Kế hoạch", issuer: "BDT").line()
        == "Số:    /KH-BDT")
    #expect(
      try DocumentNumber(number: nil, type: .keHoach, issuer: "BDT").line(blank: "…")
        == "Số:…/KH-BDT")
  }

  @Test func badPartsAreErrors() {
    #expect(throws: VietnameseTextError.self) {
      try DocumentNumber(number: 0, typeName: "Kế hoạch", issuer: "BDT")
    }
    #expect(throws: VietnameseTextError.self) {
      try DocumentNumber(number: -2, typeName: "Kế hoạch", issuer: "BDT")
    }
    #expect(throws: VietnameseTextError.self) {
      try DocumentNumber(number: 1, typeName: "Kế hoạch", issuer: "  ")
    }
    #expect(throws: VietnameseTextError.self) {
      try DocumentNumber(number: 1, typeName: "Thư ngỏ", issuer: "BDT")
    }
  }

  @Test func everyTypeOfPhuLucIIIHasItsAbbreviation() throws {
    let table: [(String, String?)] = [
      ("Nghị quyết", "NQ"), ("Quyết định", "QĐ"), ("Chỉ thị", "CT"), ("Quy chế", "QC"),
      ("Quy định", "QyĐ"), ("Thông cáo", "TC"), ("Thông báo", "TB"), ("Hướng dẫn", "HD"),
      ("Chương trình", "CTr"), ("Kế hoạch", "KH"), ("Phương án", "PA"), ("Đề án", "ĐA"),
      ("Dự án", "DA"), ("Báo cáo", "BC"), ("Biên bản", "BB"), ("Tờ trình", "TTr"),
      ("Hợp đồng", "HĐ"), ("Công điện", "CĐ"), ("Bản ghi nhớ", "BGN"),
      ("Bản thỏa thuận", "BTT"), ("Giấy ủy quyền", "GUQ"), ("Giấy mời", "GM"),
      ("Giấy giới thiệu", "GGT"), ("Giấy nghỉ phép", "GNP"), ("Phiếu gửi", "PG"),
      ("Phiếu chuyển", "PC"), ("Phiếu báo", "PB"), ("Công văn", nil),
    ]
    #expect(table.count == DocumentType.allCases.count)
    for (name, abbreviation) in table {
      #expect(try DocumentType.abbreviation(forName: name) == abbreviation, "\(name)")
      #expect(try DocumentType(name: name).name == name)
    }
  }

  @Test func theTypeIsFoundWhateverTheCaseAndMarks() throws {
    for name in [
      "Kế hoạch", "KẾ HOẠCH", "ke hoach", "Kế Hoạch", " kế  hoạch ",
      "Ke\u{0302}\u{0301} hoa\u{0323}ch",
    ] {
      #expect(try DocumentType.abbreviation(forName: name) == "KH", "\(name)")
    }
    #expect(try DocumentType.abbreviation(forName: "Bản thoả thuận") == "BTT")
    #expect(try DocumentType.abbreviation(forName: "Giấy uỷ quyền") == "GUQ")
    #expect(try DocumentType.abbreviation(forName: "TỜ TRÌNH") == "TTr")
  }

  @Test func anUnknownTypeListsTheKnownOnes() {
    do {
      _ = try DocumentType(name: "Thư ngỏ")
      Issue.record("an unknown type was accepted")
    } catch {
      #expect(error.vietnamese.contains("Kế hoạch"))
      #expect(error.english.contains("Thư ngỏ"))
    }
  }
}
