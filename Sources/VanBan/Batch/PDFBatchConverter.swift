import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts many documents to PDF with one LibreOffice process
/// (`--pdf` of `vanban render` and `vanban batch`).
///
/// Starting LibreOffice costs seconds (most of it making and warming the
/// user profile), converting a page a fraction of that; so every document
/// of a run goes through one `soffice --headless --convert-to pdf` given
/// them all, not one start per file. The process gets a profile folder of
/// its own under the run's temporary folder, so concurrent runs (make -j)
/// never share one, and the run's folder is removed at the end. Documents
/// are converted under numbered names, so two outputs with the same file
/// name in different folders do not collide; a document LibreOffice makes
/// no PDF of is a failure of that document alone.
public final class PDFBatchConverter: Sendable {
  /// The run's temporary folder: `in/` for documents, `out/` for PDFs,
  /// `profile/` for LibreOffice.
  public let folder: URL
  private let soffice: String
  /// At most this many documents per office process (a command line
  /// stays far below the system's limit).
  public let documentsPerProcess: Int

  /// Throws a usage error naming the package to install when LibreOffice
  /// (`soffice`) is not on PATH.
  public init(documentsPerProcess: Int = 500) throws(VanBanError) {
    self.documentsPerProcess = max(1, documentsPerProcess)
    guard let soffice = OfficeConverter.executable(named: "soffice") else {
      throw VanBanError(
        .usage,
        "error: PDF output needs LibreOffice (soffice), which is not installed; install it with "
          + "`apt-get install libreoffice-writer-nogui` (Debian, Ubuntu), or drop --pdf")
    }
    self.soffice = soffice
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "vanban-pdf-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
    for sub in ["in", "out", "profile"] {
      try? FileManager.default.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
  }

  deinit { close() }

  /// Whether LibreOffice is installed.
  public static var isAvailable: Bool { OfficeConverter.executable(named: "soffice") != nil }

  /// Where to put the document to convert as number `index`.
  public func inputPath(_ index: Int, fileExtension: String) -> String {
    folder.appendingPathComponent("in").appendingPathComponent(
      Self.name(index) + "." + fileExtension
    )
    .path
  }

  /// Converts the documents at `paths` (made by `inputPath`; other paths
  /// are linked in under a numbered name first) and returns each PDF's
  /// bytes or why there is none. `progress` is called with the number of
  /// PDFs made so far.
  public func convert(_ paths: [String], progress: (Int) -> Void = { _ in })
    -> [Result<[UInt8], VanBanError>]
  {
    var inputs: [String] = []
    for (i, path) in paths.enumerated() {
      let ext = PathName.pathExtension(path)
      let numbered = inputPath(i, fileExtension: ext)
      if path != numbered {
        try? FileManager.default.removeItem(atPath: numbered)
        if link(path, numbered) != 0 {
          try? FileManager.default.copyItem(atPath: path, toPath: numbered)
        }
      }
      inputs.append(numbered)
    }
    let out = folder.appendingPathComponent("out")
    var made = 0
    var statuses: [Int32?] = []
    for start in stride(from: 0, to: inputs.count, by: documentsPerProcess) {
      let chunk = Array(inputs[start..<min(inputs.count, start + documentsPerProcess)])
      statuses.append(
        run(chunk, outdir: out.path) {
          let count = (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.count ?? 0
          if count != made {
            made = count
            progress(made)
          }
        })
    }
    let failed = statuses.contains { $0 != 0 }
    return paths.enumerated().map { i, path in
      let pdf = out.appendingPathComponent(Self.name(i) + ".pdf").path
      defer {
        try? FileManager.default.removeItem(atPath: pdf)
        try? FileManager.default.removeItem(atPath: inputs[i])
      }
      guard let data = FileManager.default.contents(atPath: pdf), !data.isEmpty else {
        let why = failed ? " (LibreOffice failed or timed out)" : ""
        return .failure(
          VanBanError(
            .outputFailure, file: path,
            "error: LibreOffice made no PDF of the document\(why); open it in LibreOffice to see "
              + "whether it loads"))
      }
      return .success(Array(data))
    }
  }

  /// Removes the run's folder.
  public func close() {
    try? FileManager.default.removeItem(at: folder)
  }

  private static func name(_ index: Int) -> String {
    let digits = String(index + 1)
    return "d" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  /// Runs one office over `documents`, polling every 0.2 s; nil on
  /// timeout (a minute, plus five seconds a document).
  private func run(_ documents: [String], outdir: String, poll: () -> Void) -> Int32? {
    let arguments =
      [
        "--headless", "--norestore", "--nologo", "--nolockcheck", "--nodefault",
        "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
        "--convert-to", "pdf", "--outdir", outdir,
      ] + documents
    guard let process = ChildProcess(soffice, arguments) else { return -1 }
    let status = process.wait(timeout: 60 + 5 * Double(documents.count), interval: 0.2, poll: poll)
    poll()
    return status
  }
}
