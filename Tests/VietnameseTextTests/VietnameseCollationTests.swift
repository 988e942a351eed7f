import Testing
import VietnameseText

@Suite struct VietnameseCollationTests {
  @Test func lettersFollowTheVietnameseAlphabet() {
    #expect(
      VietnameseCollation.sorted([
        "y", "ư", "u", "ơ", "ô", "o", "ê", "e", "đ", "d", "b", "â", "ă", "a",
      ])
        == ["a", "ă", "â", "b", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư", "y"])
  }

  @Test func tonesAreOrderedNoneHuyenHoiNgaSacNang() {
    #expect(
      VietnameseCollation.sorted(["ạ", "á", "ã", "ả", "à", "a"]) == ["a", "à", "ả", "ã", "á", "ạ"])
    #expect(
      VietnameseCollation.sorted(["mạ", "má", "mã", "mả", "mà", "ma"]) == [
        "ma", "mà", "mả", "mã", "má", "mạ",
      ])
  }

  @Test func lettersDecideBeforeTonesAndTonesBeforeCase() {
    #expect(VietnameseCollation.sorted(["ăn", "ác"]) == ["ác", "ăn"])
    #expect(VietnameseCollation.sorted(["bác", "bà", "ba"]) == ["ba", "bà", "bác"])
    #expect(VietnameseCollation.sorted(["Ba", "bà", "ba"]) == ["ba", "Ba", "bà"])
    #expect(
      VietnameseCollation.sorted(["Đà Nẵng", "Dak Lak", "Cần Thơ", "An Giang", "Ân Thi"])
        == ["An Giang", "Ân Thi", "Cần Thơ", "Dak Lak", "Đà Nẵng"])
    #expect(VietnameseCollation.sorted(["Anh", "An Bình"]) == ["An Bình", "Anh"])
  }

  @Test func bothTonePlacementsSortAsEqual() {
    #expect(VietnameseCollation.sortKey("Hòa") == VietnameseCollation.sortKey("Hoà"))
    #expect(VietnameseCollation.sortKey("Ho\u{0300}a") == VietnameseCollation.sortKey("Hoà"))
    #expect(VietnameseCollation.sortKey("Hòa") < VietnameseCollation.sortKey("Hóa"))
  }

  @Test func theStringKeyKeepsTheOrder() {
    var generator = SplitMix64(seed: 42)
    let syllables = [
      "a", "ă", "Â", "ba", "bà", "Đào", "đạo", "dao", "hoà", "Hòa", "tuấn", "tuần", "12", "x-y",
      "z",
    ]
    for _ in 0..<2000 {
      let a = (0..<3).map { _ in syllables.randomElement(using: &generator) ?? "" }.joined(
        separator: " ")
      let b = (0..<3).map { _ in syllables.randomElement(using: &generator) ?? "" }.joined(
        separator: " ")
      let (ka, kb) = (VietnameseCollation.sortKey(a), VietnameseCollation.sortKey(b))
      #expect((ka < kb) == (ka.stringValue < kb.stringValue), "\(a) | \(b)")
      #expect((ka == kb) == (ka.stringValue == kb.stringValue), "\(a) | \(b)")
    }
  }
}
