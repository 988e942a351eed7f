import Foundation
import OfficeFixtures
import OfficeTemplates
import TemplateLanguage
import XCTest

/// Renders one template with docxtpl and with vanban, and compares the
/// text a reader sees in both documents.
///
/// The template package comes from `DocxFixture`; the context is one JSON
/// document, read by Python's `json` for docxtpl and by `JSONValueReader`
/// for vanban. `docxtpl_oracle.py` (beside this folder) renders with
/// docxtpl and extracts the text of both outputs with the same function, so
/// only the rendering differs. Its one normalisation: paragraphs with no
/// visible text are left out, since a control tag alone in its paragraph
/// removes the paragraph in vanban and leaves an empty one in docxtpl.
enum DocxtplOracle {
  /// The oracle script, found from this file's path.
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docxtpl_oracle.py").path

  /// Why docxtpl cannot be used here, or nil when it can. Checked once.
  static let unavailability: String? = {
    do {
      let run = try python(["-c", "import docxtpl, lxml"])
      guard run.status == 0 else {
        return
          "python3 cannot import docxtpl (\(run.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))"
      }
      return nil
    } catch {
      return "python3 cannot be run (\(error))"
    }
  }()

  struct ProcessOutput {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Runs `python3` with `arguments`, its output collected through files so
  /// a large output cannot block it.
  static func python(_ arguments: [String]) throws -> ProcessOutput {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("vanban-docxtpl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("stdout")
    let err = directory.appendingPathComponent("stderr")
    try Data().write(to: out)
    try Data().write(to: err)
    let outHandle = try FileHandle(forWritingTo: out)
    let errHandle = try FileHandle(forWritingTo: err)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return ProcessOutput(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
  }

  /// Skips the test when docxtpl is missing, or fails it when the
  /// environment asks for every oracle (`VANBAN_REQUIRE_ORACLES=1`).
  static func requireDocxtpl() throws {
    guard let problem = unavailability else { return }
    let message = "docxtpl is not available: \(problem); install it with `pip install docxtpl`"
    if ProcessInfo.processInfo.environment["VANBAN_REQUIRE_ORACLES"] == "1" {
      throw Failure(description: message + " (VANBAN_REQUIRE_ORACLES=1 requires it)")
    }
    throw XCTSkip(message)
  }

  /// The text of a document, section by section ("body", "header 1",
  /// "footer 1", "footnotes", "title"), as the oracle's extractor gives it.
  typealias Text = [String: [String]]

  /// Renders the template with both engines and returns both texts.
  static func render(
    body: String, header: String?, footer: String?, footnotes: [String], title: String?,
    context json: String
  ) throws -> (docxtpl: Text, vanban: Text) {
    try requireDocxtpl()
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("vanban-docxtpl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let templatePath = directory.appendingPathComponent("template.docx").path
    let contextPath = directory.appendingPathComponent("context.json").path
    let docxtplPath = directory.appendingPathComponent("docxtpl.docx").path
    let vanbanPath = directory.appendingPathComponent("vanban.docx").path

    let template = DocxFixture.make(
      body: body, header: header, footer: footer, footnotes: footnotes, coreTitle: title)
    try Data(template).write(to: URL(fileURLWithPath: templatePath))
    try Data(json.utf8).write(to: URL(fileURLWithPath: contextPath))

    let context: Value
    do {
      context = try JSONValueReader.parse(json)
    } catch {
      throw Failure(description: "the test's JSON context is not valid: \(error)")
    }
    do {
      let rendered = try CompiledTemplate(bytes: template).render(context)
      try Data(rendered).write(to: URL(fileURLWithPath: vanbanPath))
    } catch let error as OfficeTemplateError {
      throw Failure(description: "vanban could not render the template: \(error)")
    }

    let rendering = try python([script, "render", templatePath, contextPath, docxtplPath])
    guard rendering.status == 0 else {
      throw Failure(description: "docxtpl could not render the template:\n\(rendering.stderr)")
    }
    let extraction = try python([script, "extract", docxtplPath, vanbanPath])
    guard extraction.status == 0 else {
      throw Failure(description: "the oracle could not extract the text:\n\(extraction.stderr)")
    }
    let texts = try JSONDecoder().decode([Text].self, from: Data(extraction.stdout.utf8))
    guard texts.count == 2 else {
      throw Failure(description: "the oracle extracted \(texts.count) documents, not 2")
    }
    return (texts[0], texts[1])
  }

  /// A readable comparison: each section whose lines differ, as a line diff
  /// ("-" docxtpl only, "+" vanban only, " " both), or nil when equal.
  static func difference(docxtpl: Text, vanban: Text) -> String? {
    guard docxtpl != vanban else { return nil }
    var report = ["the text differs from docxtpl's (- docxtpl, + vanban):"]
    for section in Set(docxtpl.keys).union(vanban.keys).sorted() {
      let old = docxtpl[section]
      let new = vanban[section]
      guard old != new else { continue }
      report.append(
        "[\(section)]" + (old == nil ? " only in vanban" : new == nil ? " only in docxtpl" : ""))
      report += lineDiff(old ?? [], new ?? []).map { "  " + $0 }
    }
    return report.joined(separator: "\n")
  }

  /// A longest-common-subsequence diff of two lists of lines.
  static func lineDiff(_ a: [String], _ b: [String]) -> [String] {
    var length = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        length[i][j] =
          a[i] == b[j] ? length[i + 1][j + 1] + 1 : max(length[i + 1][j], length[i][j + 1])
      }
    }
    var lines: [String] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        lines.append("  " + quoted(a[i]))
        i += 1
        j += 1
      } else if j < b.count, i == a.count || length[i][j + 1] >= length[i + 1][j] {
        lines.append("+ " + quoted(b[j]))
        j += 1
      } else {
        lines.append("- " + quoted(a[i]))
        i += 1
      }
    }
    return lines
  }

  private static func quoted(_ line: String) -> String {
    "«" + line.replacingOccurrences(of: "\t", with: "\\t") + "»"
  }
}

/// Asserts that docxtpl and vanban give the same text for a template.
///
/// - Parameters:
///   - body: inner XML of `<w:body>` (see `DocxFixture.make`).
///   - header, footer, footnotes, title: the other parts, when the template
///     has them.
///   - context: the JSON context, given to both engines.
///   - expected: when given, docxtpl's body text must also be this, so the
///     test documents what the template renders to (and proves the oracle
///     really rendered it).
func assertSameTextAsDocxtpl(
  body: String, header: String? = nil, footer: String? = nil, footnotes: [String] = [],
  title: String? = nil, context: String, expectedBody expected: [String]? = nil,
  file: StaticString = #filePath, line: UInt = #line
) throws {
  let (docxtpl, vanban) = try DocxtplOracle.render(
    body: body, header: header, footer: footer, footnotes: footnotes, title: title,
    context: context)
  if let expected, docxtpl["body"] != expected {
    XCTFail(
      "docxtpl's body is not the expected text:\n"
        + DocxtplOracle.lineDiff(expected, docxtpl["body"] ?? []).joined(separator: "\n")
        + "\n(- expected, + docxtpl)",
      file: file, line: line)
  }
  if let difference = DocxtplOracle.difference(docxtpl: docxtpl, vanban: vanban) {
    XCTFail(difference, file: file, line: line)
  }
}
