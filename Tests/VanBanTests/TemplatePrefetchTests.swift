import XCTest

@testable import vanban

/// Which template `render` compiles while its arguments are parsed.
final class TemplatePrefetchTests: XCTestCase {
  private let files: Set<String> = ["t.docx", "out.docx", "mau.ODT"]

  private func guess(_ arguments: [String]) -> String? {
    TemplatePrefetch.guess(["vanban"] + arguments, isFile: files.contains)
  }

  func testTheTemplateOfARenderIsGuessed() {
    XCTAssertEqual(guess(["render", "t.docx", "-o", "out.docx"]), "t.docx")
  }

  func testTheOutputBeforeTheTemplateIsNotTakenForIt() {
    XCTAssertEqual(guess(["render", "-o", "out.docx", "t.docx"]), "t.docx")
    XCTAssertEqual(guess(["render", "--output", "out.docx", "t.docx"]), "t.docx")
  }

  func testAnODTTemplateIsGuessedWhateverTheCaseOfItsExtension() {
    XCTAssertEqual(guess(["render", "mau.ODT", "-o", "x.odt"]), "mau.ODT")
  }

  func testAnArgumentNamingNoFileIsPassedOver() {
    XCTAssertNil(guess(["render", "missing.docx", "-o", "x.docx"]))
  }

  func testOtherCommandsCompileNothingInAdvance() {
    XCTAssertNil(guess(["lint", "t.docx"]))
    XCTAssertNil(guess(["batch", "t.docx", "--each", "u in units", "--output", "x.docx"]))
  }
}
