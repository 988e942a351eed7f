import Foundation
import OfficeFixtures
import OfficePackage
import XCTest

/// Helpers of the make, batch, PDF, diagnostics and init tests.
enum MakeFixture {
  /// A units file of `count` units: `Đơn vị 1` (DV1), `Đơn vị 2` (DV2), …
  static func units(_ count: Int) -> String {
    var text = "Tên đơn vị,Cơ quan chủ quản,Ký hiệu,Địa danh,Chức danh thủ trưởng,Thủ trưởng\n"
    for i in 1...count {
      text += "Đơn vị \(i),UBND tỉnh Khánh Hòa,DV\(i),Khánh Hòa,Trưởng Ban,Người \(i)\n"
    }
    return text
  }

  /// A DOCX template of one paragraph per line.
  static func docx(_ lines: String...) -> [UInt8] {
    DocxFixture.make(body: lines.map(wordParagraph).joined())
  }

  static func write(_ text: String, _ url: URL) throws { try Data(text.utf8).write(to: url) }
  static func write(_ bytes: [UInt8], _ url: URL) throws { try Data(bytes).write(to: url) }

  /// The text of a rendered DOCX's body, tags and all.
  static func bodyXML(_ url: URL) throws -> String {
    let reader = try PackageReader(path: url.path)
    let entry = try XCTUnwrap(reader.entry(named: "word/document.xml"))
    return String(decoding: try reader.data(of: entry), as: UTF8.self)
  }

  /// Runs a program to its end with extra environment variables.
  static func run(
    _ program: String, _ arguments: [String], in directory: URL,
    environment: [String: String] = [:]
  ) throws -> CommandRunner.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    // Files, not pipes: neither can fill up while the other is read.
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vanban-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return CommandRunner.Result(
      status: process.terminationStatus, standardOutput: try Data(contentsOf: outURL),
      standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  static var vanbanPath: String {
    CommandRunner.productsDirectory.appendingPathComponent("vanban").path
  }

  static func vanban(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:]
  ) throws -> CommandRunner.Result {
    try run(vanbanPath, arguments, in: directory, environment: environment)
  }

  /// Each line of `text` read as a JSON object.
  static func jsonObjects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(line)")
    }
  }
}
