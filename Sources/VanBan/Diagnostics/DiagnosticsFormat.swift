import TemplateLanguage
/// How a command prints its diagnostics (`--diagnostics text|json`).
///
/// `text` is GCC-style, one problem per line (`FILE:LINE:COL: error: …`),
/// so make's output stays readable and editors link to the place. `json`
/// writes one JSON object per line (JSON Lines), each with the same keys
/// in the same order, so editors and CI can show them:
///
/// ```json
/// {"severity": "error", "kind": "bad-template", "file": "t.docx", "line": null,
///  "column": null, "location": {"part": "body", "paragraph": 2, "table": null,
///  "row": null, "cell": null, "excerpt": "⟦{% for x in xs %}⟧"}, "place": null,
///  "message": "{% for %} is never closed by {% endfor %}", "fix": "add {% endfor %} …",
///  "item": null}
/// ```
public enum DiagnosticsFormat: String, Sendable, CaseIterable {
  case text, json

  /// The lines to print for `diagnostics`, one per problem (a text
  /// diagnostic may take a second line, the paragraph's text).
  public func lines(_ diagnostics: [Diagnostic], kind: VanBanError.Kind? = nil) -> [String] {
    switch self {
    case .text: diagnostics.map(\.text)
    case .json: diagnostics.map { $0.json(kind: kind) }
    }
  }

  /// The lines to print for `error`: its messages as they are worded
  /// (text), or its diagnostics as JSON objects.
  public func lines(_ error: VanBanError) -> [String] {
    switch self {
    case .text: [error.description]
    case .json: error.diagnostics.map { $0.json(kind: error.kind) }
    }
  }
}

extension VanBanError.Kind {
  /// The kind's name in JSON diagnostics: `usage`, `bad-data`,
  /// `bad-template`, `rules-failed`, `output-failure`.
  public var name: String {
    switch self {
    case .usage: "usage"
    case .badData: "bad-data"
    case .badTemplate: "bad-template"
    case .rulesFailed: "rules-failed"
    case .outputFailure: "output-failure"
    }
  }
}

extension Diagnostic {
  /// One JSON object on one line; every key present (null when unknown),
  /// always in the same order. `kind` is the cause (and so the exit code)
  /// of an error, null for a warning or a note that fails nothing.
  public func json(kind: VanBanError.Kind? = nil) -> String {
    var o = JSONObjectWriter()
    o.add("severity", .string(severity.rawValue))
    o.add("kind", severity == .error ? kind.map { .string($0.name) } ?? .null : .null)
    o.add("file", file.map(JSONObjectWriter.Field.string) ?? .null)
    o.add("line", line.map(JSONObjectWriter.Field.int) ?? .null)
    o.add("column", column.map(JSONObjectWriter.Field.int) ?? .null)
    if let location {
      var l = JSONObjectWriter()
      l.add("part", .string(location.part))
      l.add("paragraph", location.paragraph.map(JSONObjectWriter.Field.int) ?? .null)
      l.add("table", location.table.map(JSONObjectWriter.Field.int) ?? .null)
      l.add("row", location.row.map(JSONObjectWriter.Field.int) ?? .null)
      l.add("cell", location.cell.map(JSONObjectWriter.Field.int) ?? .null)
      l.add("excerpt", location.excerpt.map(JSONObjectWriter.Field.string) ?? .null)
      o.add("location", .raw(l.text))
    } else {
      o.add("location", .null)
    }
    o.add("place", place.map(JSONObjectWriter.Field.string) ?? .null)
    o.add("message", .string(message))
    o.add("fix", fix.map(JSONObjectWriter.Field.string) ?? .null)
    if let item {
      var i = JSONObjectWriter()
      i.add("index", .int(item.index))
      i.add("label", .string(item.label))
      i.add("output", item.output.map(JSONObjectWriter.Field.string) ?? .null)
      o.add("item", .raw(i.text))
    } else {
      o.add("item", .null)
    }
    return o.text
  }
}

/// A JSON object written key by key in a fixed order, on one line.
struct JSONObjectWriter {
  enum Field {
    case string(String)
    case int(Int)
    case null
    case raw(String)
  }

  private var pairs: [String] = []

  mutating func add(_ key: String, _ value: Field) {
    let v: String
    switch value {
    case .string(let s): v = Self.quoted(s)
    case .int(let i): v = String(i)
    case .null: v = "null"
    case .raw(let r): v = r
    }
    pairs.append(Self.quoted(key) + ": " + v)
  }

  var text: String { "{" + pairs.joined(separator: ", ") + "}" }

  /// A JSON string, written by the same code as the template filter
  /// `tojson` (HTML characters escaped, which JSON readers undo).
  static func quoted(_ s: String) -> String { Value.string(s).jsonText }
}
