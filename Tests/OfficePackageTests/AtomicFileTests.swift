import Foundation
import OfficePackage
import XCTest

/// Outputs appear complete or not at all, and no temporary file is left behind.
final class AtomicFileTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "atomic-\(UUID().uuidString)"
      ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    chmod(folder, 0o755)
    try? FileManager.default.removeItem(atPath: folder)
  }

  private func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  func testANewFileIsWrittenAndNothingElseIsLeft() throws {
    try AtomicFile.write([1, 2, 3], to: folder + "/báo cáo.docx")

    XCTAssertEqual(try contents(), ["báo cáo.docx"])
    XCTAssertEqual(FileManager.default.contents(atPath: folder + "/báo cáo.docx"), Data([1, 2, 3]))
  }

  func testAnExistingFileIsReplacedWhole() throws {
    let path = folder + "/out.docx"
    try AtomicFile.write(Array(repeating: 7, count: 1000), to: path)
    try AtomicFile.write([1], to: path)

    XCTAssertEqual(FileManager.default.contents(atPath: path), Data([1]))
    XCTAssertEqual(try contents(), ["out.docx"])
  }

  func testAFailedRenameLeavesTheTargetAsItWasAndNoTemporaryFile() throws {
    // A non-empty folder cannot be replaced by a file, so the rename fails
    // after the temporary file was written.
    let target = folder + "/out.docx"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    XCTAssertTrue(FileManager.default.createFile(atPath: target + "/old", contents: Data([9])))

    XCTAssertThrowsError(try AtomicFile.write([1, 2, 3], to: target)) { error in
      XCTAssertTrue("\(error)".contains("cannot replace '\(target)'"), "\(error)")
    }
    XCTAssertEqual(try contents(), ["out.docx"])
    XCTAssertEqual(FileManager.default.contents(atPath: target + "/old"), Data([9]))
  }

  func testAnUnwritableFolderLeavesTheOldFileUntouched() throws {
    try XCTSkipIf(geteuid() == 0, "root may write into any folder")
    let path = folder + "/out.docx"
    try AtomicFile.write([1], to: path)
    chmod(folder, 0o555)

    XCTAssertThrowsError(try AtomicFile.write([2, 2], to: path)) { error in
      XCTAssertTrue("\(error)".contains("permission denied"), "\(error)")
    }
    XCTAssertEqual(FileManager.default.contents(atPath: path), Data([1]))
    XCTAssertEqual(try contents(), ["out.docx"])
  }

  func testAMissingFolderIsReportedInPlainWords() {
    XCTAssertThrowsError(try AtomicFile.write([1], to: folder + "/missing/out.docx")) { error in
      XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
    }
  }

  func testThePermissionsOfTheReplacedFileAreKept() throws {
    let path = folder + "/out.docx"
    try AtomicFile.write([1], to: path)
    chmod(path, 0o640)
    try AtomicFile.write([2], to: path)

    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o640)
  }
}
