import TemplateLanguage
import XCTest
import OrderedCollections

final class JSONValueReaderTests: XCTestCase {
  private func syntaxError(_ text: String, file: StaticString = #filePath, line: UInt = #line)
    -> JSONValueReader.SyntaxError?
  {
    do {
      let value = try JSONValueReader.parse(text)
      XCTFail("expected an error, got \(value)", file: file, line: line)
      return nil
    } catch {
      return error
    }
  }

  func testScalarsAreRead() throws {
    XCTAssertEqual(try JSONValueReader.parse("null"), .none)
    XCTAssertEqual(try JSONValueReader.parse("true"), .bool(true))
    XCTAssertEqual(try JSONValueReader.parse("false"), .bool(false))
    XCTAssertEqual(try JSONValueReader.parse(#""a""#), .string("a"))
  }

  func testWholeNumbersAreIntegers() throws {
    XCTAssertEqual(try JSONValueReader.parse("42"), .int(42))
    XCTAssertEqual(try JSONValueReader.parse("-7"), .int(-7))
  }

  func testNumbersWithAPointOrExponentAreFloats() throws {
    XCTAssertEqual(try JSONValueReader.parse("2.0"), .double(2))
    XCTAssertEqual(try JSONValueReader.parse("1e3"), .double(1000))
    XCTAssertEqual(try JSONValueReader.parse("-2.5E-1"), .double(-0.25))
  }

  func testAnIntegerTooLargeForIntBecomesAFloat() throws {
    XCTAssertEqual(try JSONValueReader.parse("99999999999999999999"), .double(1e20))
  }

  func testObjectsKeepTheirKeyOrder() throws {
    let value = try JSONValueReader.parse(#"{"z": 1, "a": 2, "m": 3}"#)
    guard case .map(let m) = value else { return XCTFail("not a mapping") }
    XCTAssertEqual(Array(m.keys), ["z", "a", "m"])
  }

  func testADuplicateKeyKeepsItsFirstPlaceAndLastValue() throws {
    let value = try JSONValueReader.parse(#"{"a": 1, "b": 2, "a": 3}"#)
    XCTAssertEqual(value, ["a": 3, "b": 2])
    guard case .map(let m) = value else { return XCTFail("not a mapping") }
    XCTAssertEqual(Array(m.keys), ["a", "b"])
  }

  func testNestedArraysAndObjectsAreRead() throws {
    XCTAssertEqual(
      try JSONValueReader.parse(#" { "xs" : [ 1 , [ ] , { } , "b" ] , "o" : { "k" : null } } "#),
      ["xs": [1, [], [:], "b"], "o": ["k": nil]])
  }

  func testEscapesInStringsAreDecoded() throws {
    XCTAssertEqual(
      try JSONValueReader.parse(#""q\" b\\ s\/ n\n t\t r\r b\b f\f""#),
      .string("q\" b\\ s/ n\n t\t r\r b\u{8} f\u{C}"))
  }

  func testUnicodeEscapesAreDecoded() throws {
    XCTAssertEqual(try JSONValueReader.parse(#""\u0110\u00e0 N\u1eb5ng""#), .string("Đà Nẵng"))
  }

  func testASurrogatePairIsOneCharacter() throws {
    XCTAssertEqual(try JSONValueReader.parse(#""\ud83d\ude00""#), .string("😀"))
  }

  func testALoneSurrogateBecomesAReplacementCharacter() throws {
    XCTAssertEqual(try JSONValueReader.parse(#""\ud83d!""#), .string("\u{FFFD}!"))
  }

  func testAHighSurrogateFollowedByAnotherEscapeKeepsBoth() throws {
    XCTAssertEqual(try JSONValueReader.parse(#""\ud83d\u0041""#), .string("\u{FFFD}A"))
  }

  func testUTF8TextIsReadAsIs() throws {
    XCTAssertEqual(
      try JSONValueReader.parse(#"{"tên": "Nguyễn Văn Ánh"}"#), ["tên": "Nguyễn Văn Ánh"])
  }

  func testAByteOrderMarkIsSkipped() throws {
    XCTAssertEqual(try JSONValueReader.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)), [1])
  }

  func testAMissingCommaIsReportedWithLineAndColumn() {
    let error = syntaxError("{\n  \"a\": 1\n  \"b\": 2\n}")
    XCTAssertEqual(error?.line, 3)
    XCTAssertEqual(error?.column, 3)
    XCTAssertEqual(error?.message, "expected ',' or '}' in an object")
    XCTAssertEqual(error?.description, "3:3: expected ',' or '}' in an object")
  }

  func testAColumnCountsCharactersNotBytes() {
    let error = syntaxError(#"{"đ": x}"#)
    XCTAssertEqual(error?.line, 1)
    XCTAssertEqual(error?.column, 7)
  }

  func testAnUnquotedKeyIsReported() {
    XCTAssertEqual(syntaxError("{a: 1}")?.message, "expected a key in double quotes")
  }

  func testAMissingColonIsReported() {
    XCTAssertEqual(syntaxError(#"{"a" 1}"#)?.message, "expected ':' after the key \"a\"")
  }

  func testATrailingCommaIsReported() {
    XCTAssertNotNil(syntaxError("[1, 2,]"))
    XCTAssertNotNil(syntaxError(#"{"a": 1,}"#))
  }

  func testAnUnterminatedStringIsReported() {
    XCTAssertEqual(syntaxError(#"{"a": "b"#)?.message, "unterminated string")
  }

  func testARawLineBreakInsideAStringIsReported() {
    let error = syntaxError("\"a\nb\"")
    XCTAssertEqual(
      error?.message, "control character inside a string; write it as an escape such as \\n")
  }

  func testAnInvalidEscapeIsReported() {
    XCTAssertEqual(syntaxError(#""\x""#)?.message, "invalid escape \\x")
  }

  func testAnInvalidUnicodeEscapeIsReported() {
    XCTAssertEqual(syntaxError(#""\u12g4""#)?.message, "invalid \\u escape")
    XCTAssertEqual(syntaxError(#""\u12""#)?.message, "incomplete \\u escape")
  }

  func testTextAfterTheValueIsReported() {
    XCTAssertEqual(syntaxError("[1] 2")?.message, "unexpected text after the JSON value")
  }

  func testAnEmptyDocumentIsReported() {
    XCTAssertEqual(syntaxError("  ")?.message, "unexpected end of JSON")
  }

  func testAnUnclosedArrayIsReported() {
    XCTAssertEqual(syntaxError("[1, 2")?.message, "unexpected end of JSON in an array")
  }

  func testAMisspeltKeywordIsReported() {
    XCTAssertEqual(syntaxError("[tru]")?.message, "unexpected character")
    XCTAssertEqual(syntaxError("nul")?.message, "unexpected character")
  }

  func testAMalformedNumberIsReported() {
    XCTAssertNotNil(syntaxError("1.2.3"))
    XCTAssertNotNil(syntaxError("-"))
    XCTAssertNotNil(syntaxError("[1-2]"))
  }

  func testALeadingZeroIsReported() {
    XCTAssertNotNil(syntaxError("012"))
  }

  func testAPlusSignIsReported() {
    XCTAssertNotNil(syntaxError("+1"))
  }

  func testDeepNestingIsReportedNotCrashed() {
    let error = syntaxError(String(repeating: "[", count: 600) + String(repeating: "]", count: 600))
    XCTAssertEqual(error?.message, "JSON nested more than 512 levels deep")
  }
}
