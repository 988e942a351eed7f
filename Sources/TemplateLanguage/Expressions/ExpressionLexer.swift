/// A token of the expression language.
enum ExpressionToken: Equatable {
  case name(String)
  case int(Int)
  case double(Double)
  case string(String)
  case symbol(String)
  case end

  var display: String {
    switch self {
    case .name(let n): "\"\(n)\""
    case .int(let i): String(i)
    case .double(let d): String(d)
    case .string(let s): "'\(s)'"
    case .symbol(let s): "\"\(s)\""
    case .end: "the end of the tag"
    }
  }

  /// Whether the token can put what follows one level deeper in the
  /// expression tree: operators, filters, attribute steps, opening brackets.
  var nests: Bool {
    switch self {
    case .symbol(let s): !(s == "," || s == ")" || s == "]" || s == "}" || s == ":" || s == "=")
    case .name(let n):
      n == "and" || n == "or" || n == "not" || n == "is" || n == "in" || n == "if" || n == "else"
    default: false
    }
  }
}

/// Splits the text inside a tag into tokens.
///
/// Word replaces straight quotes with typographic ones as the author types;
/// inside a tag they are read as the straight quotes the author meant, and
/// non-breaking spaces as spaces.
struct ExpressionLexer {
  struct Failure: Error { let detail: String }

  /// Longest first, so that `**` is not read as two `*`.
  static let symbols: [(text: String, scalars: [Unicode.Scalar])] = [
    "**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "<", ">", "=", "(", ")",
    "[", "]", "{", "}", ".", ",", ":", "|",
  ].map { ($0, Array($0.unicodeScalars)) }

  /// The most operators, filters, attribute steps and opening brackets one
  /// tag may hold. Each can nest the expression one level deeper, and the
  /// parser, the evaluator and the expression's release all recurse once a
  /// level: a hostile tag of 100,000 `-` or `.b` would overflow the stack.
  /// Flat lists are not limited (their commas do not nest). Far beyond what
  /// a template needs: the longest tags in the seeds hold a dozen.
  static let maxNesting = 256

  static func tokenize(_ text: String) throws(Failure) -> [ExpressionToken] {
    let chars = Array(text.unicodeScalars)
    // Where each scalar starts in `text`: names and numbers are cut out of
    // it, which is far cheaper than appending scalars to a new string.
    let starts = Array(text.unicodeScalars.indices) + [text.endIndex]
    func cut(_ range: Range<Int>) -> String {
      String(text[starts[range.lowerBound]..<starts[range.upperBound]])
    }
    var tokens: [ExpressionToken] = []
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{A0}" || c == "\u{2002}"
        || c == "\u{2003}" || c == "\u{2009}"
      {
        i += 1
        continue
      }
      if let quote = quoteKind(c) {
        i += 1
        var s = String.UnicodeScalarView()
        var closed = false
        while i < chars.count {
          let d = chars[i]
          if quoteKind(d) == quote {
            closed = true
            i += 1
            break
          }
          if d == "\\", i + 1 < chars.count {
            let e = chars[i + 1]
            switch e {
            case "n": s.append("\n")
            case "t": s.append("\t")
            case "r": s.append("\r")
            default: s.append(e)
            }
            i += 2
            continue
          }
          s.append(d)
          i += 1
        }
        guard closed else { throw Failure(detail: "a quoted text is not closed") }
        tokens.append(.string(String(s)))
        continue
      }
      if isDigit(c) {
        var j = i
        var isDouble = false
        while j < chars.count,
          isDigit(chars[j]) || chars[j] == "_"
            || (chars[j] == "." && !isDouble && j + 1 < chars.count && isDigit(chars[j + 1]))
        {
          if chars[j] == "." { isDouble = true }
          j += 1
        }
        if j < chars.count, chars[j] == "e" || chars[j] == "E" {
          var k = j + 1
          if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
          if k < chars.count, isDigit(chars[k]) {
            isDouble = true
            j = k
            while j < chars.count, isDigit(chars[j]) { j += 1 }
          }
        }
        let literal = cut(i..<j).replacingUnderscores()
        if isDouble {
          guard let d = Double(literal) else { throw Failure(detail: "\(literal) is not a number") }
          tokens.append(.double(d))
        } else {
          guard let n = Int(literal) else { throw Failure(detail: "\(literal) is too large") }
          tokens.append(.int(n))
        }
        i = j
        continue
      }
      if isNameStart(c) {
        var j = i
        while j < chars.count, isNamePart(chars[j]) { j += 1 }
        tokens.append(.name(cut(i..<j)))
        i = j
        continue
      }
      var matched = false
      for symbol in symbols where chars[i...].starts(with: symbol.scalars) {
        tokens.append(.symbol(symbol.text))
        i += symbol.scalars.count
        matched = true
        break
      }
      if !matched {
        throw Failure(detail: "the character \"\(Character(c))\" cannot stand here")
      }
    }
    guard tokens.count(where: \.nests) <= maxNesting else {
      throw Failure(
        detail: "the tag holds more than \(maxNesting) operators, filters and brackets; "
          + "compute the value in steps with {% set %}")
    }
    tokens.append(.end)
    return tokens
  }

  // ASCII first: tags are mostly ASCII, and Unicode property lookups are
  // most of the cost of compiling a template's tags.
  private static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  private static func isNameStart(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    return c.properties.isAlphabetic
  }

  private static func isNamePart(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return isNameStart(c) || isDigit(c) }
    let p = c.properties
    return p.isAlphabetic || p.numericType != nil || p.isDiacritic
      || p.generalCategory == .nonspacingMark
  }

  /// `'` for single quotes (straight or typographic), `"` for double.
  private static func quoteKind(_ c: Unicode.Scalar) -> Character? {
    switch c {
    case "'", "\u{2018}", "\u{2019}": "'"
    case "\"", "\u{201C}", "\u{201D}": "\""
    default: nil
    }
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String { filter { $0 != "_" } }
}
