import AwardRules
import OfficePackage
import Tallies

/// The prerequisites of a command's outputs in Makefile syntax
/// (`--depfile FILE`), as `cc -MD -MP` writes them, so that make rebuilds an
/// output when — and only when — a file it was made from changes:
///
/// ```make
/// out/bao-cao.docx: Templates/bao-cao.docx data/khen\ thuong.csv meta.toml
/// Templates/bao-cao.docx:
/// data/khen\ thuong.csv:
/// meta.toml:
/// ```
///
/// The empty rules after the first (one per prerequisite) keep make going
/// when a prerequisite is deleted or renamed, as GCC's `-MP` does. The file
/// is written atomically, like the output, and only when the command
/// succeeded; a failed render leaves the previous depfile.
public struct Depfile: Sendable, Equatable {
  /// The files the command wrote.
  public var targets: [String]
  /// Every file read to make them: template, data, metadata, JSON
  /// contexts, user rulesets — in the order read, each once.
  public var prerequisites: [String]

  public init(targets: [String], prerequisites: [String]) {
    self.targets = Self.unique(targets)
    self.prerequisites = Self.unique(prerequisites)
  }

  /// The Makefile text.
  public var text: String {
    var lines: [String] = []
    var rule = targets.map(Self.escape).joined(separator: " ") + ":"
    for p in prerequisites { rule += " \\\n  " + Self.escape(p) }
    lines.append(rule)
    for p in prerequisites { lines.append(Self.escape(p) + ":") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Writes the depfile to `path` (a temporary file renamed over it).
  public func write(to path: String) throws(VanBanError) {
    do {
      try AtomicFile.write(Array(text.utf8), to: path)
    } catch {
      throw VanBanError(.outputFailure, file: path, error.message)
    }
  }

  /// A file name as make reads it: spaces, tabs and `#` escaped with a backslash,
  /// `$` doubled; a backslash before a space or `#` doubled as well, so it
  /// stays a backslash.
  public static func escape(_ name: String) -> String {
    var out = ""
    var backslashes = 0
    for c in name {
      switch c {
      case " ", "\t", "#":
        out += String(repeating: "\\", count: backslashes) + "\\" + String(c)
        backslashes = 0
        continue
      case "$":
        out += "$$"
      default:
        out.append(c)
      }
      backslashes = c == "\\" ? backslashes + 1 : 0
    }
    return out
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { !$0.isEmpty && $0 != "-" && seen.insert($0).inserted }
  }
}

extension DataInputs {
  /// The files a load read: the metadata file, each data file, then the
  /// ruleset files.
  public func filesRead(_ loaded: Loaded) -> [String] {
    (metadataFile.map { [$0] } ?? []) + loaded.dataset.reports.map(\.file) + rulesetFiles
  }

  /// The `--ruleset` items that are files.
  public var rulesetFiles: [String] { rulesets.filter(CheckOptions.isRulesetFile) }
}
