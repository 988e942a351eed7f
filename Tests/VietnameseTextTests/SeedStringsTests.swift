import Testing
import VietnameseText

/// Every date, count, period, “Số:” line and document citation that the five
/// seed documents (shared/seeds/000–004) show, produced by this module.
///
/// The seeds' text was extracted from Word files, which collapsed runs of
/// spaces; the blank forms of drafts are therefore compared with their
/// whitespace collapsed.
@Suite struct SeedStringsTests {
  /// Short dates in body text, with the seed that shows each.
  static let shortDates: [(seed: String, text: String, y: Int, m: Int, d: Int)] = [
    ("000", "21/4/2021", 2021, 4, 21), ("000", "10/3/2023", 2023, 3, 10),
    ("000", "21/4/2023", 2023, 4, 21), ("000", "15/5/2016", 2016, 5, 15),
    ("000", "08/9/2016", 2016, 9, 8), ("000", "05/9/2016", 2016, 9, 5),
    ("000", "11/10/2021", 2021, 10, 11), ("000", "18/5/2021", 2021, 5, 18),
    ("000", "04/01/2023", 2023, 1, 4), ("000", "08/02/2023", 2023, 2, 8),
    ("000", "26/11/2021", 2021, 11, 26), ("000", "27/3/2023", 2023, 3, 27),
    ("000", "31/12/2021", 2021, 12, 31), ("000", "07/4/2014", 2014, 4, 7),
    ("000", "25/9/2014", 2014, 9, 25), ("001", "03/4/2023", 2023, 4, 3),
    ("001", "29/10/2021", 2021, 10, 29), ("002", "22/01/2021", 2021, 1, 22),
    ("002", "20/10/2016", 2016, 10, 20), ("002", "01/11/2021", 2021, 11, 1),
    ("002", "20/11/2021", 2021, 11, 20), ("003", "19/7/2021", 2021, 7, 19),
    ("003", "09/12/2022", 2022, 12, 9), ("004", "22/12/2020", 2020, 12, 22),
    ("004", "11/6/1948", 1948, 6, 11), ("004", "11/6/2023", 2023, 6, 11),
  ]

  @Test func everyShortDateOfTheSeedsFollowsTheDecreePadding() throws {
    for (seed, text, y, m, d) in Self.shortDates {
      let date = try CalendarDate(year: y, month: m, day: d)
      #expect(AdministrativeDate.short(date) == text, "seed \(seed)")
      #expect(try CalendarDate(iso: text) == date, "seed \(seed)")
    }
  }

  @Test func seed002WritesOneDeadlineWithBothDigitsPadded() throws {
    // “trước ngày 15/03/2021”: month 3 padded, unlike the decree rule.
    let date = try CalendarDate(year: 2021, month: 3, day: 15)
    #expect("ngày " + AdministrativeDate.short(date, padding: .full) == "ngày 15/03/2021")
  }

