import Foundation
import OfficeFixtures
import XCTest

/// The shipped samples (Samples/<name>/) and the seed documents they
/// reproduce (../shared/seeds/), rendered with the built `vanban` exactly as
/// Samples/Makefile renders them. Rendered documents and their LibreOffice
/// text are cached, so that the suite converts each sample once per format.
enum SeedSamples {
  struct Sample: Sendable {
    /// The sample's folder and the template's name.
    let name: String
    /// The seed document it reproduces (none for the Tờ trình).
    let seed: String?
    /// For a sample rendered once per unit: the unit whose document the
    /// seed is.
    let unit: String?
  }

  static let all: [Sample] = [
    Sample(name: "bao-cao-so-ket", seed: "000_1cd44843341892e6.txt", unit: nil),
    Sample(name: "ke-hoach-trien-khai", seed: "001_d72357cc1acabc36.txt", unit: nil),
    Sample(
      name: "ke-hoach-phat-dong", seed: "002_cf0fd6ce69faaf38.txt",
      unit: "Ban Dân tộc tỉnh Khánh Hòa"),
    Sample(name: "cong-van", seed: "003_737d168b25858b8d.txt", unit: nil),
    Sample(name: "ke-hoach-dien-hinh", seed: "004_0a4c19f24e53df43.txt", unit: nil),
    Sample(name: "to-trinh", seed: nil, unit: nil),
  ]

  static func sample(_ name: String) -> Sample {
    guard let s = all.first(where: { $0.name == name }) else { fatalError("no sample \(name)") }
    return s
  }

  /// The package root (this file is Tests/VanBanTests/SeedSamples.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")

  /// vanban's arguments for the sample, as the Makefile passes them: every
  /// CSV with --data, the TOML with --meta, a JSON with --context.
  static func arguments(_ sample: Sample, format: String, output: String) throws -> [String] {
    let folder = root.appendingPathComponent("Samples/\(sample.name)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    var args = ["render", root.appendingPathComponent("Templates/\(sample.name).\(format)").path]
    for f in files where f.hasSuffix(".csv") {
      args += ["--data", folder.appendingPathComponent(f).path]
    }
    args += ["--meta", folder.appendingPathComponent("\(sample.name).toml").path]
    for f in files where f.hasSuffix(".json") {
      args += ["--context", folder.appendingPathComponent(f).path]
    }
    if let unit = sample.unit { args += ["--set", "unit=\(unit)"] }
    return args + ["-o", output]
  }

  private static let cache = Cache()

  /// The rendered document (format "docx" or "odt").
  static func rendered(_ sample: Sample, _ format: String) throws -> [UInt8] {
    try cache.value("\(sample.name).\(format)") {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
        "vanban-seed-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: dir) }
      let output = dir.appendingPathComponent("out.\(format)").path
      let result = try CommandRunner.vanban(arguments(sample, format: format, output: output))
      guard result.status == 0 else {
        throw SeedError(
          "vanban render \(sample.name).\(format) failed (\(result.status)):\n\(result.standardError)"
        )
      }
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
    }
  }

  /// The rendered document's text, as LibreOffice's plain-text export gives it.
  static func plainText(_ sample: Sample, _ format: String) throws -> String {
    let bytes = try rendered(sample, format)
    let text = try cache.value("\(sample.name).\(format).txt") {
      Array(try LibreOffice.plainText(of: bytes, fileExtension: format).utf8)
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The seed's text, or a skip when ../shared/seeds is not there.
  static func seedText(_ sample: Sample) throws -> String {
    guard let seed = sample.seed else { throw XCTSkip("\(sample.name) has no seed") }
    let url = seeds.appendingPathComponent(seed)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw XCTSkip("the seed \(url.path) is not there (the seeds live beside the repository)")
    }
    return String(decoding: data, as: UTF8.self)
  }

  final class Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: [UInt8]] = [:]

    func value(_ key: String, _ make: () throws -> [UInt8]) throws -> [UInt8] {
      lock.lock()
      if let v = values[key] {
        lock.unlock()
        return v
      }
      lock.unlock()
      let v = try make()
      lock.lock()
      values[key] = v
      lock.unlock()
      return v
    }
  }
}

struct SeedError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
