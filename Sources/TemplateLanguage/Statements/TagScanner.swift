/// Finds the tags in a text: `{{ … }}`, `{% … %}`, `{# … #}`, with their
/// structural prefix (`{%p`, `{%tr`, `{%tc`, `{%r`) and whitespace control
/// (`{%-`, `-%}`).
///
/// Works on UTF-8 bytes: the delimiters are ASCII, and the office layer maps
/// byte offsets back to the runs the text came from. A closing delimiter
/// inside quotes (straight or typographic) does not close the tag.
public enum TagScanner {
  public enum Kind: Sendable, Equatable {
    case output, statement, comment

    public var opening: String {
      switch self {
      case .output: "{{"
      case .statement: "{%"
      case .comment: "{#"
      }
    }

    public var closing: String {
      switch self {
      case .output: "}}"
      case .statement: "%}"
      case .comment: "#}"
      }
    }
  }

  /// The structure a prefixed tag acts on.
  public enum Prefix: String, Sendable, CaseIterable {
    case paragraph = "p", row = "tr", cell = "tc", run = "r"
  }

  /// A tag found in the text.
  public struct Found: Sendable, Equatable {
    /// Byte range of the whole tag, delimiters included.
    public var range: Range<Int>
    public var kind: Kind
    public var prefix: Prefix?
    /// The text between the delimiters, prefix and trim marks removed.
    public var inner: String
    public var trimBefore: Bool
    public var trimAfter: Bool

    public init(
      range: Range<Int>, kind: Kind, prefix: Prefix? = nil, inner: String,
      trimBefore: Bool = false, trimAfter: Bool = false
    ) {
      self.range = range
      self.kind = kind
      self.prefix = prefix
      self.inner = inner
      self.trimBefore = trimBefore
      self.trimAfter = trimAfter
    }

    /// The same tag, printing nothing.
    var asComment: Found {
      var comment = self
      comment.kind = .comment
      return comment
    }
  }

  public enum Piece: Sendable, Equatable {
    case text(Range<Int>)
    case tag(Found)
    /// What a `{% raw %}` block holds: text, never read for tags (ours or
    /// another tool's).
    case rawText(Range<Int>)
    /// An opening delimiter with no closing one after it.
    case unclosed(Kind, at: Int)
  }

  public static func scan(_ text: String) -> [Piece] {
    scan(Array(text.utf8))
  }

  public static func scan(_ bytes: [UInt8]) -> [Piece] {
    var pieces: [Piece] = []
    var textStart = 0
    var i = 0
    let n = bytes.count
    while i + 1 < n {
      guard bytes[i] == UInt8(ascii: "{"), let kind = kind(of: bytes[i + 1]) else {
        i += 1
        continue
      }
      guard let end = closing(of: kind, in: bytes, from: i + 2) else {
        if textStart < i { pieces.append(.text(textStart..<i)) }
        pieces.append(.unclosed(kind, at: i))
        return pieces
      }
      if textStart < i { pieces.append(.text(textStart..<i)) }
      let tag = found(kind, bytes, i..<end)
      i = end
      textStart = end
      // `{% raw %}…{% endraw %}`: what is between is text, tags included.
      // The two tags print nothing, as comments; one without the other is
      // left to the statement parser, which reports it.
      if kind == .statement, tag.inner == "raw", let endTag = endRaw(in: bytes, from: end) {
        pieces.append(.tag(tag.asComment))
        if end < endTag.range.lowerBound { pieces.append(.rawText(end..<endTag.range.lowerBound)) }
        pieces.append(.tag(endTag.asComment))
        i = endTag.range.upperBound
        textStart = i
        continue
      }
      pieces.append(.tag(tag))
    }
    if textStart < n { pieces.append(.text(textStart..<n)) }
    return pieces
  }

