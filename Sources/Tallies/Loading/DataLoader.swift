import FoundationEssentials

/// Loads data files into a `Dataset`: decode, detect what each file holds
/// from its header, read and check every row, and report.
///
/// Units are read first, whatever the order of the files, because tallies
/// and nominees are checked against them. Every row is used or rejected
/// with a diagnostic; loading never stops at the first problem.
public enum DataLoader {
  /// A file's name (as diagnostics print it) and bytes.
  public struct Input: Sendable {
    public var name: String
    public var bytes: [UInt8]
    /// What the file must hold; nil tells it from the header.
    public var kind: DataFileKind?

    public init(name: String, bytes: [UInt8], kind: DataFileKind? = nil) {
      self.name = name
      self.bytes = bytes
      self.kind = kind
    }
  }

  /// Reads the files at `paths`; a file that cannot be read is reported,
  /// not thrown.
  public static func load(paths: [String], options: LoadOptions = LoadOptions()) -> Dataset {
    var inputs: [Input] = []
    var unreadable: [LoadReport] = []
    for path in paths {
      if let data = FileManager.default.contents(atPath: path) {
        inputs.append(Input(name: path, bytes: [UInt8](data)))
      } else {
        var report = LoadReport(file: path)
        report.add(
          DataDiagnostic(
            file: path, message: "cannot read the file", fix: "check the path and permissions",
            vietnamese: "không đọc được tệp",
            vietnameseFix: "kiểm tra lại đường dẫn và quyền truy cập tệp"))
        unreadable.append(report)
      }
    }
    var dataset = load(inputs, options: options)
    dataset.reports = unreadable + dataset.reports
    return dataset
  }

  /// Reads files given as bytes.
  public static func load(_ inputs: [Input], options: LoadOptions = LoadOptions()) -> Dataset {
    let session = LoadSession(options: options)
    var reports = inputs.map { LoadReport(file: $0.name, kind: $0.kind) }
    var prepared: [(Int, PreparedFile)] = []
    for (i, input) in inputs.enumerated() {
      switch PreparedFile.prepare(
        bytes: input.bytes, name: input.name, encoding: options.encoding, expected: input.kind)
      {
      case .success(let file):
        reports[i].kind = file.kind
        reports[i].diagnostics += file.headerDiagnostics()
        prepared.append((i, file))
      case .failure(let diagnostic):
        reports[i].add(diagnostic)
      }
    }
    for (i, file) in prepared where file.kind == .units {
      session.loadUnits(file, &reports[i])
    }
    for (i, file) in prepared where file.kind == .tallies {
      session.loadTallies(file, &reports[i])
    }
    var identities: [String: LoadSession.NomineeIdentity] = [:]
    var seen: [String: SourceLocation] = [:]
    var pending: [LoadSession.PendingNominee] = []
    for (i, file) in prepared where file.kind == .nominees {
      session.loadNominees(
        file, &reports[i], reportIndex: i, identities: &identities, seen: &seen, pending: &pending)
    }
    for (i, diagnostic) in session.finishNominees(pending) {
      reports[i].add(diagnostic)
      reports[i].rowsUsed -= 1
    }
    for i in reports.indices {
      // A stable sort by place: same-cell diagnostics keep their order.
      reports[i].diagnostics = reports[i].diagnostics.enumerated().sorted { a, b in
        (a.element.line ?? 0, a.element.column ?? 0, a.offset)
          < (b.element.line ?? 0, b.element.column ?? 0, b.offset)
      }.map(\.element)
    }
    return Dataset(
      units: session.units, tallies: session.tallies, nominees: session.nominees,
      reports: reports, vocabulary: options.vocabulary)
  }
}
