import AwardRules
import Tallies
import TemplateLanguage

/// One problem as data: what, where, how to fix it — the form editors and
/// CI read (`--diagnostics json`), and from which the GCC-style line make
/// prints is also made.
///
/// Every source of problems converts to it: template tags
/// (`TemplateDiagnostic`, located by part, paragraph and table cell),
/// data files (`DataDiagnostic`, by line and spreadsheet column), ruleset
/// files (`RulesetError.Problem`, by rule and criterion) and the
/// pipeline's own messages (`VanBanError`).
public struct Diagnostic: Sendable, Hashable {
  /// How bad it is: an error fails the command; a warning and a note are
  /// information only.
  public enum Severity: String, Sendable, Hashable {
    case error, warning, note
  }

  /// Where in a DOCX/ODT template, in the words of the person who typed
  /// the tag: the part, the paragraph, the table cell and the paragraph's
  /// text with `⟦ ⟧` around the tag.
  public struct Location: Sendable, Hashable {
    public var part: String
    public var paragraph: Int?
    public var table: Int?
    public var row: Int?
    public var cell: Int?
    public var excerpt: String?

    public init(
      part: String, paragraph: Int? = nil, table: Int? = nil, row: Int? = nil, cell: Int? = nil,
      excerpt: String? = nil
    ) {
      self.part = part
      self.paragraph = paragraph
      self.table = table
      self.row = row
      self.cell = cell
      self.excerpt = excerpt
    }
  }

  /// The batch item a problem belongs to (`vanban batch`).
  public struct Item: Sendable, Hashable {
    /// 1-based, in the order of `--each`.
    public var index: Int
    /// What the item is called (a unit's name), for people.
    public var label: String
    /// The document the item was to be written to.
    public var output: String?

    public init(index: Int, label: String, output: String? = nil) {
      self.index = index
      self.label = label
      self.output = output
    }
  }

  public var severity: Severity
  /// The file the problem is in (template, CSV, metadata, ruleset,
  /// output), when there is one.
  public var file: String?
  /// A line of a text file (CSV, TOML, JSON, an output pattern).
  public var line: Int?
  /// A column: the spreadsheet column (1 = A) of a CSV file, else the
  /// character on the line.
  public var column: Int?
  /// The place in a DOCX/ODT template.
  public var location: Location?
  /// Where in its own words when neither line nor location says it
  /// (`rule "ldtt", criterion "xep-loai"` in a ruleset).
  public var place: String?
  public var message: String
  /// How to fix it, when the message does not say it.
  public var fix: String?
  public var item: Item?

  public init(
    severity: Severity = .error, file: String? = nil, line: Int? = nil, column: Int? = nil,
    location: Location? = nil, place: String? = nil, message: String, fix: String? = nil,
    item: Item? = nil
  ) {
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.location = location
    self.place = place
    self.message = message
    self.fix = fix
    self.item = item
  }

  // MARK: - From each source of problems

  /// A problem of a tag in the template `file`, worded in `language`.
  public init(
    _ d: TemplateDiagnostic, severity: Severity = .error, file: String?,
    language: MessageLanguage = .english
  ) {
    let l = d.location
    self.init(
      severity: severity, file: file, line: l.line, column: l.column,
      location: Location(
        part: l.part, paragraph: l.paragraph, table: l.table, row: l.row, cell: l.cell,
        excerpt: l.excerpt.isEmpty ? nil : l.excerpt),
      message: d.message(in: language), fix: d.fix(in: language))
  }

  /// A problem of a CSV or metadata file, worded in `language`.
  public init(_ d: DataDiagnostic, language: MessageLanguage = .english) {
    let severity: Severity
    switch d.severity {
    case .error: severity = .error
    case .warning: severity = .warning
    case .note: severity = .note
    }
    self.init(
      severity: severity, file: d.file, line: d.line, column: d.column,
      message: d.message(vietnamese: language == .vietnamese),
      fix: d.fix(vietnamese: language == .vietnamese))
  }

  /// A problem of a ruleset file.
  public init(_ p: RulesetError.Problem) {
    self.init(file: p.file, place: p.place, message: p.message, fix: p.fix)
  }

