import Testing
import VietnameseText

@Suite struct ProseListTests {
  @Test func shortItemsAreJoinedWithCommasAndVa() {
    #expect(ProseList.join(["a", "b", "c"]) == "a, b và c")
    #expect(ProseList.join(["a", "b"]) == "a và b")
    #expect(ProseList.join(["a"]) == "a")
    #expect(ProseList.join([]) == "")
    #expect(
      ProseList.join(["Chi bộ", "Công đoàn", "Đoàn Thanh niên"])
        == "Chi bộ, Công đoàn và Đoàn Thanh niên")
    #expect(ProseList.join(["a", "b", "c"], conjunction: "hoặc") == "a, b hoặc c")
  }

  @Test func longItemsOrItemsWithCommasAreJoinedWithSemicolons() {
    #expect(ProseList.join(["a, b", "c"]) == "a, b; c")
    #expect(ProseList.join(["a", "b", "c"], style: .semicolon) == "a; b; c")
    #expect(ProseList.join(["a, b", "c"], style: .comma) == "a, b và c")
    let long = String(repeating: "x", count: ProseList.longItemLength + 1)
    #expect(ProseList.join([long, "y"]) == long + "; y")
  }

  @Test func emptyItemsLeaveNoStraySeparator() {
    #expect(ProseList.join(["a", " ", "", "c"]) == "a và c")
  }
}
