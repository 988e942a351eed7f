/// One problem found in a data file, located where the author will find it.
///
/// Printed the way compilers print (`FILE:LINE:COLUMN: error: what; fix`),
/// so editors and CI logs link to the cell. LINE is the line of the file
/// (a quoted cell with line breaks makes a row span several lines; the
/// row's first line is given); COLUMN is the spreadsheet column, 1 for A.
public struct DataDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// How bad it is: an error rejects the row (or the file); a warning and a
  /// note are information only.
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
    case note

    /// `error` / `lỗi`, `warning` / `cảnh báo`, `note` / `ghi chú`.
    public func word(vietnamese: Bool) -> String {
      guard vietnamese else { return rawValue }
      switch self {
      case .error: return "lỗi"
      case .warning: return "cảnh báo"
      case .note: return "ghi chú"
      }
    }
  }

  public let file: String
  /// The line in the file, or nil for the file as a whole.
  public let line: Int?
  /// The spreadsheet column (1 = A), or nil for the row as a whole.
  public let column: Int?
  public let severity: Severity
  /// What is wrong, quoting the cell.
  public let message: String
  /// How to fix it, or nil when the message says it.
  public let fix: String?
  /// The message and fix in Vietnamese, for an office worker.
  public let vietnamese: (message: String, fix: String?)

  public init(
    file: String, line: Int? = nil, column: Int? = nil,
    severity: Severity = .error, message: String, fix: String? = nil,
    vietnamese: String, vietnameseFix: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.fix = fix
    self.vietnamese = (vietnamese, vietnameseFix)
  }

  public static func == (a: DataDiagnostic, b: DataDiagnostic) -> Bool {
    a.file == b.file && a.line == b.line && a.column == b.column && a.severity == b.severity
      && a.message == b.message && a.fix == b.fix
      && a.vietnamese.message == b.vietnamese.message && a.vietnamese.fix == b.vietnamese.fix
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(file)
    hasher.combine(line)
    hasher.combine(column)
    hasher.combine(severity)
    hasher.combine(message)
    hasher.combine(fix)
    hasher.combine(vietnamese.message)
    hasher.combine(vietnamese.fix)
  }

  /// What is wrong, in Vietnamese when `vietnamese`.
  public func message(vietnamese inVietnamese: Bool) -> String {
    inVietnamese ? vietnamese.message : message
  }

  /// How to fix it, in Vietnamese when `vietnamese`.
  public func fix(vietnamese inVietnamese: Bool) -> String? {
    inVietnamese ? vietnamese.fix : fix
  }

  public var isError: Bool { severity == .error }

  /// `tallies.csv:5:5: error: the count “ba” is not a number; write it in digits (3)`.
  public var description: String { description(vietnamese: false) }

  /// The GCC-style line in Vietnamese or English:
  /// `tallies.csv:5:5: lỗi: số lượng “ba” không phải là số; ghi bằng chữ số (3)`.
  public func description(vietnamese inVietnamese: Bool) -> String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    var text =
      place + ": " + severity.word(vietnamese: inVietnamese) + ": "
      + message(vietnamese: inVietnamese)
    if let fix = fix(vietnamese: inVietnamese) { text += "; " + fix }
    return text
  }

  /// The spreadsheet name of a column: 1 → “A”, 27 → “AA”.
  public static func columnLetter(_ column: Int) -> String {
    var n = column
    var letters: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
      n = (n - 1) / 26
    }
    return String(letters)
  }
}
