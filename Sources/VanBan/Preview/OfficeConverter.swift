import FoundationEssentials
import VietnameseText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts documents to PDF with LibreOffice, quickly enough to preview
/// a template after every save.
///
/// Why this way (measured on LibreOffice 7.4, Debian 12, a one-page ODT):
/// - a cold `soffice --convert-to pdf` with a fresh profile took 3.5–8 s,
///   most of it creating and warming the user profile;
/// - the same with the session's profile reused took 1.2–1.7 s (the
///   process start is still paid each time);
/// - handing the conversion to an office that is already running on that
///   profile took 0.1–0.4 s: a second `soffice` on the same profile passes
///   its command line to the running one through LibreOffice's own pipe
///   and waits for the result, so no UNO bridge (python3-uno is often not
///   installed) is needed.
/// A headless office ends itself after a conversion handed to it (with no
/// window open it has nothing left to do), so the session keeps one warm
/// office on standby: started when the session starts and again after
/// each conversion, while the author is busy editing. A conversion that
/// finds no standby ready still works — the `soffice` it runs then does
/// the work itself, on the warm profile.
///
/// The standby runs in a process group of its own, so `close()` ends it
/// and its children (oosplash, soffice.bin) by that group's id, and a
/// Ctrl-C meant for vanban does not reach it half-way.
public final class OfficeConverter {
  public let sessionFolder: URL
  private let soffice: String
  private var profileURL: String { sessionFolder.appendingPathComponent("profile").absoluteString }
  private var standby: pid_t = 0
  /// How long one conversion may take.
  public var timeout: TimeInterval = 120

  /// Nil when LibreOffice (`soffice`) is not on PATH.
  public init?(keepsOfficeWarm: Bool = true) {
    guard let soffice = Self.executable(named: "soffice") else { return nil }
    self.soffice = soffice
    sessionFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vanban-preview-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
    try? FileManager.default.createDirectory(at: sessionFolder, withIntermediateDirectories: true)
    if keepsOfficeWarm { startStandby() }
  }

  deinit { close() }

  /// Whether `pdfinfo` (poppler-utils) is there to count pages.
  public static var canCountPagesWithPdfinfo: Bool { executable(named: "pdfinfo") != nil }

  /// Converts the document at `path` to a PDF in the session folder and
  /// returns the PDF's bytes.
  public func convertToPDF(_ path: String) throws(VanBanError) -> [UInt8] {
    let outFolder = sessionFolder.appendingPathComponent("out-\(UUID().uuidString.prefix(8))")
    try? FileManager.default.createDirectory(at: outFolder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outFolder) }
    reapStandby()
    let status = run(
      soffice,
      [
        "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=\(profileURL)",
        "--convert-to", "pdf", "--outdir", outFolder.path, path,
      ])
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".pdf"
    let pdf = outFolder.appendingPathComponent(name)
    // The standby ends after the conversion handed to it; prepare the next.
    startStandby()
    guard let data = FileManager.default.contents(atPath: pdf.path), !data.isEmpty else {
      throw VanBanError(
        .outputFailure, file: path,
        "LibreOffice made no PDF (exit status \(status.map(String.init) ?? "timed out")); open the document in LibreOffice to see whether it loads"
      )
    }
    return Array(data)
  }

  /// Ends the standby office and removes the session's files.
  public func close() {
    stopStandby()
    try? FileManager.default.removeItem(at: sessionFolder)
  }

  /// The number of pages of a PDF: from `pdfinfo` when installed, else by
  /// counting its page objects.
  public static func pageCount(ofPDF bytes: [UInt8], scratch: URL) -> Int {
    if let pdfinfo = executable(named: "pdfinfo") {
      let file = scratch.appendingPathComponent("count-\(UUID().uuidString.prefix(8)).pdf")
      defer { try? FileManager.default.removeItem(at: file) }
      if (try? Data(bytes).write(to: file)) != nil {
        if let process = ChildProcess(pdfinfo, [file.path], captureOutput: true) {
          let output = String(decoding: process.readOutput(), as: UTF8.self)
          _ = process.waitUntilExit()
          for line in output.split(separator: "\n") where line.hasPrefix("Pages:") {
            if let n = Int(line.dropFirst(6).trimmingWhitespace()) { return n }
          }
        }
      }
    }
    return countPageObjects(bytes)
  }

  /// `/Type /Page` (not `/Pages`) objects in an uncompressed object table.
  static func countPageObjects(_ bytes: [UInt8]) -> Int {
    let text = String(decoding: bytes, as: UTF8.self)
    var count = 0
    var rest = Substring(text)
    while let r = rest.firstRange(of: "/Type") {
      rest = rest[r.upperBound...]
      let after = rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" })
      if after.hasPrefix("/Page"), !after.hasPrefix("/Pages") { count += 1 }
    }
    return count
  }

  // MARK: - Processes

  private func startStandby() {
    guard standby == 0 else { return }
    let pipeName = "vanban\(getpid())\(UInt32.random(in: 0...UInt32.max))"
    let arguments = [
      "--headless", "--norestore", "--nologo", "--nolockcheck",
      "--accept=pipe,name=\(pipeName);urp;", "-env:UserInstallation=\(profileURL)",
    ]
    if let process = ChildProcess(soffice, arguments, ownGroup: true) { standby = process.pid }
  }

  /// Forgets a standby that has ended (after the conversion it took).
  private func reapStandby() {
    guard standby > 0 else { return }
    var status: Int32 = 0
    if waitpid(standby, &status, WNOHANG) == standby { standby = 0 }
  }

  private func stopStandby() {
    guard standby > 0 else { return }
    let group = standby
    standby = 0
    kill(-group, SIGTERM)
    var status: Int32 = 0
    for _ in 0..<50 {
      if waitpid(group, &status, WNOHANG) != 0 { break }
      usleep(100_000)
    }
    // Whatever is left of that group (soffice.bin outliving oosplash).
    if kill(-group, 0) == 0 {
      usleep(500_000)
      kill(-group, SIGKILL)
    }
    _ = waitpid(group, &status, WNOHANG)
  }

  /// Runs a program to its end (killed after `timeout`); nil on timeout.
  private func run(_ program: String, _ arguments: [String]) -> Int32? {
    guard let process = ChildProcess(program, arguments) else {
      return -1
    }
    return process.wait(timeout: timeout)
  }

  static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}
