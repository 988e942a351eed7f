/// How Jinja prints values: Python's `str()` at the top, `repr()` inside
/// lists and mappings, so that `{{ xs }}` reads `['a', 1, None]` as docxtpl
/// users know it.
extension Value {
  /// The text `{{ value }}` writes.
  public var printed: String {
    switch self {
    case .string(let s): s
    default: represented
    }
  }

  /// Python's `repr()`: strings quoted, the rest as printed.
  var represented: String {
    switch self {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .double(let d): return Value.pythonFloat(d)
    case .string(let s): return Value.pythonQuoted(s)
    case .list(let l): return "[" + l.map(\.represented).joined(separator: ", ") + "]"
    case .map(let m):
      return "{"
        + m.map { "\(Value.pythonQuoted($0.key)): \($0.value.represented)" }
        .joined(separator: ", ") + "}"
    }
  }

  /// Python's float repr: shortest round-trip digits, always a decimal point
  /// or exponent, `inf`/`nan` spelled as Python does.
  static func pythonFloat(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == d.rounded(), abs(d) < 1e16 {
      return (d.sign == .minus && d == 0 ? "-" : "") + String(Int(d)) + ".0"
    }
    // Swift's description already gives the shortest round-trip digits;
    // only the exponent form differs ("1e-05" in Python, "1e-05" in Swift).
    return d.description
  }

  static func pythonQuoted(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for ch in s {
      switch ch {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case quote: out += "\\" + String(quote)
      default: out.append(ch)
      }
    }
    out.append(quote)
    return out
  }
}
