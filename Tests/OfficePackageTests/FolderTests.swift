import Foundation
import OfficePackage
import XCTest

/// `Folder.create` makes output folders as `mkdir -p` does.
final class FolderTests: XCTestCase {
  private func scratch() throws -> String {
    let path = NSTemporaryDirectory() + "vanban-folder-\(UUID().uuidString)"
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  func testMissingFoldersAreMadeAtEveryLevel() throws {
    let root = try scratch()
    try Folder.create(root + "/a/b/c")
    var isFolder: ObjCBool = false
    XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/a/b/c", isDirectory: &isFolder))
    XCTAssertTrue(isFolder.boolValue)
  }

  func testAnExistingFolderIsFine() throws {
    let root = try scratch()
    try Folder.create(root)
    try Folder.create(root)
  }

  func testAFileInTheWayIsReportedByName() throws {
    let root = try scratch()
    try Folder.create(root)
    XCTAssertTrue(FileManager.default.createFile(atPath: root + "/taken", contents: Data()))
    XCTAssertThrowsError(try Folder.create(root + "/taken/out")) { error in
      let message = (error as? PackageError)?.message ?? ""
      XCTAssertTrue(message.contains("cannot create the folder '\(root)/taken'"), message)
      XCTAssertTrue(message.contains("not a folder"), message)
    }
  }
}
