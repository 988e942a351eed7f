import Testing
import VietnameseText

@Suite struct PersonNameTests {
  @Test func aFullNameSplitsIntoFamilyMiddleAndGiven() throws {
    let cases: [(String, String, String, String)] = [
      ("Đặng Văn Tuấn", "Đặng", "Văn", "Tuấn"),
      ("Nguyễn Thị Ánh Tuyết", "Nguyễn", "Thị Ánh", "Tuyết"),
      ("Lê Hoa", "Lê", "", "Hoa"),
      ("  Trần   Văn  Bình ", "Trần", "Văn", "Bình"),
      ("Tuấn", "", "", "Tuấn"),
    ]
    for (full, family, middle, given) in cases {
      let name = try PersonName(parsing: full)
      #expect(name == PersonName(family: family, middle: middle, given: given), "\(full)")
    }
    #expect(try PersonName(parsing: "  Trần   Văn  Bình ").fullName == "Trần Văn Bình")
  }

  @Test func aNameWithoutLettersIsAnError() {
    for bad in ["", "   ", "123", "- -"] {
      #expect(throws: VietnameseTextError.self, "\(bad)") { try PersonName(parsing: bad) }
    }
  }

  @Test func peopleAreSortedByGivenThenMiddleThenFamilyName() throws {
    #expect(
      try PersonName.sortedByGivenName([
        "Đặng Văn Tuấn", "Trần Văn Bình", "Lê Văn Ánh", "Phạm Anh", "Nguyễn Thị An",
      ]) == ["Nguyễn Thị An", "Phạm Anh", "Lê Văn Ánh", "Trần Văn Bình", "Đặng Văn Tuấn"])
    #expect(
      try PersonName.sortedByGivenName(["Nguyễn Thị Hoa", "Lê Thị Hoa", "Trần Anh Hoa"])
        == ["Trần Anh Hoa", "Lê Thị Hoa", "Nguyễn Thị Hoa"])
    #expect(
      try PersonName.sortedByGivenName(["Đặng Thị Mai", "Dương Thị Mai"])
        == ["Dương Thị Mai", "Đặng Thị Mai"])
    #expect(
      try PersonName.sortedByGivenName(["Lê Văn Hòa", "Lê Văn Hoà", "Lê Văn Hoa"])
        == ["Lê Văn Hoa", "Lê Văn Hòa", "Lê Văn Hoà"])
  }

  @Test func theSortKeyIsUsableDirectly() throws {
    let people = ["Đặng Văn Tuấn", "Nguyễn Thị An"]
    let keys = try people.map { try PersonName.sortKey(forFullName: $0) }
    #expect(keys[1] < keys[0])
    #expect(keys[1].stringValue < keys[0].stringValue)
  }
}
