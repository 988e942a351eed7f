/// Python's `"{} {:.2f}".format(a, b)`: positional `{}`/`{0}`, named
/// `{name}`, and the format specs templates use (`,` grouping, precision,
/// `f`/`d`/`%` types, alignment with width).
enum BraceFormat {
  static func apply(_ format: String, _ args: FilterArguments) throws(FilterFailure) -> String {
    var out = ""
    var next = 0
    var chars = Array(format)[...]
    while let c = chars.first {
      chars.removeFirst()
      if c == "{", chars.first == "{" {
        chars.removeFirst()
        out.append("{")
        continue
      }
      if c == "}", chars.first == "}" {
        chars.removeFirst()
        out.append("}")
        continue
      }
      guard c == "{" else {
        out.append(c)
        continue
      }
      guard let close = chars.firstIndex(of: "}") else {
        throw FilterFailure("a \"{\" in the format is not closed")
      }
      let field = String(chars[..<close])
      chars = chars[(close + 1)...]
      let parts = field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      let key = parts.first.map(String.init) ?? ""
      let value: Value
      if key.isEmpty {
        value = args.positional.indices.contains(next) ? args.positional[next] : .none
        next += 1
      } else if let i = Int(key) {
        value = args.positional.indices.contains(i) ? args.positional[i] : .none
      } else {
        value = args.keywords.first(where: { $0.name == key })?.value ?? .none
      }
      out += try formatted(value, spec: parts.count > 1 ? String(parts[1]) : "")
    }
    return out
  }

  private static func formatted(_ value: Value, spec: String) throws(FilterFailure) -> String {
    guard !spec.isEmpty else { return value.printed }
    var s = Substring(spec)
    var align: Character?
    var fill: Character = " "
    if s.count >= 2, "<>^".contains(s[s.index(after: s.startIndex)]) {
      fill = s.removeFirst()
      align = s.removeFirst()
    } else if let f = s.first, "<>^".contains(f) {
      align = s.removeFirst()
    }
    var zeroPad = false
    if s.first == "0" {
      zeroPad = true
      s.removeFirst()
    }
    let widthDigits = s.prefix(while: \.isNumber)
    let width = Int(widthDigits) ?? 0
    s = s.dropFirst(widthDigits.count)
    let grouping = s.first == ","
    if grouping { s.removeFirst() }
    var precision: Int?
    if s.first == "." {
      s.removeFirst()
      let digits = s.prefix(while: \.isNumber)
      precision = Int(digits)
      s = s.dropFirst(digits.count)
    }
    let type = s.first
    try ValueLimits.check(max(width, precision ?? 0), .text, FilterFailure.init)
    var body: String
    if let n = value.number, type != "s" {
      var number = n
      var suffix = ""
      if type == "%" {
        number *= 100
        suffix = "%"
      }
      let decimals = precision ?? (type == "f" || type == "%" ? 6 : (value.isInteger ? 0 : -1))
      if decimals < 0 {
        body = value.printed
      } else {
        body = PrintfFormat.string("%.\(decimals)f", number)
      }
      if grouping { body = groupThousands(body) }
      body += suffix
    } else {
      body = value.printed
      if let precision { body = String(body.prefix(precision)) }
    }
    if body.count < width {
      let pad = width - body.count
      if zeroPad {
        body = String(repeating: "0", count: pad) + body
      } else {
        switch align ?? (value.number != nil ? ">" : "<") {
        case ">": body = String(repeating: fill, count: pad) + body
        case "^":
          body =
            String(repeating: fill, count: pad / 2) + body
            + String(repeating: fill, count: pad - pad / 2)
        default: body += String(repeating: fill, count: pad)
        }
      }
    }
    return body
  }

  private static func groupThousands(_ number: String) -> String {
    var sign = ""
    var digits = Substring(number)
    if digits.first == "-" {
      sign = "-"
      digits.removeFirst()
    }
    let parts = digits.split(separator: ".", maxSplits: 1)
    let whole = Array(parts.first ?? "")
    var grouped = ""
    for (i, d) in whole.enumerated() {
      if i > 0, (whole.count - i) % 3 == 0 { grouped.append(",") }
      grouped.append(d)
    }
    return sign + grouped + (parts.count > 1 ? "." + parts[1] : "")
  }
}

extension Value {
  var isInteger: Bool {
    if case .int = self { return true }
    return false
  }
}
