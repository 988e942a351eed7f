import VietnameseText

/// Jinja's `filesizeformat` and `urlencode`, with Jinja's results.
extension StandardFilters {
  /// `1234567|filesizeformat` is `1.2 MB`; `binary=true` counts in KiB, MiB, ….
  static func fileSizeFormat(_ v: Value, _ a: FilterArguments) throws(FilterFailure) -> Value {
    guard let bytes = v.number ?? Double(v.printed.trimmingWhitespace()) else {
      throw FilterFailure("filesizeformat needs a number of bytes, not \(v.typeName)")
    }
    let binary = a.bool(0, "binary", default: false)
    let base: Double = binary ? 1024 : 1000
    if bytes == 1 { return "1 Byte" }
    if bytes < base { return .string("\(Int(bytes)) Bytes") }
    let prefixes =
      binary
      ? ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]
      : ["kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]
    // As Jinja: the first unit the size is below, else the largest.
    var unit = base
    var prefix = prefixes[0]
    for candidate in prefixes {
      unit *= base
      prefix = candidate
      if bytes < unit { break }
    }
    do throws(ValueOperations.Failure) {
      return .string(
        try PercentFormat.apply(
          "%.1f %s", to: .list([.double(base * bytes / unit), .string(prefix)])))
    } catch {
      throw FilterFailure(error.detail)
    }
  }

  /// A text is percent-encoded for a URL path (`/` kept); a mapping, or a
  /// list of pairs, becomes a query string `k=v&…` with spaces as `+`.
  static func urlEncode(_ v: Value, _ a: FilterArguments) throws(FilterFailure) -> Value {
    let pairs: [Value]
    switch v {
    case .map(let m): pairs = m.map { .list([.string($0.key), $0.value]) }
    case .list(let l): pairs = l
    default: return .string(percentEncoded(v.printed, keeping: "/"))
    }
    var query: [String] = []
    for pair in pairs {
      guard case .list(let kv) = pair, kv.count == 2 else {
        throw FilterFailure("urlencode needs text, a mapping or a list of pairs")
      }
      let encoded = kv.map { percentEncoded($0.printed, keeping: "").replacing("%20", with: "+") }
      query.append(encoded[0] + "=" + encoded[1])
    }
    return .string(query.joined(separator: "&"))
  }

  /// Python's `urllib.parse.quote`: UTF-8 bytes other than letters, digits,
  /// `_.-~` and `safe` become `%XX`. By hand: FoundationEssentials has no
  /// `addingPercentEncoding`, and full Foundation stays out of the tool.
  private static func percentEncoded(_ text: String, keeping safe: String) -> String {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "-"), UInt8(ascii: "~"):
        out.append(byte)
      case _ where safe.utf8.contains(byte):
        out.append(byte)
      default:
        out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
