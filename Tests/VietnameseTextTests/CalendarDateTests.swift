import Foundation
import Testing
import VietnameseText

@Suite struct CalendarDateTests {
  @Test func theThreeWrittenFormsGiveTheSameDate() throws {
    let date = try CalendarDate(year: 2023, month: 3, day: 27)
    for text in ["2023-03-27", "27/03/2023", "27/3/2023", " 27/3/2023 "] {
      #expect(try CalendarDate(iso: text) == date, "\(text)")
    }
    #expect(date.iso == "2023-03-27")
    #expect(try CalendarDate(iso: "08/9/2016").iso == "2016-09-08")
  }

  @Test func impossibleDatesAreErrors() {
    let bad = [
      "2023-13-01", "2023-00-10", "31/4/2023", "29/2/2023", "2023-02-30", "0/1/2023",
      "2023-3-27", "27-03-2023", "2023/03/27", "abc", "", "27/3/23", "1/1/10000",
      "27/3/2023/1",
    ]
    for text in bad {
      #expect(throws: VietnameseTextError.self, "\(text)") { try CalendarDate(iso: text) }
    }
    #expect(throws: VietnameseTextError.self) { try CalendarDate(year: 2023, month: 13, day: 1) }
  }

  @Test func leapYearsFollowTheGregorianRule() throws {
    #expect(try CalendarDate(iso: "29/2/2024").day == 29)
    #expect(try CalendarDate(iso: "2000-02-29").day == 29)
    #expect(throws: VietnameseTextError.self) { try CalendarDate(iso: "1900-02-29") }
  }

  @Test func theMonthErrorSaysWhatIsWrongInBothLanguages() {
    do {
      _ = try CalendarDate(iso: "2023-13-01")
      Issue.record("month 13 was accepted")
    } catch {
      #expect(error.vietnamese == "Tháng 13 không có; tháng chỉ từ 1 đến 12.")
      #expect(error.english == "There is no month 13; months run from 1 to 12.")
    }
  }

  @Test func datesAreOrderedByYearMonthDay() throws {
    let dates = try ["2021-04-21", "2016-09-08", "2023-01-04", "2021-04-20"].map {
      try CalendarDate(iso: $0)
    }
    #expect(dates.sorted().map(\.iso) == ["2016-09-08", "2021-04-20", "2021-04-21", "2023-01-04"])
  }

  @Test func aFoundationDateIsTakenInVietnamTime() throws {
    // 2023-03-26T20:00:00Z is already 27 March in Hà Nội (UTC+7).
    let date = Date(timeIntervalSince1970: 1_679_860_800)
    #expect(CalendarDate(date).iso == "2023-03-27")
  }
}
