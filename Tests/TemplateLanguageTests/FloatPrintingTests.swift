import TemplateLanguage
import XCTest

final class FloatPrintingTests: XCTestCase {
  func testASumOfFloatsPrintsItsShortestDigits() throws {
    XCTAssertEqual(
      try render("{{ 0.1 + 0.2 }} {{ 1 / 3 }} {{ 2 ** 0.5 }}"),
      "0.30000000000000004 0.3333333333333333 1.4142135623730951")
  }

  func testAFloatOfSixteenDigitsSwitchesToExponentForm() throws {
    XCTAssertEqual(
      try render("{{ 1e15 }} {{ 1e16 }} {{ 1.5e16 }} {{ 123456789012345678.0 }}"),
      "1000000000000000.0 1e+16 1.5e+16 1.2345678901234568e+17")
  }

  func testASmallFloatSwitchesToExponentFormBelowTenThousandth() throws {
    XCTAssertEqual(try render("{{ 0.0001 }} {{ 0.00001 }} {{ 1.5e-7 }}"), "0.0001 1e-05 1.5e-07")
  }

  func testNegativeZeroPrintsWithItsSign() throws {
    XCTAssertEqual(try render("{{ -0.0 }}"), "-0.0")
  }

  func testTrueDivisionOfLargeNumbers() throws {
    XCTAssertEqual(try render("{{ 10 / 4 }} {{ 1000000 / 3 }}"), "2.5 333333.3333333333")
  }

  func testPowerWithAFloatExponent() throws {
    XCTAssertEqual(try render("{{ 4 ** 0.5 }} {{ 2.0 ** 3 }}"), "2.0 8.0")
  }

  func testAWholeFloatInAListPrintsWithPointZero() throws {
    XCTAssertEqual(try render("{{ [1.0, 2.5, -3.0] }}"), "[1.0, 2.5, -3.0]")
  }
}
