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

  public init(
    file: String, line: Int? = nil, column: Int? = nil,
    severity: Severity = .error, message: String, fix: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.fix = fix
  }

  public var isError: Bool { severity == .error }

  /// `tallies.csv:5:5: error: the count “ba” is not a number; write it in digits (3)`.
  public var description: String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    var text = place + ": " + severity.rawValue + ": " + message
    if let fix { text += "; " + fix }
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
