import Testing
import VietnameseText

@Suite struct VietnameseCaseTests {
  static let lower =
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
  static let upper =
    "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ"

  @Test func everyVietnameseLetterWithEveryToneChangesCase() {
    #expect(VietnameseCase.uppercased(Self.lower) == Self.upper)
    #expect(VietnameseCase.lowercased(Self.upper) == Self.lower)
    // The standard library's Unicode mapping agrees letter by letter.
    #expect(Self.lower.uppercased() == Self.upper)
  }

  @Test func wordsAndNamesChangeCase() {
    let cases = [
      ("báo cáo", "BÁO CÁO"), ("ủy ban nhân dân tỉnh khánh hòa", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"),
      ("độc lập - tự do - hạnh phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
      ("cộng hòa xã hội chủ nghĩa việt nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
      ("số 16/kh-bdt", "SỐ 16/KH-BDT"),
    ]
    for (lower, upper) in cases {
      #expect(VietnameseCase.uppercased(lower) == upper)
      #expect(VietnameseCase.lowercased(upper) == lower)
    }
  }

  @Test func titleCaseCapitalisesEachWord() {
    #expect(VietnameseCase.titlecased("đặng văn tuấn") == "Đặng Văn Tuấn")
    #expect(VietnameseCase.titlecased("ĐẶNG VĂN TUẤN") == "Đặng Văn Tuấn")
    #expect(VietnameseCase.titlecased("nguyễn thị ánh  tuyết") == "Nguyễn Thị Ánh  Tuyết")
    #expect(VietnameseCase.titlecased("bà rịa-vũng tàu") == "Bà Rịa-Vũng Tàu")
    #expect(VietnameseCase.titlecased("h'hen niê") == "H'Hen Niê")
    #expect(VietnameseCase.titlecased("ích, ưng, ỷ") == "Ích, Ưng, Ỷ")
  }

  @Test func decomposedInputComesOutComposed() {
    #expect(VietnameseCase.uppercased("ba\u{0301}o ca\u{0301}o") == "BÁO CÁO")
    #expect(VietnameseCase.uppercased("ba\u{0301}o ca\u{0301}o").unicodeScalars.count == 7)
    #expect(VietnameseCase.lowercased("Ê\u{0323}") == "ệ")
  }

  @Test func otherScriptsUseTheUnicodeDefaultMapping() {
    #expect(VietnameseCase.uppercased("straße ñ é ü") == "STRASSE Ñ É Ü")
    #expect(VietnameseCase.lowercased("ΑΒΓ") == "αβγ")
  }

  @Test func onlyTheFirstLetterIsCapitalisedOnRequest() {
    #expect(VietnameseCase.capitalizingFirstLetter("một triệu đồng") == "Một triệu đồng")
    #expect(VietnameseCase.capitalizingFirstLetter("(ấn định)") == "(Ấn định)")
    #expect(VietnameseCase.capitalizingFirstLetter("") == "")
  }
}