  /// The first `{% endraw %}` at or after `start`; only `{%` is looked for,
  /// so no other tag in a raw block is read.
  private static func endRaw(in bytes: [UInt8], from start: Int) -> Found? {
    var i = start
    while i + 1 < bytes.count {
      if bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "%"),
        let end = closing(of: .statement, in: bytes, from: i + 2)
      {
        let tag = found(.statement, bytes, i..<end)
        if tag.inner == "endraw" { return tag }
        i = end
      } else {
        i += 1
      }
    }
    return nil
  }

  /// docxtpl's escapes for authors who need the delimiters as text:
  /// `{_{` `}_}` `{_%` `%_}` `{_#` `#_}` print as `{{` `}}` `{%` `%}` `{#` `#}`.
  public static func unescapeLiteralDelimiters(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    return text.replacingAll([
      ("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}"), ("{_#", "{#"), ("#_}", "#}"),
    ])
  }

  private static func kind(of byte: UInt8) -> Kind? {
    switch byte {
    case UInt8(ascii: "{"): .output
    case UInt8(ascii: "%"): .statement
    case UInt8(ascii: "#"): .comment
    default: nil
    }
  }

  /// The index just past the closing delimiter, skipping quoted text.
  private static func closing(of kind: Kind, in bytes: [UInt8], from start: Int) -> Int? {
    let first: UInt8 =
      switch kind {
      case .output: UInt8(ascii: "}")
      case .statement: UInt8(ascii: "%")
      case .comment: UInt8(ascii: "#")
      }
    var quote: UInt8?  // the closing quote's last byte kind: ' or "
    var i = start
    while i < bytes.count {
      let b = bytes[i]
      if kind != .comment, let q = quoteClass(bytes, i) {
        if quote == nil {
          quote = q.kind
        } else if quote == q.kind {
          quote = nil
        }
        i += q.length
        continue
      }
      if quote == nil, b == first, i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "}") {
        return i + 2
      }
      i += 1
    }
    // An unbalanced quote must not hide the closing delimiter: retry
    // without quote tracking, so a stray apostrophe still closes.
    if kind != .comment, quote != nil {
      var j = start
      while j + 1 < bytes.count {
        if bytes[j] == first, bytes[j + 1] == UInt8(ascii: "}") { return j + 2 }
        j += 1
      }
    }
    return nil
  }

  /// Straight and typographic quotes: `'` ‘ ’ as one class, `"` “ ” as another.
  private static func quoteClass(_ bytes: [UInt8], _ i: Int) -> (kind: UInt8, length: Int)? {
    switch bytes[i] {
    case UInt8(ascii: "'"): return (UInt8(ascii: "'"), 1)
    case UInt8(ascii: "\""): return (UInt8(ascii: "\""), 1)
    case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80:
      switch bytes[i + 2] {
      case 0x98, 0x99: return (UInt8(ascii: "'"), 3)
      case 0x9C, 0x9D: return (UInt8(ascii: "\""), 3)
      default: return nil
      }
    default: return nil
    }
  }

  private static func found(_ kind: Kind, _ bytes: [UInt8], _ range: Range<Int>) -> Found {
    var body = bytes[(range.lowerBound + 2)..<(range.upperBound - 2)]
    var trimBefore = false
    var trimAfter = false
    if body.first == UInt8(ascii: "-") {
      trimBefore = true
      body = body.dropFirst()
    }
    if body.last == UInt8(ascii: "-") {
      trimAfter = true
      body = body.dropLast()
    }
    var prefix: Prefix?
    for (p, word) in prefixWords {
      if body.starts(with: word), body.count > word.count,
        isSpace(body[body.startIndex + word.count])
      {
        prefix = p
        body = body.dropFirst(word.count)
        break
      }
    }
    // ASCII spaces are trimmed on the bytes; only a tag that still starts
    // or ends with a non-ASCII byte (a no-break space, say) needs the
    // Unicode-aware trim.
    while let first = body.first, first < 0x80, isSpace(first) { body = body.dropFirst() }
    while let last = body.last, last < 0x80, isSpace(last) { body = body.dropLast() }
    var inner = String(decoding: body, as: UTF8.self)
    if (body.first ?? 0) >= 0x80 || (body.last ?? 0) >= 0x80 { inner = inner.trimmedTagText }
    return Found(
      range: range, kind: kind, prefix: prefix, inner: inner,
      trimBefore: trimBefore, trimAfter: trimAfter)
  }

  /// The prefixes with their bytes, longest first (`tr` before `r`), made
  /// once rather than for every tag.
  private static let prefixWords: [(Prefix, [UInt8])] = [Prefix.row, .cell, .paragraph, .run].map {
    ($0, Array($0.rawValue.utf8))
  }

  private static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xC2  // 0xC2: start of U+00A0
  }
}

extension String {
  /// Trims spaces, including the non-breaking ones Word inserts.
  var trimmedTagText: String {
    var s = self[...]
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }

  func replacingAll(_ pairs: [(String, String)]) -> String {
    var result = self
    for (old, new) in pairs where result.contains(old) {
      result = result.replacing(old, with: new)
    }
    return result
  }
}
