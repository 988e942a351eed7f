import Foundation

/// Runs LibreOffice headless (and `pdftotext`) so tests see a document as a user would.
///
/// Every conversion gets a fresh temporary folder and its own LibreOffice
/// profile, so conversions never share state, also across parallel test
/// processes.
public enum LibreOffice {
  /// How long one conversion may take before it is killed.
  public static let timeout: TimeInterval = 120

  public static var isInstalled: Bool { executable(named: "soffice") != nil }

  /// Whether `pdftotext` (poppler-utils), needed by `text(ofPDF:)`, is installed.
  public static var canExtractPDFText: Bool { executable(named: "pdftotext") != nil }

  /// Converts `bytes` (a document with the given extension, e.g. "docx") to
  /// `format` ("pdf", "txt:Text", "odt", …) and returns the converted file.
  public static func convert(
    _ bytes: [UInt8], fileExtension: String, to format: String
  ) throws -> [UInt8] {
    guard let soffice = executable(named: "soffice") else {
      throw LibreOfficeError("LibreOffice (soffice) is not installed or not on PATH")
    }
    return try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("document.\(fileExtension)")
      let output = folder.appendingPathComponent("out", isDirectory: true)
      let profile = folder.appendingPathComponent("profile", isDirectory: true)
      try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
      try Data(bytes).write(to: input)
      let result = try run(
        soffice,
        [
          "--headless", "--norestore", "--nolockcheck",
          "-env:UserInstallation=\(profile.absoluteString)",
          "--convert-to", format, "--outdir", output.path, input.path,
        ], in: folder)
      let produced = try FileManager.default.contentsOfDirectory(
        at: output, includingPropertiesForKeys: nil)
      guard let file = produced.first else {
        throw LibreOfficeError(
          "LibreOffice produced no \(format) output (exit status \(result.status)); "
            + "stderr: \(result.standardError)")
      }
      return [UInt8](try Data(contentsOf: file))
    }
  }

  /// The document's text as LibreOffice's plain-text export gives it (UTF-8).
  /// Headers and footers are not part of that export; use PDF for them.
  public static func plainText(of bytes: [UInt8], fileExtension: String) throws -> String {
    let text = try convert(bytes, fileExtension: fileExtension, to: "txt:Text (encoded):UTF8")
    let withoutMark = text.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(text.dropFirst(3)) : text
    return String(decoding: withoutMark, as: UTF8.self)
  }

  /// The text of a PDF, as `pdftotext` extracts it (reading order, no layout).
  public static func text(ofPDF bytes: [UInt8]) throws -> String {
    guard let pdftotext = executable(named: "pdftotext") else {
      throw LibreOfficeError("pdftotext (poppler-utils) is not installed or not on PATH")
    }
    return try withTemporaryFolder { folder in
      let input = folder.appendingPathComponent("document.pdf")
      try Data(bytes).write(to: input)
      let result = try run(pdftotext, [input.path, "-"], in: folder)
      guard result.status == 0 else {
        throw LibreOfficeError(
          "pdftotext failed (exit status \(result.status)): \(result.standardError)")
      }
      return result.standardOutput
    }
  }

  /// The text of the PDF LibreOffice makes from the document: body, headers,
  /// footers and footnotes, as a reader would see them on the page.
  public static func renderedText(of bytes: [UInt8], fileExtension: String) throws -> String {
    try text(ofPDF: convert(bytes, fileExtension: fileExtension, to: "pdf"))
  }

  /// How a program ended and what it printed.
  private struct Outcome {
    let status: Int32
    let standardOutput: String
    let standardError: String
  }

  /// Runs a program with its output in files (pipes could fill up and block
  /// it), killing it after `timeout`.
  private static func run(_ program: URL, _ arguments: [String], in folder: URL) throws -> Outcome {
    let stdoutURL = folder.appendingPathComponent("stdout.txt")
    let stderrURL = folder.appendingPathComponent("stderr.txt")
    guard FileManager.default.createFile(atPath: stdoutURL.path, contents: nil),
      FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
    else { throw LibreOfficeError("cannot create output files in \(folder.path)") }
    let stdout = try FileHandle(forWritingTo: stdoutURL)
    let stderr = try FileHandle(forWritingTo: stderrURL)
    defer {
      try? stdout.close()
      try? stderr.close()
    }
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = stdout
    process.standardError = stderr
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      _ = finished.wait(timeout: .now() + 10)
      throw LibreOfficeError(
        "\(program.lastPathComponent) did not finish within \(Int(timeout)) s and was stopped")
    }
    let output = (try? Data(contentsOf: stdoutURL)) ?? Data()
    let errors = (try? Data(contentsOf: stderrURL)) ?? Data()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: output, as: UTF8.self),
      standardError: String(decoding: errors, as: UTF8.self))
  }

  private static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vanban-oracle-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
  }

  /// The first executable called `name` on PATH.
  private static func executable(named name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }
}
