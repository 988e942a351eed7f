/// A tag written for another template tool: docxtemplater's `{name}`,
/// `{#list}`, `{/list}`, `{^list}`, or Carbone's `{d.name}`.
///
/// vanban reads only Jinja tags; these would be printed as they are, or, for
/// `{#list}`, read as a comment that never closes. Recognising them lets
/// lint tell an author who brings such a template what to write instead.
public struct ForeignTag: Sendable, Equatable {
  /// The tag as typed.
  public let text: String
  /// The tool whose syntax it is.
  public let tool: String
  /// What to write in vanban.
  public let replacement: String

  public init(text: String, tool: String, replacement: String) {
    self.text = text
    self.tool = tool
    self.replacement = replacement
  }

  /// The problem a diagnostic reports for it.
  public var problem: TemplateProblem {
    .foreignTag(tag: text, tool: tool, replacement: replacement)
  }

  /// The foreign tag starting at `start` of `bytes` (at its `{`), if any.
  /// Only compact tags count — a name or path, no spaces — so braces in
  /// prose are left alone.
  public static func at(_ start: Int, in bytes: [UInt8]) -> (tag: ForeignTag, end: Int)? {
    guard start < bytes.count, bytes[start] == UInt8(ascii: "{"),
      start == 0 || bytes[start - 1] != UInt8(ascii: "{")
    else { return nil }
    var end = start + 1
    while end < bytes.count, end - start <= 80, bytes[end] != UInt8(ascii: "}") {
      let b = bytes[end]
      if b == UInt8(ascii: " ") || b == UInt8(ascii: "{") || b < 0x20 { return nil }
      end += 1
    }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "}"), end > start + 1,
      end + 1 == bytes.count || bytes[end + 1] != UInt8(ascii: "}")
    else { return nil }
    let inner = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    let text = "{\(inner)}"
    guard let tag = recognise(inner, text: text) else { return nil }
    return (tag, end + 1)
  }

  /// Every foreign tag in the text between vanban's own tags.
  public static func all(in bytes: [UInt8], pieces: [TagScanner.Piece]) -> [(
    tag: ForeignTag, range: Range<Int>
  )] {
    var found: [(ForeignTag, Range<Int>)] = []
    for case .text(let range) in pieces {
      var i = range.lowerBound
      while i < range.upperBound {
        if bytes[i] == UInt8(ascii: "{"), let (tag, end) = at(i, in: bytes), end <= range.upperBound
        {
          found.append((tag, i..<end))
          i = end
        } else {
          i += 1
        }
      }
    }
    return found
  }

  private static func recognise(_ inner: String, text: String) -> ForeignTag? {
    let docxtemplater = "docxtemplater"
    switch inner.first {
    case "#":
      guard let name = path(inner.dropFirst()) else { return nil }
      return ForeignTag(
        text: text, tool: docxtemplater,
        replacement: "{% for item in \(name) %} … {% endfor %} (or {% if \(name) %} … {% endif %})")
    case "/":
      guard path(inner.dropFirst()) != nil else { return nil }
      return ForeignTag(
        text: text, tool: docxtemplater, replacement: "{% endfor %} or {% endif %}")
    case "^":
      guard let name = path(inner.dropFirst()) else { return nil }
      return ForeignTag(
        text: text, tool: docxtemplater, replacement: "{% if not \(name) %} … {% endif %}")
    default:
      break
    }
    // Carbone: `d.` is the data, `c.` the options; `[i]` marks a loop,
    // `:name(…)` a formatter.
    if inner.hasPrefix("d.") || inner.hasPrefix("c.") {
      let expression = inner.dropFirst(2).prefix { $0 != ":" }
      if let open = expression.firstIndex(of: "["), expression[open...].hasPrefix("[i") {
        let list = expression[..<open]
        let rest = expression[open...].drop { $0 != "]" }.dropFirst()
        return ForeignTag(
          text: text, tool: "Carbone",
          replacement: "{%tr for item in \(list) %} … {{ item\(rest) }} … {%tr endfor %}")
      }
      guard path(expression) != nil else { return nil }
      return ForeignTag(text: text, tool: "Carbone", replacement: "{{ \(expression) }}")
    }
    guard let name = path(inner[...]) else { return nil }
    return ForeignTag(text: text, tool: docxtemplater, replacement: "{{ \(name) }}")
  }

  /// `name` or `a.b.c`: letters, digits and `_`, not starting with a digit.
  private static func path(_ text: Substring) -> Substring? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    for part in parts {
      guard let first = part.first, first.isLetter || first == "_",
        part.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      else { return nil }
    }
    return text
  }
}
