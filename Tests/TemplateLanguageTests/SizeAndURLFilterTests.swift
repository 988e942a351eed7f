import TemplateLanguage
import XCTest

/// `filesizeformat` and `urlencode` give what Jinja gives (the expected
/// texts were printed by Jinja 3).
final class SizeAndURLFilterTests: XCTestCase {
  func testOneByteIsSingular() throws {
    XCTAssertEqual(try render("{{ 1|filesizeformat }}"), "1 Byte")
  }

  func testSizesBelowAKilobyteAreCountedInBytes() throws {
    XCTAssertEqual(try render("{{ 999|filesizeformat }}"), "999 Bytes")
  }

  func testSizesAreGivenInDecimalUnitsWithOneDecimal() throws {
    XCTAssertEqual(try render("{{ 1234567|filesizeformat }}"), "1.2 MB")
  }

  func testBinaryCountsInKibibytes() throws {
    XCTAssertEqual(try render("{{ 1536|filesizeformat(true) }}"), "1.5 KiB")
  }

  func testASizeGivenAsTextIsRead() throws {
    XCTAssertEqual(try render("{{ '2048'|filesizeformat }}"), "2.0 kB")
  }

  func testSizesBeyondTheLargestUnitStayInIt() throws {
    XCTAssertEqual(try render("{{ n|filesizeformat }}", "{\"n\": 1e30}"), "1000000.0 YB")
  }

  func testAFileSizeThatIsNoNumberIsAFailure() throws {
    XCTAssertThrowsError(try render("{{ 'lớn'|filesizeformat }}"))
  }

  func testTextIsPercentEncodedKeepingSlashes() throws {
    XCTAssertEqual(
      try render("{{ 'Báo cáo/năm 2024 & tổng kết'|urlencode }}"),
      "B%C3%A1o%20c%C3%A1o/n%C4%83m%202024%20%26%20t%E1%BB%95ng%20k%E1%BA%BFt")
  }

  func testAMappingBecomesAQueryString() throws {
    XCTAssertEqual(
      try render(
        "{{ q|urlencode }}", "{\"q\": {\"ten\": \"Lê Văn A\", \"nam\": 2024, \"x/y\": \"a&b\"}}"),
      "ten=L%C3%AA+V%C4%83n+A&nam=2024&x%2Fy=a%26b")
  }

  func testAListOfPairsBecomesAQueryString() throws {
    XCTAssertEqual(try render("{{ [['a b', 1], ['c', 'd']]|urlencode }}"), "a+b=1&c=d")
  }

  func testANumberIsEncodedAsItsText() throws {
    XCTAssertEqual(try render("{{ 12|urlencode }}"), "12")
  }

  func testAListOfSingleValuesIsAFailure() throws {
    XCTAssertThrowsError(try render("{{ [1, 2]|urlencode }}"))
  }
}