  /// A message already worded GCC-style (`FILE:LINE:COL: error: what; fix`,
  /// `FILE: place: error: what`, `error: what`), read back as well as it
  /// can be: the file, line, column, place and severity when the text has
  /// them; the fix stays in the message.
  public init(parsing text: String, file defaultFile: String? = nil) {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let first = lines.removeFirst()
    let excerpt = lines.map { String($0.drop(while: { $0 == " " })) }.filter { !$0.isEmpty }
      .joined(separator: "\n")
    var severity = Severity.error
    var head = ""
    var message = first
    var earliest: String.Index?
    // The words in English and in Vietnamese (`--lang vi`).
    let words: [(Severity, String)] = [
      (.error, "error"), (.error, "lỗi"), (.warning, "warning"), (.warning, "cảnh báo"),
      (.note, "note"), (.note, "ghi chú"),
    ]
    for (s, word) in words {
      if first.hasPrefix(word + ": ") {
        severity = s
        head = ""
        message = String(first.dropFirst(word.count + 2))
        earliest = first.startIndex
        break
      }
      if let r = first.firstRange(of: ": " + word + ": "),
        earliest.map({ r.lowerBound < $0 }) ?? true
      {
        severity = s
        head = String(first[..<r.lowerBound])
        message = String(first[r.upperBound...])
        earliest = r.lowerBound
      }
    }
    var file = defaultFile
    var line: Int?
    var column: Int?
    var place: String?
    func lineAndColumn(_ s: String) -> (Int, Int?)? {
      let parts = s.split(separator: ":", omittingEmptySubsequences: false)
      guard (1...2).contains(parts.count), let l = Int(parts[0]) else { return nil }
      if parts.count == 2 {
        guard let c = Int(parts[1]) else { return nil }
        return (l, c)
      }
      return (l, nil)
    }
    if !head.isEmpty {
      var rest: Substring = head[...]
      if let d = defaultFile, head == d {
        rest = ""
      } else if let d = defaultFile, head.hasPrefix(d + ": ") {
        rest = head.dropFirst(d.count + 2)
      } else if let d = defaultFile, head.hasPrefix(d + ":"),
        lineAndColumn(String(head.dropFirst(d.count + 1))) != nil
      {
        rest = head.dropFirst(d.count + 1)
      } else if defaultFile != nil {
        // The error's own file is known: what precedes is a place in it.
        rest = head[...]
      } else {
        // `file:12:3`, `file:12`, `file`, `file: place`.
        let name = head.firstRange(of: ": ").map { head[..<$0.lowerBound] } ?? head[...]
        var pieces = name.split(separator: ":", omittingEmptySubsequences: false)
        var numbers: [Int] = []
        while pieces.count > 1, numbers.count < 2, let n = pieces.last.flatMap({ Int($0) }) {
          numbers.insert(n, at: 0)
          pieces.removeLast()
        }
        let named = pieces.joined(separator: ":")
        let looksLikeFile = !numbers.isEmpty || named.contains(".") || named.contains("/")
        if looksLikeFile && !named.contains(" ") {
          file = named
          line = numbers.first
          column = numbers.count == 2 ? numbers[1] : nil
          rest = head.firstRange(of: ": ").map { head[$0.upperBound...] } ?? ""
        }
      }
      if !rest.isEmpty {
        if let (l, c) = lineAndColumn(String(rest)) {
          line = l
          column = c
        } else {
          place = String(rest)
        }
      }
    }
    self.init(
      severity: severity, file: file, line: line, column: column, place: place, message: message)
    if !excerpt.isEmpty {
      location = Location(part: place ?? "", excerpt: excerpt)
      self.place = nil
    }
  }

  private static func splitFirst(_ s: String, _ separator: String) -> (String, String?) {
    guard let r = s.firstRange(of: separator) else { return (s, nil) }
    return (String(s[..<r.lowerBound]), String(s[r.upperBound...]))
  }

  // MARK: - Text

  /// The GCC-style line make prints: `FILE:LINE:COL: error: what; fix`, or
  /// `FILE: body, paragraph 3 (table 1, row 2, cell 1): error: …` with the
  /// paragraph's text on the next line.
  public var text: String {
    var head: [String] = []
    var where_ = file ?? ""
    if let line {
      where_ += (where_.isEmpty ? "" : ":") + "\(line)"
      if let column { where_ += ":\(column)" }
    }
    if !where_.isEmpty { head.append(where_) }
    if let location { head.append(location.place) }
    if let place { head.append(place) }
    var s =
      (head.isEmpty ? "" : head.joined(separator: ": ") + ": ") + severity.rawValue + ": "
      + message
    if let fix, !fix.isEmpty { s += "; " + fix }
    if let excerpt = location?.excerpt, !excerpt.isEmpty { s += "\n    " + excerpt }
    if let item {
      s += "\n"
      s += (file.map { $0 + ": " } ?? "") + "note: in item \(item.index) (\(item.label))"
      if let output = item.output { s += ", writing \(output)" }
    }
    return s
  }
}

extension Diagnostic.Location {
  /// `body, paragraph 12 (table 1, row 2, cell 3)`.
  public var place: String {
    var s = part
    if let paragraph { s += ", paragraph \(paragraph)" }
    if let table {
      var t = "table \(table)"
      if let row { t += ", row \(row)" }
      if let cell { t += ", cell \(cell)" }
      s += " (\(t))"
    }
    return s
  }
}
