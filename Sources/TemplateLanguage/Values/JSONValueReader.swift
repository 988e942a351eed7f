import OrderedCollections

/// Reads JSON into `Value`s, keeping the order of object keys.
///
/// Written by hand because Foundation's JSONSerialization and JSONDecoder
/// lose key order on Linux, and a template prints and iterates mappings in
/// the order their author wrote them (as docxtpl does with Python dicts).
public struct JSONValueReader {
  /// A JSON syntax error with its line and column.
  public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public let message: String
    public var description: String { "\(line):\(column): \(message)" }
  }

  private let bytes: [UInt8]
  private var position = 0

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Parses a whole JSON document.
  public static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> Value {
    var reader = JSONValueReader(bytes)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
    reader.skipWhitespace()
    let value = try reader.readValue(depth: 0)
    reader.skipWhitespace()
    if reader.position != bytes.count {
      throw reader.error("unexpected text after the JSON value")
    }
    return value
  }

  public static func parse(_ text: String) throws(SyntaxError) -> Value {
    try parse(Array(text.utf8))
  }

  private func error(_ message: String) -> SyntaxError {
    var line = 1
    var column = 1
    for b in bytes[..<min(position, bytes.count)] {
      if b == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return SyntaxError(line: line, column: column, message: message)
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private mutating func readValue(depth: Int) throws(SyntaxError) -> Value {
    guard depth < ValueLimits.maxNesting else {
      throw error("JSON nested more than \(ValueLimits.maxNesting) levels deep")
    }
    guard position < bytes.count else { throw error("unexpected end of JSON") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try readObject(depth: depth)
    case UInt8(ascii: "["): return try readArray(depth: depth)
    case UInt8(ascii: "\""): return .string(try readString())
    case UInt8(ascii: "t"): return try readKeyword("true", .bool(true))
    case UInt8(ascii: "f"): return try readKeyword("false", .bool(false))
    case UInt8(ascii: "n"): return try readKeyword("null", .none)
    default: return try readNumber()
    }
  }

  private mutating func readKeyword(_ word: String, _ value: Value) throws(SyntaxError) -> Value {
    let w = Array(word.utf8)
    guard bytes[position...].starts(with: w) else { throw error("unexpected character") }
    position += w.count
    return value
  }

  private mutating func readObject(depth: Int) throws(SyntaxError) -> Value {
    position += 1
    var result = OrderedDictionary<String, Value>()
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .map(result)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw error("expected a key in double quotes")
      }
      let key = try readString()
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key \"\(key)\"")
      }
      position += 1
      skipWhitespace()
      result[key] = try readValue(depth: depth + 1)
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of JSON in an object") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return .map(result)
      }
      throw error("expected ',' or '}' in an object")
    }
  }

  private mutating func readArray(depth: Int) throws(SyntaxError) -> Value {
    position += 1
    var result: [Value] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .list(result)
    }
    while true {
      skipWhitespace()
      result.append(try readValue(depth: depth + 1))
      skipWhitespace()
      guard position < bytes.count else { throw error("unexpected end of JSON in an array") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return .list(result)
      }
      throw error("expected ',' or ']' in an array")
    }
  }

  private mutating func readString() throws(SyntaxError) -> String {
    position += 1
    // Most strings have no escape: cut them out of the input whole.
    let start = position
    while position < bytes.count, bytes[position] != UInt8(ascii: "\""),
      bytes[position] != UInt8(ascii: "\\"), bytes[position] >= 0x20
    {
      position += 1
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
      position += 1
      return String(decoding: bytes[start..<position - 1], as: UTF8.self)
    }
    var out = Array(bytes[start..<position])
    while position < bytes.count {
      let b = bytes[position]
      position += 1
      switch b {
      case UInt8(ascii: "\""):
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { break }
        let e = bytes[position]
        position += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
          var scalar = try readHex4()
          // A high surrogate pairs with a low one in the next escape; any
          // other escape after it stays for the next round of the loop.
          if (0xD800..<0xDC00).contains(scalar), bytes[position...].starts(with: [0x5C, 0x75]) {
            let mark = position
            position += 2
            let low = try readHex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              position = mark
            }
          }
          let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
          out.append(contentsOf: Array(String(Character(s)).utf8))
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
          out.append(e)
        default:
          position -= 2
          throw error("invalid escape \\\(Character(Unicode.Scalar(e)))")
        }
      case 0x00..<0x20:
        throw error("control character inside a string; write it as an escape such as \\n")
      default:
        out.append(b)
      }
    }
    throw error("unterminated string")
  }

  private mutating func readHex4() throws(SyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var v: UInt32 = 0
    for b in bytes[position..<position + 4] {
      guard let d = hexDigit(b) else { throw error("invalid \\u escape") }
      v = v * 16 + d
    }
    position += 4
    return v
  }

  private func hexDigit(_ b: UInt8) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private mutating func readNumber() throws(SyntaxError) -> Value {
    let start = position
    func digits() -> Int {
      let from = position
      while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
      return position - from
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < bytes.count, (0x30...0x39).contains(bytes[position]) else {
      if position == start { throw error("unexpected character") }
      throw error("expected a digit after '-'")
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, (0x30...0x39).contains(bytes[position]) {
        throw error("a number cannot start with 0")
      }
    } else {
      _ = digits()
    }
    var isFloat = false
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      isFloat = true
      position += 1
      guard digits() > 0 else { throw error("expected a digit after '.'") }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      isFloat = true
      position += 1
      if position < bytes.count, [UInt8(ascii: "+"), UInt8(ascii: "-")].contains(bytes[position]) {
        position += 1
      }
      guard digits() > 0 else { throw error("expected a digit in the exponent") }
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    if !isFloat, let i = Int(text) { return .int(i) }
    guard let d = Double(text) else {
      position = start
      throw error("invalid number \(text)")
    }
    return .double(d)
  }
}