  @Test func seed004WritesADateRangeFromTwoShortDates() throws {
    let from = try CalendarDate(iso: "1948-06-11")
    let to = try CalendarDate(iso: "2023-06-11")
    #expect(
      AdministrativeDate.short(from) + "-" + AdministrativeDate.short(to)
        == "11/6/1948-11/6/2023")
  }

  @Test func thePlaceAndDateLinesOfTheSeedsAreProduced() throws {
    // Seed 000's header is missing; its date, 27/3/2023, is in the body.
    #expect(
      AdministrativeDate.placeAndDate("Khánh Hòa", try CalendarDate(iso: "2023-03-27"))
        == "Khánh Hòa, ngày 27 tháng 3 năm 2023")
    #expect(
      collapsed(
        try AdministrativeDate.placeAndDate(
          "Bình Phước", year: 2023, month: 4, day: nil))
        == "Bình Phước, ngày tháng 4 năm 2023")
    #expect(
      collapsed(
        try AdministrativeDate.placeAndDate(
          "Bắc Kạn", year: 2023, month: nil, day: nil))
        == "Bắc Kạn, ngày tháng năm 2023")
    #expect(
      collapsed(
        try AdministrativeDate.placeAndDate(
          "Ninh Thuận", year: 2021, month: nil, day: nil))
        == "Ninh Thuận, ngày tháng năm 2021")
  }

  @Test func theNumberLinesOfTheSeedsAreProduced() throws {
    #expect(
      collapsed(
        try DocumentNumber(number: nil, typeName: "Công văn", issuer: "UBND", unit: "NCPC").line())
        == "Số: /UBND-NCPC")
    #expect(
      collapsed(try DocumentNumber(number: nil, typeName: "Kế hoạch", issuer: "UBND").line())
        == "Số: /KH-UBND")
    // Seed 001 puts spaces around the hyphen, which Decree 30 forbids; built
    // from its parts the symbol is “KH-BDT”, and the seed's own symbol can
    // still be given verbatim.
    #expect(
      collapsed(try DocumentNumber(number: nil, typeName: "Kế hoạch", issuer: "BDT").line())
        == "Số: /KH-BDT")
    #expect(
      collapsed(try DocumentNumber(number: nil, symbol: "KH - BDT").line())
        == "Số: /KH - BDT")
  }

  /// “<type> số <number>/<symbol>” citations in the seeds' bodies.
  static let citations: [(seed: String, text: String, number: Int, type: String, issuer: String)] =
    [
      ("000", "12065/KH-UBND", 12065, "Kế hoạch", "UBND"),
      ("000", "2202/KH-UBND", 2202, "Kế hoạch", "UBND"),
      ("000", "3864/HD-UBND", 3864, "Hướng dẫn", "UBND"),
      ("000", "27/CT-TTg", 27, "Chỉ thị", "TTg"),
      ("000", "979/KH-UBND", 979, "Kế hoạch", "UBND"),
      ("000", "87/KH-BDT", 87, "Kế hoạch", "BDT"),
      ("000", "16/KH-BDT", 16, "Kế hoạch", "BDT"),
      ("001", "113/KH-UBND", 113, "Kế hoạch", "UBND"),
      ("001", "39/KH-BDT", 39, "Kế hoạch", "BDT"),
      ("002", "04/CT-UBND", 4, "Chỉ thị", "UBND"),
      ("002", "26/CT-TTg", 26, "Chỉ thị", "TTg"),
      ("003", "458/KH-UBND", 458, "Kế hoạch", "UBND"),
      ("003", "1526/QĐ-TTg", 1526, "Quyết định", "TTg"),
      ("004", "4614/KH-UBND", 4614, "Kế hoạch", "UBND"),
    ]

  @Test func everyDocumentCitedInTheSeedsHasItsNumberAndSymbol() throws {
    for (seed, text, number, type, issuer) in Self.citations {
      let cited = try DocumentNumber(number: number, typeName: type, issuer: issuer)
      #expect(cited.numberAndSymbol() == text, "seed \(seed)")
    }
    #expect(
      try DocumentNumber(number: 16, typeName: "Kế hoạch", issuer: "BDT").line()
        == "Số: 16/KH-BDT")
  }

  @Test func theCountsOfSeed000ArePaddedBelowTen() throws {
    func c(_ n: Int) throws -> String { try VietnameseNumber.paddedCount(n) }
    #expect("\(try c(3)) tập thể và \(try c(16)) cá nhân" == "03 tập thể và 16 cá nhân")
    #expect("\(try c(4)) tập thể và \(try c(3)) cá nhân" == "04 tập thể và 03 cá nhân")
    #expect("\(try c(1)) cá nhân" == "01 cá nhân")
    #expect("\(try c(2)) tập thể và \(try c(1)) cá nhân" == "02 tập thể và 01 cá nhân")
    #expect("\(try c(15)) cá nhân" == "15 cá nhân")
    #expect("\(try c(3)) tập thể và \(try c(14)) cá nhân" == "03 tập thể và 14 cá nhân")
    #expect("\(try c(3)) đại biểu" == "03 đại biểu")
    // Seed 004: “Hội nghị điển hình tiên tiến 05 năm”, but “kỷ niệm 75 năm”
    // and the plan's name “Kế hoạch 5 năm”, which is a name, not a count.
    #expect("\(try c(5)) năm" == "05 năm")
    #expect("\(try c(75)) năm" == "75 năm")
    #expect("Kế hoạch \(VietnameseNumber.formatted(5)) năm" == "Kế hoạch 5 năm")
  }

  @Test func everyPeriodOfTheSeedsIsProducedWithTheAuthorsSeparator() throws {
    let cases: [(String, Int, Int, YearRangeSeparator)] = [
      ("2023-2025", 2023, 2025, .hyphen), ("2021-2025", 2021, 2025, .hyphen),
      ("2021-2023", 2021, 2023, .hyphen),
      ("2019 – 2022", 2019, 2022, .spacedEnDash),
      ("2021 – 2025", 2021, 2025, .spacedEnDash),
      ("2023 – 2025", 2023, 2025, .spacedEnDash),
      ("2020 - 2025", 2020, 2025, .spacedHyphen),
      ("2021 - 2023", 2021, 2023, .spacedHyphen),
      ("2021 - 2025", 2021, 2025, .spacedHyphen),
      ("2021 - 2026", 2021, 2026, .spacedHyphen),
      ("2021 - 2030", 2021, 2030, .spacedHyphen),
      ("2022 - 2025", 2022, 2025, .spacedHyphen),
    ]
    for (text, first, last, separator) in cases {
      #expect(try AdministrativeDate.yearRange(first, last, separator: separator) == text)
    }
    #expect(
      "giai đoạn " + (try AdministrativeDate.yearRange(2021, 2025)) == "giai đoạn 2021-2025")
  }

  @Test func theRomanNumeralsOfTheSeedsAreProduced() throws {
    // Parts “I.”–“III.”, “Quý I, II”, “lần thứ XIV”, “khóa XV”, …
    let cases = [
      (1, "I"), (2, "II"), (3, "III"), (4, "IV"), (7, "VII"), (8, "VIII"),
      (12, "XII"), (13, "XIII"), (14, "XIV"), (15, "XV"), (18, "XVIII"),
    ]
    for (number, text) in cases { #expect(try Enumeration.roman(number) == text) }
  }

  @Test func thePointLettersOfSeed004AreProduced() throws {
    // Seed 004 uses a) to h), then k) (it skips i); seed 001 uses đ).
    let letters = try (1...8).map { try Enumeration.letter($0) }
    #expect(letters == ["a", "b", "c", "d", "đ", "e", "g", "h"])
    #expect(try Enumeration.letter(10) == "k")
  }

  @Test func theSectionHeadingsOfTheSeedsAreUpperCase() throws {
    let cases = [
      ("Báo cáo", "BÁO CÁO"), ("Kế hoạch", "KẾ HOẠCH"),
      ("Mục đích, yêu cầu", "MỤC ĐÍCH, YÊU CẦU"),
      ("Phạm vi và thời gian thực hiện", "PHẠM VI VÀ THỜI GIAN THỰC HIỆN"),
      ("Nhiệm vụ và giải pháp chủ yếu", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU"),
      ("Nội dung, phương thức", "NỘI DUNG, PHƯƠNG THỨC"),
      ("Tổ chức thực hiện", "TỔ CHỨC THỰC HIỆN"),
    ]
    for (text, upper) in cases {
      #expect(VietnameseCase.uppercased(text) == upper)
      #expect(VietnameseCase.lowercased(upper) == VietnameseCase.lowercased(text))
    }
    #expect(
      try Enumeration.roman(1) + ". " + VietnameseCase.uppercased("Mục đích, yêu cầu")
        == "I. MỤC ĐÍCH, YÊU CẦU")
  }

  @Test func seed002ListsTheMovementsWithSemicolons() {
    let movements = [
      "“Cả nước chung tay xây dựng nông thôn mới”",
      "“Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”",
      "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
      "“Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”",
    ]
    #expect(
      ProseList.join(movements)
        == "“Cả nước chung tay xây dựng nông thôn mới”; “Cả nước chung tay vì "
        + "người nghèo - không để ai bị bỏ lại phía sau”; “Toàn dân đoàn kết xây "
        + "dựng nông thôn mới, đô thị văn minh”; “Cán bộ, công chức, viên chức "
        + "thi đua thực hiện văn hóa công sở”")
  }

  @Test func seed002WritesKhanhHoaBothWaysAndTheyMatch() {
    #expect(
      ToneNormalization.matchingKey("tỉnh Khánh Hòa")
        == ToneNormalization.matchingKey("tỉnh Khánh Hoà"))
    #expect(ToneNormalization.placingTones("công nghiệp hoá", .old) == "công nghiệp hóa")
  }

  private func collapsed(_ text: String) -> String {
    text.split(separator: " ").joined(separator: " ")
  }
}
