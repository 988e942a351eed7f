import VanBan
import XCTest

/// `PathName` keeps paths as typed (relative stays relative) with
/// `NSString`'s rules for extensions and folders.
final class PathNameTests: XCTestCase {
  func testTheExtensionIsWhatFollowsTheLastDotOfTheLastComponent() {
    let cases: [(String, String)] = [
      ("out/a.docx", "docx"), ("a.tar.gz", "gz"), ("Makefile", ""), (".profile", ""),
      ("dir.d/file", ""), ("out/a.docx/", "docx"),
    ]
    for (path, expected) in cases { XCTAssertEqual(PathName.pathExtension(path), expected, path) }
  }

  func testDeletingTheExtensionKeepsTheFolderAndEveryEarlierDot() {
    let cases: [(String, String)] = [
      ("out/a.docx", "out/a"), ("a.tar.gz", "a.tar"), ("Makefile", "Makefile"),
      ("dir.d/file", "dir.d/file"), ("../x.odt", "../x"),
    ]
    for (path, expected) in cases {
      XCTAssertEqual(PathName.deletingPathExtension(path), expected, path)
    }
  }

  func testTheFolderOfAPathIsEverythingBeforeItsLastComponent() {
    let cases: [(String, String)] = [
      ("out/a.docx", "out"), ("a.docx", ""), ("/a", "/"), ("/", "/"), ("a/b/", "a"),
      ("x/y/z.pdf", "x/y"),
    ]
    for (path, expected) in cases {
      XCTAssertEqual(PathName.deletingLastPathComponent(path), expected, path)
    }
  }

  func testAComponentIsJoinedWithOneSlash() {
    XCTAssertEqual(PathName.appendingPathComponent("out", "a.docx"), "out/a.docx")
    XCTAssertEqual(PathName.appendingPathComponent("out/", "a.docx"), "out/a.docx")
    XCTAssertEqual(PathName.appendingPathComponent("", "a.docx"), "a.docx")
  }
}
