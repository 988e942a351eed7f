import Foundation
import XCTest

/// `vanban init`: a starter folder that renders with one make.
final class InitTests: XCTestCase {
  private typealias F = MakeFixture

  /// A Templates/ folder with a template that reads the CSV data and the
  /// metadata, as the shipped ones do.
  private func templates(in dir: URL) throws -> URL {
    let folder = dir.appendingPathComponent("Templates")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try F.write(
      F.docx("{{ meta.number_symbol }}", "{{ unit.name }}: {{ tallies.total.total }}"),
      folder.appendingPathComponent("mau.docx"))
    return folder
  }

  func testInitCreatesATemplateSampleDataMetadataAndAMakefileThatRenders() throws {
    let dir = try temporaryFolder(self)
    let folder = try templates(in: dir)
    let result = try F.vanban(["init", "office", "--templates", folder.path], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    let office = dir.appendingPathComponent("office")
    for file in [
      "templates/mau.docx", "data/khen-thuong.csv", "data/doi-tuong.csv", "data/don-vi.csv",
      "mau.toml", "Makefile",
    ] {
      XCTAssertTrue(
        FileManager.default.fileExists(atPath: office.appendingPathComponent(file).path), file)
    }
    let check = try F.vanban(
      [
        "check-data", "data/khen-thuong.csv", "data/doi-tuong.csv", "data/don-vi.csv", "--meta",
        "mau.toml",
      ],
      in: office)
    XCTAssertEqual(check.status, 0, check.standardError)

    let make = try F.run("/usr/bin/env", ["make", "VANBAN=\(F.vanbanPath)"], in: office)
    try XCTSkipIf(make.status == 127, "make is not installed")
    XCTAssertEqual(make.status, 0, make.standardError)
    let body = try F.bodyXML(office.appendingPathComponent("out/mau.docx"))
    XCTAssertTrue(body.contains("05/BC-BDT"), body)
    XCTAssertTrue(body.contains("Ban Dân tộc: 23"), body)
    let again = try F.run("/usr/bin/env", ["make", "VANBAN=\(F.vanbanPath)"], in: office)
    XCTAssertFalse(String(decoding: again.standardOutput, as: UTF8.self).contains("render"))
  }

  func testInitNeverReplacesAFileThatIsThere() throws {
    let dir = try temporaryFolder(self)
    let folder = try templates(in: dir)
    let office = dir.appendingPathComponent("office")
    try FileManager.default.createDirectory(at: office, withIntermediateDirectories: true)
    try F.write("mine", office.appendingPathComponent("Makefile"))
    let result = try F.vanban(["init", "office", "--templates", folder.path], in: dir)
    XCTAssertEqual(result.status, 0, result.standardError)
    XCTAssertEqual(
      try String(contentsOf: office.appendingPathComponent("Makefile"), encoding: .utf8), "mine")
  }

  func testVersionCompletionsAndTheManualComeFromTheParser() throws {
    let dir = try temporaryFolder(self)
    let version = try F.vanban(["--version"], in: dir)
    XCTAssertEqual(version.status, 0)
    XCTAssertFalse(String(decoding: version.standardOutput, as: UTF8.self).isEmpty)
    for shell in ["bash", "zsh", "fish"] {
      let script = try F.vanban(["--generate-completion-script", shell], in: dir)
      XCTAssertEqual(script.status, 0, script.standardError)
      XCTAssertTrue(String(decoding: script.standardOutput, as: UTF8.self).contains("batch"), shell)
    }
  }
}
