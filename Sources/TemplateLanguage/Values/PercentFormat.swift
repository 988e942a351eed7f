/// Python's `"%.2f" % x` formatting, which docxtpl templates use for
/// numbers: `%s %r %d %i %f %e %g %x %%` with flags, width and precision.
enum PercentFormat {
  static func apply(_ format: String, to argument: Value) throws(ValueOperations.Failure) -> String
  {
    let arguments: [Value]
    if case .list(let l) = argument { arguments = l } else { arguments = [argument] }
    var next = 0
    var out = ""
    var chars = format.makeIterator()
    while let c = chars.next() {
      guard c == "%" else {
        out.append(c)
        continue
      }
      var spec = ""
      var conversion: Character?
      while let d = chars.next() {
        if d.isLetter || d == "%" {
          conversion = d
          break
        }
        spec.append(d)
      }
      guard let conversion else {
        throw ValueOperations.Failure(detail: "incomplete format \"%\(spec)\"")
      }
      if conversion == "%" {
        out.append("%")
        continue
      }
      guard next < arguments.count else {
        throw ValueOperations.Failure(detail: "not enough values for the format \"\(format)\"")
      }
      let value = arguments[next]
      next += 1
      out += try formatOne(value, spec: spec, conversion: conversion)
    }
    return out
  }

  private static func formatOne(_ value: Value, spec: String, conversion: Character)
    throws(ValueOperations.Failure) -> String
  {
    var flags = ""
    var rest = Substring(spec)
    while let f = rest.first, "-+ 0#".contains(f) {
      flags.append(f)
      rest.removeFirst()
    }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    let width = parts.first.flatMap { Int($0) } ?? 0
    let precision = parts.count > 1 ? Int(parts[1]) ?? 0 : nil
    try ValueLimits.check(max(width, precision ?? 0), .text, ValueOperations.Failure.init(detail:))
    var body: String
    switch conversion {
    case "s": body = value.printed
    case "r": body = value.represented
    case "d", "i", "x", "X", "o":
      let radix = conversion == "d" || conversion == "i" ? 10 : conversion == "o" ? 8 : 16
      let (digits, negative) = try wholeDigits(
        of: value, radix: radix, uppercase: conversion == "X", conversion: conversion)
      body = digits
      if negative { body = "-" + body } else if flags.contains("+") { body = "+" + body }
    case "f", "F", "e", "E", "g", "G":
      guard let n = value.number else {
        throw ValueOperations.Failure(
          detail: "%\(conversion) needs a number, not \(value.typeName)")
      }
      body = PrintfFormat.string(
        "%\(flags.contains("+") ? "+" : "").\(precision ?? 6)\(conversion)", n)
    default:
      throw ValueOperations.Failure(detail: "unknown format \"%\(conversion)\"")
    }
    if body.count < width {
      let pad = width - body.count
      if flags.contains("-") {
        body += String(repeating: " ", count: pad)
      } else if flags.contains("0"), conversion != "s" {
        let sign = body.first == "-" || body.first == "+" ? String(body.removeFirst()) : ""
        body = sign + String(repeating: "0", count: pad) + body
      } else {
        body = String(repeating: " ", count: pad) + body
      }
    }
    return body
  }

  /// The digits of a number's whole part, without its sign, by magnitude:
  /// |Int.min| and floats past Int's range (Python's big integers) have no
  /// Int to print.
  private static func wholeDigits(
    of value: Value, radix: Int, uppercase: Bool, conversion: Character
  ) throws(ValueOperations.Failure) -> (digits: String, negative: Bool) {
    if case .int(let i) = value {
      return (String(i.magnitude, radix: radix, uppercase: uppercase), i < 0)
    }
    guard let n = value.number else {
      throw ValueOperations.Failure(detail: "%\(conversion) needs a number, not \(value.typeName)")
    }
    let whole = n.rounded(.towardZero)
    guard whole.isFinite else {
      throw ValueOperations.Failure(detail: "%\(conversion) cannot print \(value.printed)")
    }
    if let magnitude = UInt64(exactly: whole.magnitude) {
      return (String(magnitude, radix: radix, uppercase: uppercase), whole < 0)
    }
    guard radix == 10 else {
      throw ValueOperations.Failure(detail: "%\(conversion) cannot print a number this large")
    }
    return (PrintfFormat.string("%.0f", whole.magnitude), whole < 0)
  }
}
