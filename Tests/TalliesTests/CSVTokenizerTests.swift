import CSV
import XCTest

@testable import Tallies

/// Rows and cells as the tokenizer splits them, with their lines.
final class CSVTokenizerTests: XCTestCase {
  private func rows(_ text: String, delimiter: Character = ",") -> [(Int, [String])] {
    let bytes = Array(text.utf8)
    var out: [(Int, [String])] = []
    bytes.withUnsafeBufferPointer { buffer in
      CSVTokenizer(delimiter: UInt8(ascii: delimiter.unicodeScalars.first ?? ",")).forEachRow(
        in: buffer
      ) { row in
        out.append((row.line, (0..<row.count).map { row.string($0) }))
        return true
      }
    }
    return out
  }

  func testAQuotedCellKeepsItsDelimitersQuotesAndLineBreaks() {
    let text = "a,\"b, \"\"c\"\"\nd\",e\nf,g,h\n"
    let got = rows(text)
    XCTAssertEqual(got.map(\.1), [["a", "b, \"c\"\nd", "e"], ["f", "g", "h"]])
    XCTAssertEqual(got.map(\.0), [1, 3], "the second row starts on line 3")
  }

  func testCRLFAndBareCREndRowsAlike() {
    XCTAssertEqual(rows("a,b\r\nc,d\re,f").map(\.1), [["a", "b"], ["c", "d"], ["e", "f"]])
    XCTAssertEqual(rows("a,b\r\nc,d\re,f").map(\.0), [1, 2, 3])
  }

  func testTextAfterAClosingQuoteStaysInTheCell() {
    XCTAssertEqual(rows("\"ab\"c,d\n").map(\.1), [["abc", "d"]])
  }

  func testAnUnclosedQuoteRunsToTheEndAndIsFlagged() {
    let bytes = Array("a,\"b\nc\n".utf8)
    var flagged = false
    bytes.withUnsafeBufferPointer { buffer in
      CSVTokenizer(delimiter: UInt8(ascii: ",")).forEachRow(in: buffer) { row in
        flagged = row.hasUnterminatedQuote
        return true
      }
    }
    XCTAssertTrue(flagged)
  }

  func testTheDelimiterIsTheCommonestOfCommaSemicolonAndTab() {
    func detect(_ text: String) -> UInt8 {
      Array(text.utf8).withUnsafeBufferPointer { CSVTokenizer.detectDelimiter(in: $0).delimiter }
    }
    XCTAssertEqual(detect("Năm,Đơn vị,Số lượng\n"), UInt8(ascii: ","))
    XCTAssertEqual(detect("Năm;Đơn vị;\"Hình thức, danh hiệu\";Số lượng\n"), UInt8(ascii: ";"))
    XCTAssertEqual(detect("Năm\tĐơn vị\tSố lượng\n"), UInt8(ascii: "\t"))
    XCTAssertEqual(
      detect("BẢNG TỔNG HỢP\nNăm;Đơn vị\n"), UInt8(ascii: ";"), "a title line has none")
  }

  func testExcelsSepLineNamesTheDelimiter() {
    let result = Array("sep=;\nNăm;Đơn vị\n".utf8).withUnsafeBufferPointer {
      CSVTokenizer.detectDelimiter(in: $0)
    }
    XCTAssertEqual(result.delimiter, UInt8(ascii: ";"))
    XCTAssertTrue(result.skipFirstLine)
  }

  /// Differential check against yaslab/CSV.swift on well-formed input.
  func testCellsAgreeWithCSVSwiftOnWellFormedInput() throws {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["a", "Bằng khen", ",", "\"", "\n", " ", "1.234", "Hòa", ";", "\r\n"]
    for _ in 0..<200 {
      var lines: [String] = []
      for _ in 0..<Int.random(in: 1...5, using: &generator) {
        var cells: [String] = []
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
          var cell = ""
          for _ in 0..<Int.random(in: 0...4, using: &generator) {
            cell += pieces.randomElement(using: &generator) ?? ""
          }
          let needsQuotes = cell.contains { ",\"\n\r".contains($0) }
          cells.append(
            needsQuotes ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell)
        }
        lines.append(cells.joined(separator: ","))
      }
      let text = lines.joined(separator: "\n") + "\n"
      let reference = try CSVReader(string: text)
      var expected: [[String]] = []
      while let row = reference.next() { expected.append(row) }
      XCTAssertEqual(rows(text).map(\.1), expected, "input: \(text.debugDescription)")
    }
  }
}
