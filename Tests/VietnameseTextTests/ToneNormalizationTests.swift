import Testing
import VietnameseText

@Suite struct ToneNormalizationTests {
  /// Old placement, new placement.
  static let pairs = [
    ("Khánh Hòa", "Khánh Hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("Ủy ban", "Uỷ ban"),
    ("hóa", "hoá"), ("THỦY", "THUỶ"), ("lòe loẹt", "loè loẹt"), ("Thúy Hòa", "Thuý Hoà"),
    ("chuyển hóa", "chuyển hoá"), ("tụy", "tuỵ"),
  ]

  @Test func tonesMoveBetweenOldAndNewPlacement() {
    for (old, new) in Self.pairs {
      #expect(ToneNormalization.placingTones(old, .new) == new)
      #expect(ToneNormalization.placingTones(new, .old) == old)
      #expect(ToneNormalization.placingTones(old, .old) == old)
      #expect(ToneNormalization.placingTones(new, .new) == new)
    }
  }

  @Test func syllablesThatAreTheSameInBothStylesStayAsTheyAre() {
    let text = "hoàn toàn quý quà quỳnh thuyết Huỳnh giữa hoa toán hoạch khuya ngoài hoẻn"
    #expect(ToneNormalization.placingTones(text, .new) == text)
    #expect(ToneNormalization.placingTones(text, .old) == text)
  }

  @Test func theMatchingKeyTreatsBothPlacementsCaseAndSpacingAsEqual() {
    for (old, new) in Self.pairs {
      #expect(ToneNormalization.matchingKey(old) == ToneNormalization.matchingKey(new))
    }
    #expect(
      ToneNormalization.matchingKey(" KHÁNH  HOÀ ") == ToneNormalization.matchingKey("Khánh Hòa"))
    #expect(ToneNormalization.matchingKey("Kha\u{0301}nh Ho\u{0300}a") == "khánh hoà")
    #expect(ToneNormalization.matchingKey("Hòa") != ToneNormalization.matchingKey("Hóa"))
    #expect(
      ToneNormalization.matchingKey("Ban Dân tộc") == ToneNormalization.matchingKey("Ban Dân Tộc"))
  }

  @Test func theHeaderKeyIgnoresMarksCaseAndSeparators() {
    for header in [
      "Số lượng", "so_luong", "SỐ LƯỢNG", " Số  lượng: ", "so-luong", "Sô\u{0301} lươ\u{0323}ng",
    ] {
      #expect(ToneNormalization.headerKey(header) == "so_luong", "\(header)")
    }
    #expect(ToneNormalization.headerKey("Đơn vị") == "don_vi")
    #expect(ToneNormalization.headerKey("Năm 2023") == "nam_2023")
  }

  @Test func nfcComposesDecomposedText() {
    #expect(ToneNormalization.nfc("Hoa\u{0300}") == "Hoà")
    #expect(ToneNormalization.nfc("Hoa\u{0300}").unicodeScalars.count == 3)
    #expect(ToneNormalization.nfc("đã có sẵn") == "đã có sẵn")
  }
}
