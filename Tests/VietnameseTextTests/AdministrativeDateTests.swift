import Testing
import VietnameseText

@Suite struct AdministrativeDateTests {
  @Test func theLongFormPadsDaysBelowTenAndOnlyJanuaryAndFebruary() throws {
    let cases = [
      ("2021-02-05", "ngày 05 tháng 02 năm 2021"), ("2021-11-09", "ngày 09 tháng 11 năm 2021"),
      ("2023-03-27", "ngày 27 tháng 3 năm 2023"), ("2020-01-05", "ngày 05 tháng 01 năm 2020"),
      ("2023-06-29", "ngày 29 tháng 6 năm 2023"), ("2022-06-15", "ngày 15 tháng 6 năm 2022"),
      ("2024-12-31", "ngày 31 tháng 12 năm 2024"), ("2024-10-01", "ngày 01 tháng 10 năm 2024"),
    ]
    for (iso, text) in cases {
      #expect(AdministrativeDate.long(try CalendarDate(iso: iso)) == text)
    }
  }

  @Test func thePlaceAndDateLineOfDecree30() throws {
    #expect(
      AdministrativeDate.placeAndDate("Hà Nội", try CalendarDate(iso: "2020-01-05"))
        == "Hà Nội, ngày 05 tháng 01 năm 2020")
    #expect(
      AdministrativeDate.placeAndDate("Khánh Hòa", try CalendarDate(iso: "2023-06-29"))
        == "Khánh Hòa, ngày 29 tháng 6 năm 2023")
  }

  @Test func theShortFormUsesTheSamePaddingRule() throws {
    let cases = [
      ("2021-04-21", "21/4/2021"), ("2016-09-08", "08/9/2016"), ("2023-01-04", "04/01/2023"),
      ("2023-02-08", "08/02/2023"), ("2021-12-31", "31/12/2021"),
    ]
    for (iso, text) in cases {
      #expect(AdministrativeDate.short(try CalendarDate(iso: iso)) == text)
    }
    #expect(
      AdministrativeDate.short(try CalendarDate(iso: "2021-03-15"), padding: .full) == "15/03/2021")
  }

  @Test func aDraftLeavesTheMissingPartsBlank() throws {
    #expect(
      try AdministrativeDate.long(year: 2023, month: 4, day: nil) == "ngày    tháng 4 năm 2023")
    #expect(
      try AdministrativeDate.long(year: 2023, month: nil, day: nil) == "ngày    tháng    năm 2023")
    #expect(
      try AdministrativeDate.long(year: 2021, month: 2, day: nil, blank: " … ")
        == "ngày … tháng 02 năm 2021")
    #expect(
      try AdministrativeDate.long(year: 2021, month: 2, day: 5) == "ngày 05 tháng 02 năm 2021")
    #expect(
      try AdministrativeDate.placeAndDate("Bình Phước", year: 2023, month: 4, day: nil)
        == "Bình Phước, ngày    tháng 4 năm 2023")
  }

  @Test func aDraftStillRejectsImpossibleParts() {
    #expect(throws: VietnameseTextError.self) {
      try AdministrativeDate.long(year: 2023, month: 13, day: nil)
    }
    #expect(throws: VietnameseTextError.self) {
      try AdministrativeDate.long(year: 2023, month: nil, day: 32)
    }
    #expect(throws: VietnameseTextError.self) {
      try AdministrativeDate.long(year: 2023, month: 2, day: 29)
    }
  }

  @Test func periodsAreWrittenWithTheChosenSeparator() throws {
    #expect(try AdministrativeDate.yearRange(2021, 2025) == "2021-2025")
    #expect(try AdministrativeDate.yearRange(2023, 2025, separator: .spacedEnDash) == "2023 – 2025")
    #expect(try AdministrativeDate.yearRange(2022, 2025, separator: .spacedHyphen) == "2022 - 2025")
    #expect(try AdministrativeDate.yearRange(2023, 2023) == "2023-2023")
    #expect(throws: VietnameseTextError.self) { try AdministrativeDate.yearRange(2025, 2021) }
    #expect(YearRangeSeparator(rawValue: " – ") == .spacedEnDash)
  }
}
