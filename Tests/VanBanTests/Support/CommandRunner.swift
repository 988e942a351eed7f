import Foundation
import XCTest

/// Runs the built `vanban` executable, as make would.
struct CommandRunner {
  struct Result {
    let status: Int32
    let standardOutput: Data
    let standardError: String
  }

  /// The folder that holds the built products (`.build/debug`).
  static var productsDirectory: URL {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
  }

  static func vanban(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("vanban")
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, standardOutput: outData,
      standardError: String(decoding: errData, as: UTF8.self))
  }
}

/// A fresh temporary folder, removed when the test ends.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "vanban-test-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
  return url
}

/// Fails (in CI, where VANBAN_REQUIRE_ORACLES=1) or skips when LibreOffice
/// is missing: an oracle that silently does not run proves nothing.
func requireLibreOffice(_ installed: Bool) throws {
  guard !installed else { return }
  if ProcessInfo.processInfo.environment["VANBAN_REQUIRE_ORACLES"] == "1" {
    XCTFail("LibreOffice (soffice) is required here: apt-get install libreoffice-writer-nogui")
  }
  throw XCTSkip("LibreOffice is not installed: apt-get install libreoffice-writer-nogui")
}

/// A Word paragraph of one run.
func wordParagraph(_ text: String) -> String {
  "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
}
