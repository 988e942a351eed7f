import FoundationEssentials
import OrderedCollections
import VietnameseText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Jinja's built-in filters, with Jinja's names, arguments and results.
///
/// `safe`, `e` and `escape` are accepted and change nothing: every value is
/// escaped for XML when written, whatever the template says.
enum StandardFilters {
  static let table: [String: Filter] = {
    var t: [String: Filter] = [
      "default": defaultValue, "d": defaultValue,
      "upper": { v, _ in .string(v.printed.uppercased()) },
      "lower": { v, _ in .string(v.printed.lowercased()) },
      "capitalize": { v, _ in
        let s = v.printed
        return .string(s.prefix(1).uppercased() + s.dropFirst().lowercased())
      },
      "title": { v, _ in .string(jinjaTitle(v.printed)) },
      "trim": { v, a in
        guard let chars = a.value(0, "chars"), chars != .none else {
          return .string(v.printed.trimmingWhitespace())
        }
        let set = Set(chars.printed)
        var s = v.printed[...]
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return .string(String(s))
      },
      "replace": replace,
      "join": join,
      "length": length, "count": length,
      "first": { v, _ throws(FilterFailure) in try items(v, "first").first ?? .none },
      "last": { v, _ throws(FilterFailure) in try items(v, "last").last ?? .none },
      "sort": sort,
      "reverse": { v, _ throws(FilterFailure) in
        if case .string(let s) = v { return .string(String(s.reversed())) }
        return .list(try items(v, "reverse").reversed())
      },
      "sum": sum,
      "min": { v, a throws(FilterFailure) in try extreme(v, a, largest: false) },
      "max": { v, a throws(FilterFailure) in try extreme(v, a, largest: true) },
      "round": round,
      "int": toInt,
      "float": toFloat,
      "string": { v, _ in .string(v.printed) },
      "abs": { v, _ throws(FilterFailure) in
        switch v {
        // |Int.min| is one past Int.max: Python's big integer, a double here.
        case .int(let i): return i == .min ? .double(-Double(i)) : .int(abs(i))
        case .double(let d): return .double(abs(d))
        default: throw FilterFailure("abs needs a number, not \(v.typeName)")
        }
      },
      "unique": unique,
      "map": map,
      "select": { v, a throws(FilterFailure) in try select(v, a, attribute: false, keep: true) },
      "reject": { v, a throws(FilterFailure) in try select(v, a, attribute: false, keep: false) },
      "selectattr": { v, a throws(FilterFailure) in try select(v, a, attribute: true, keep: true) },
      "rejectattr": { v, a throws(FilterFailure) in try select(v, a, attribute: true, keep: false)
      },
      "groupby": groupby,
      "batch": batch,
      "slice": sliceFilter,
      "truncate": truncate,
      "indent": indent,
      // Jinja counts the matches of \w+: letters, digits and underscores.
      "wordcount": { v, _ in
        .int(
          v.printed.unicodeScalars.split(whereSeparator: {
            !($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_"
              || $0.properties.generalCategory == .nonspacingMark)
          }).count)
      },
      "center": { v, a throws(FilterFailure) in
        let s = v.printed
        let width = try a.int(0, "width", default: 80)
        try ValueLimits.check(width, .text, FilterFailure.init)
        let pad = width > s.count ? width - s.count : 0
        // CPython's str.center puts an odd space left only when width is odd.
        let left = pad / 2 + (pad & width & 1)
        return .string(
          String(repeating: " ", count: left) + s + String(repeating: " ", count: pad - left))
      },
      "format": { v, a throws(FilterFailure) in
        do throws(ValueOperations.Failure) {
          return .string(try PercentFormat.apply(v.printed, to: .list(a.positional)))
        } catch { throw FilterFailure(error.detail) }
      },
      "list": { v, _ throws(FilterFailure) in .list(try items(v, "list")) },
      "items": { v, _ throws(FilterFailure) in
        guard case .map(let m) = v else {
          throw FilterFailure("items needs a mapping, not \(v.typeName)")
        }
        return .list(m.map { .list([.string($0.key), $0.value]) })
      },
      "dictsort": { v, a throws(FilterFailure) in
        guard case .map(let m) = v else {
          throw FilterFailure("dictsort needs a mapping, not \(v.typeName)")
        }
        let byValue = a.string(1, "by", default: "key") == "value"
        let pairs = m.sorted { x, y in
          byValue
            ? ValueOperations.compare(x.value, y.value) == .orderedAscending
            : x.key.lowercased() < y.key.lowercased()
        }
        let result: [Value] = pairs.map { .list([.string($0.key), $0.value]) }
        return .list(a.bool(2, "reverse", default: false) ? result.reversed() : result)
      },
      "striptags": { v, _ in .string(stripTags(v.printed)) },
      "filesizeformat": fileSizeFormat,
      "urlencode": urlEncode,
      // As Jinja's: keys sorted, non-ASCII escaped, HTML characters escaped.
      "tojson": { v, _ in .string(v.json(sortedKeys: true, asciiOnly: true)) },
    ]
    for name in ["safe", "e", "escape", "forceescape"] { t[name] = { v, _ in v } }
    return t
  }()

  // MARK: - Helpers shared by the filters

  static func items(_ v: Value, _ filter: String) throws(FilterFailure) -> [Value] {
    guard let items = v.iterated else {
      throw FilterFailure("\(filter) needs a list, not \(v.typeName)")
    }
    return items
  }

  /// `attribute="a.b"` or `attribute=0` looked up on an item, as Jinja's
  /// `make_attrgetter` does.
  static func lookup(_ item: Value, _ path: Value) -> Value? {
    if case .int(let i) = path {
      if case .list(let l) = item, l.indices.contains(i) { return l[i] }
      return nil
    }
    var current = item
    for key in path.printed.split(separator: ".") {
      switch current {
      case .map(let m):
        guard let next = m[String(key)] else { return nil }
        current = next
      case .list(let l):
        guard let i = Int(key), l.indices.contains(i) else { return nil }
        current = l[i]
      default:
        return nil
      }
    }
    return current
  }

  /// The attribute at `path`, or a failure naming it.
  static func attribute(of item: Value, _ path: Value) throws(FilterFailure) -> Value {
    guard let v = lookup(item, path) else {
      throw FilterFailure("an item has no attribute \"\(path.printed)\"")
    }
    return v
  }

  static func attributeGetter(_ a: FilterArguments, position: Int, filter: String)
    -> ((Value) throws(FilterFailure) -> Value)?
  {
    guard let path = a.value(position, "attribute") else { return nil }
    let fallback = a.value(99, "default")
    return { item throws(FilterFailure) in
      if let v = lookup(item, path) ?? fallback { return v }
      throw FilterFailure("an item has no attribute \"\(path.printed)\"")
    }
  }

  /// Jinja's `title`: a word starts after whitespace, `-`, `(`, `{`, `[`
  /// or `<`; its first character is uppercased and the rest lowercased, so
  /// `o'neil` gives `O'neil` as in Jinja.
  static func jinjaTitle(_ s: String) -> String {
    var out = ""
    var startOfWord = true
    for ch in s {
      if ch.isWhitespace || "-({[<".contains(ch) {
        out.append(ch)
        startOfWord = true
      } else {
        out += startOfWord ? ch.uppercased() : ch.lowercased()
        startOfWord = false
      }
    }
    return out
  }

  /// Jinja's `striptags`: comments and tags removed, runs of whitespace
  /// made one space, the common entities decoded.
  static func stripTags(_ s: String) -> String {
    var out = ""
    var rest = s[...]
    while let open = rest.firstIndex(of: "<") {
      out += rest[..<open]
      let tail = rest[open...]
      if tail.hasPrefix("<!--"), let end = tail.firstRange(of: "-->") {
        rest = tail[end.upperBound...]
      } else if let close = tail.firstIndex(of: ">") {
        rest = tail[tail.index(after: close)...]
      } else {
        out += tail
        rest = ""
      }
    }
    out += rest
    let collapsed = out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return collapsed.replacingAll([
      ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
      ("&nbsp;", "\u{A0}"), ("&amp;", "&"),
    ])
  }

  static func titleCased(_ s: String) -> String {
    var out = ""
    var startOfWord = true
    for ch in s {
      if ch.isLetter || ch.isNumber {
        out += startOfWord ? ch.uppercased() : ch.lowercased()
        startOfWord = false
      } else {
        out.append(ch)
        startOfWord = true
      }
    }
    return out
  }

  // MARK: - Filters with more than a line

  private static let defaultValue: Filter = { v, a in
    let fallback = a.value(0, "default_value") ?? .string("")
    if a.bool(1, "boolean", default: false), !v.isTruthy { return fallback }
    return v
  }

  private static let replace: Filter = { v, a throws(FilterFailure) in
    let old = a.string(0, "old", default: "")
    let new = a.string(1, "new", default: "")
    let count = try a.int(2, "count", default: -1)
    let s = v.printed
    guard !old.isEmpty else { return .string(s) }
    if new.utf8.count > old.utf8.count {
      let occurrences = s.ranges(of: old).count
      let growth = ValueLimits.product(
        count < 0 ? occurrences : min(count, occurrences), new.utf8.count - old.utf8.count)
      try ValueLimits.check(ValueLimits.sum(s.utf8.count, growth), .text, FilterFailure.init)
    }
    if count < 0 { return .string(s.replacing(old, with: new)) }
    var result = ""
    var rest = s[...]
    var done = 0
    while done < count, let r = rest.firstRange(of: old) {
      result += rest[..<r.lowerBound] + new
      rest = rest[r.upperBound...]
      done += 1
    }
    return .string(result + rest)
  }

  private static let join: Filter = { v, a throws(FilterFailure) in
    var list = try items(v, "join")
    if let get = attributeGetter(a, position: 1, filter: "join") {
      var mapped: [Value] = []
      for item in list { mapped.append(try get(item)) }
      list = mapped
    }
    let separator = a.string(0, "d", default: "")
    let texts = list.map(\.printed)
    let size = texts.reduce(
      ValueLimits.product(separator.utf8.count, max(0, texts.count - 1))
    ) { ValueLimits.sum($0, $1.utf8.count) }
    try ValueLimits.check(size, .text, FilterFailure.init)
    return .string(texts.joined(separator: separator))
  }

  private static let length: Filter = { v, _ throws(FilterFailure) in
    switch v {
    case .string(let s): return .int(s.count)
    case .list(let l): return .int(l.count)
    case .map(let m): return .int(m.count)
    default: throw FilterFailure("length needs a list, mapping or text, not \(v.typeName)")
    }
  }

  private static let sort: Filter = { v, a throws(FilterFailure) in
    let list = try items(v, "sort")
    let reverse = a.bool(0, "reverse", default: false)
    let caseSensitive = a.bool(1, "case_sensitive", default: false)
    // `attribute="unit,age"` sorts by several attributes, as in Jinja.
    var paths: [Value] = []
    if let path = a.value(2, "attribute") {
      if case .string(let s) = path, s.contains(",") {
        paths = s.split(separator: ",").map { .string($0.trimmingWhitespace()) }
      } else {
        paths = [path]
      }
    }
    func folded(_ key: Value) -> Value {
      if !caseSensitive, case .string(let s) = key { return .string(s.lowercased()) }
      return key
    }
    var keyed: [(Value, Value)] = []
    for item in list {
      let key: Value
      if paths.isEmpty {
        key = folded(item)
      } else if paths.count == 1 {
        key = folded(try attribute(of: item, paths[0]))
      } else {
        var parts: [Value] = []
        for p in paths { parts.append(folded(try attribute(of: item, p))) }
        key = .list(parts)
      }
      keyed.append((key, item))
    }
    var failure: FilterFailure?
    let sorted = keyed.enumerated().sorted { x, y in
      guard let c = ValueOperations.compare(x.element.0, y.element.0) else {
        failure = FilterFailure(
          "cannot sort \(x.element.0.typeName) together with \(y.element.0.typeName)")
        return x.offset < y.offset
      }
      // Stable, as Python's sort is.
      if c == .orderedSame { return x.offset < y.offset }
      return reverse ? c == .orderedDescending : c == .orderedAscending
    }
    if let failure { throw failure }
    return .list(sorted.map(\.element.1))
  }

  private static let sum: Filter = { v, a throws(FilterFailure) in
    let get = attributeGetter(a, position: 0, filter: "sum")
    var total = a.value(1, "start") ?? .int(0)
    for item in try items(v, "sum") {
      let term = try get?(item) ?? item
      do throws(ValueOperations.Failure) {
        total = try ValueOperations.arithmetic(.add, total, term)
      } catch {
        throw FilterFailure(error.detail)
      }
    }
    return total
  }

  private static func extreme(_ v: Value, _ a: FilterArguments, largest: Bool) throws(FilterFailure)
    -> Value
  {
    let get = attributeGetter(a, position: 1, filter: largest ? "max" : "min")
    var best: (key: Value, item: Value)?
    for item in try items(v, largest ? "max" : "min") {
      var key = try get?(item) ?? item
      if !a.bool(0, "case_sensitive", default: false), case .string(let s) = key {
        key = .string(s.lowercased())
      }
      guard let current = best else {
        best = (key, item)
        continue
      }
      guard let c = ValueOperations.compare(key, current.key) else {
        throw FilterFailure("cannot compare \(key.typeName) with \(current.key.typeName)")
      }
      if largest ? c == .orderedDescending : c == .orderedAscending { best = (key, item) }
    }
    return best?.item ?? .none
  }

  private static let round: Filter = { v, a throws(FilterFailure) in
    guard let n = v.number else { throw FilterFailure("round needs a number, not \(v.typeName)") }
    let precision = try a.int(0, "precision", default: 0)
    let method = a.string(1, "method", default: "common")
    let rounded: Double
    switch method {
    case "common":
      // As Python's round(), so docxtpl templates print the same numbers:
      // the exact binary value rounded, ties to even (2.5 → 2.0, 2.675 →
      // 2.67). For Vietnamese figures use `so(n)`.
      if precision >= 0 {
        rounded = Double(PrintfFormat.string("%.\(min(precision, 30))f", n)) ?? n
      } else {
        let scale = pow(10.0, -Double(precision))
        // Past 10^308 every number rounds to 0, as in Python (0 × inf is nan).
        rounded = scale.isFinite ? (n / scale).rounded(.toNearestOrEven) * scale : 0
      }
    case "ceil", "floor":
      let scale = pow(10.0, Double(precision))
      rounded = (n * scale).rounded(method == "ceil" ? .up : .down) / scale
    default: throw FilterFailure("the method must be 'common', 'ceil' or 'floor', not '\(method)'")
    }
    // Python's round() keeps an integer an integer; ceil and floor divide.
    if case .int = v, method == "common", let i = Int(exactly: rounded) { return .int(i) }
    return .double(rounded)
  }

  private static let toInt: Filter = { v, a throws(FilterFailure) in
    let fallback = try a.int(0, "default", default: 0)
    let base = try a.int(1, "base", default: 10)
    guard base == 0 || (2...36).contains(base) else {
      throw FilterFailure("the base must be 0 or from 2 to 36, not \(base)")
    }
    switch v {
    case .int: return v
    case .double(let d):
      return d.isFinite && abs(d) < 9.2e18 ? .int(Int(d.rounded(.towardZero))) : .int(fallback)
    case .bool(let b): return .int(b ? 1 : 0)
    case .string(let s):
      let t = s.trimmingWhitespace()
      if let i = pythonInt(t, base: base) { return .int(i) }
      if let d = Double(t.filter { $0 != "_" }), d.isFinite, abs(d) < 9.2e18 {
        return .int(Int(d.rounded(.towardZero)))
      }
      return .int(fallback)
    default: return .int(fallback)
    }
  }

  /// Python's `int(text, base)`: a sign, `_` between digits, and a `0x`
  /// `0o` `0b` prefix that matches the base (or any, with base 0).
  static func pythonInt(_ text: String, base: Int) -> Int? {
    var s = Substring(text)
    var negative = false
    if let f = s.first, f == "-" || f == "+" {
      negative = f == "-"
      s.removeFirst()
    }
    var radix = base
    let prefixes: [(String, Int)] = [("0x", 16), ("0o", 8), ("0b", 2)]
    for (p, r) in prefixes where s.lowercased().hasPrefix(p) && (base == r || base == 0) {
      s = s.dropFirst(2)
      if s.first == "_" { s.removeFirst() }
      radix = r
    }
    if radix == 0 {
      // Base 0 without a prefix: decimal, and no leading zeros.
      radix = 10
      if s.count > 1, s.first == "0", s.contains(where: { $0 != "0" && $0 != "_" }) { return nil }
    }
    guard let first = s.first, first.isLetter || first.isNumber, s.last != "_", !s.contains("__")
    else { return nil }
    guard let magnitude = Int(String(s.filter { $0 != "_" }), radix: radix) else { return nil }
    return negative ? -magnitude : magnitude
  }

  private static let toFloat: Filter = { v, a in
    let fallback = a.value(0, "default")?.number ?? 0
    switch v {
    case .int(let i): return .double(Double(i))
    case .double: return v
    case .bool(let b): return .double(b ? 1 : 0)
    case .string(let s): return .double(Double(s.trimmingWhitespace()) ?? fallback)
    default: return .double(fallback)
    }
  }

  private static let unique: Filter = { v, a throws(FilterFailure) in
    let get = attributeGetter(a, position: 1, filter: "unique")
    var seen: [Value] = []
    var result: [Value] = []
    for item in try items(v, "unique") {
      var key = try get?(item) ?? item
      if !a.bool(0, "case_sensitive", default: false), case .string(let s) = key {
        key = .string(s.lowercased())
      }
      if !seen.contains(where: { ValueOperations.equal($0, key) }) {
        seen.append(key)
        result.append(item)
      }
    }
    return .list(result)
  }

  private static let map: Filter = { v, a throws(FilterFailure) in
    let list = try items(v, "map")
    if let get = attributeGetter(a, position: 99, filter: "map") {
      var result: [Value] = []
      for item in list { result.append(try get(item)) }
      return .list(result)
    }
    guard case .string(let name) = a.positional.first else {
      throw FilterFailure("map needs a filter name or attribute=…")
    }
    guard let filter = a.environment.filters[name] else {
      throw FilterFailure("there is no filter named \"\(name)\"")
    }
    let rest = FilterArguments(
      positional: Array(a.positional.dropFirst()), keywords: a.keywords, environment: a.environment)
    var result: [Value] = []
    for item in list { result.append(try filter(item, rest)) }
    return .list(result)
  }

  private static func select(_ v: Value, _ a: FilterArguments, attribute: Bool, keep: Bool)
    throws(FilterFailure) -> Value
  {
    var positional = a.positional[...]
    var path: Value?
    if attribute {
      guard let p = positional.popFirst() else {
        throw FilterFailure("selectattr and rejectattr need the name of an attribute")
      }
      path = p
    }
    var test: Test?
    let testName = positional.popFirst()?.printed
    if let testName {
      guard let t = a.environment.tests[testName] else {
        let suggestion = ClosestName.to(testName, among: a.environment.tests.keys.sorted())
        throw FilterFailure(
          "there is no test named \"\(testName)\""
            + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""))
      }
      test = t
    }
    let testArguments = Array(positional)
    var result: [Value] = []
    for item in try items(v, attribute ? "selectattr" : "select") {
      let subject: Value
      if let path {
        guard let found = lookup(item, path) else {
          // A missing attribute is undefined: only the tests that ask
          // about that can answer, as with Jinja's StrictUndefined.
          switch testName {
          case "defined": if !keep { result.append(item) }
          case "undefined": if keep { result.append(item) }
          case "none": if !keep { result.append(item) }
          default: throw FilterFailure("an item has no attribute \"\(path.printed)\"")
          }
          continue
        }
        subject = found
      } else {
        subject = item
      }
      let passed = try test?(subject, testArguments) ?? subject.isTruthy
      if passed == keep { result.append(item) }
    }
    return .list(result)
  }

  private static let groupby: Filter = { v, a throws(FilterFailure) in
    guard let path = a.value(0, "attribute") else {
      throw FilterFailure("groupby needs the attribute to group by")
    }
    let fallback = a.value(1, "default").flatMap { $0 == .none ? nil : $0 }
    let caseSensitive = a.bool(2, "case_sensitive", default: false)
    // Each item with the value it is grouped by and the key it sorts by
    // (the value in lowercase unless case_sensitive, as in Jinja).
    var keyed: [(offset: Int, value: Value, key: Value, item: Value)] = []
    for (i, item) in try items(v, "groupby").enumerated() {
      guard let value = lookup(item, path) ?? fallback else {
        throw FilterFailure("an item has no attribute \"\(path.printed)\"")
      }
      var key = value
      if !caseSensitive, case .string(let s) = value { key = .string(s.lowercased()) }
      keyed.append((i, value, key, item))
    }
    // Jinja sorts the items by their key (stably), then groups neighbours;
    // each group is (grouper, list), its grouper the first item's value.
    var failure: FilterFailure?
    keyed.sort { x, y in
      guard let c = ValueOperations.compare(x.key, y.key) else {
        failure = FilterFailure(
          "cannot sort the groups: \(x.key.typeName) and \(y.key.typeName) are mixed")
        return x.offset < y.offset
      }
      return c == .orderedSame ? x.offset < y.offset : c == .orderedAscending
    }
    if let failure { throw failure }
    var groups: [(grouper: Value, key: Value, list: [Value])] = []
    for entry in keyed {
      if let last = groups.last, ValueOperations.equal(last.key, entry.key) {
        groups[groups.count - 1].list.append(entry.item)
      } else {
        groups.append((entry.value, entry.key, [entry.item]))
      }
    }
    return .list(groups.map { .map(["grouper": $0.grouper, "list": .list($0.list)]) })
  }

  private static let batch: Filter = { v, a throws(FilterFailure) in
    let size = try a.int(0, "linecount", default: 1)
    guard size > 0 else { throw FilterFailure("batch needs a size above zero") }
    let fill = a.value(1, "fill_with")
    if fill != nil { try ValueLimits.check(size, .list, FilterFailure.init) }
    let list = try items(v, "batch")
    var result: [Value] = []
    var i = 0
    while i < list.count {
      var chunk = Array(list[i..<min(i + size, list.count)])
      if let fill, chunk.count < size {
        chunk += Array(repeating: fill, count: size - chunk.count)
      }
      result.append(.list(chunk))
      i += size
    }
    return .list(result)
  }

  private static let sliceFilter: Filter = { v, a throws(FilterFailure) in
    let parts = try a.int(0, "slices", default: 1)
    guard parts > 0 else { throw FilterFailure("slice needs a count above zero") }
    try ValueLimits.check(parts, .list, FilterFailure.init)
    let list = try items(v, "slice")
    let base = list.count / parts
    let extra = list.count % parts
    var result: [Value] = []
    var start = 0
    for i in 0..<parts {
      let n = base + (i < extra ? 1 : 0)
      var chunk = Array(list[start..<start + n])
      if let fill = a.value(1, "fill_with"), i >= extra, extra > 0 { chunk.append(fill) }
      result.append(.list(chunk))
      start += n
    }
    return .list(result)
  }

  private static let truncate: Filter = { v, a throws(FilterFailure) in
    let s = v.printed
    let length = try a.int(0, "length", default: 255)
    let killWords = a.bool(1, "killwords", default: false)
    let end = a.string(2, "end", default: "...")
    let leeway = try a.int(3, "leeway", default: 5)
    // Jinja refuses these too (and they would overflow the sums below).
    guard length >= end.count else {
      throw FilterFailure("truncate's length must be at least that of its end (\(end.count))")
    }
    guard leeway >= 0 else { throw FilterFailure("truncate's leeway cannot be negative") }
    guard s.count - leeway > length else { return .string(s) }
    let cut = max(0, length - end.count)
    var head = String(s.prefix(cut))
    if !killWords, let space = head.lastIndex(of: " ") { head = String(head[..<space]) }
    return .string(head + end)
  }

  private static let indent: Filter = { v, a throws(FilterFailure) in
    let width: String
    if case .string(let w) = a.value(0, "width") {
      width = w
    } else {
      let spaces = try a.int(0, "width", default: 4)
      try ValueLimits.check(spaces, .text, FilterFailure.init)
      width = String(repeating: " ", count: max(0, spaces))
    }
    let first = a.bool(1, "first", default: false)
    let blank = a.bool(2, "blank", default: false)
    // Lines as Python's splitlines() sees them: "\r\n" (one Character) too.
    let text = v.printed
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    try ValueLimits.check(
      ValueLimits.sum(text.utf8.count, ValueLimits.product(lines.count, width.utf8.count)), .text,
      FilterFailure.init)
    let result = lines.enumerated().map { i, line in
      if i == 0 && !first { return line }
      if line.isEmpty && !blank { return line }
      return width + line
    }
    return .string(result.joined(separator: "\n"))
  }
}

extension Value {
  /// JSON text, as Python's `json.dumps` writes it (`", "` and `": "`).
  var json: String { json(sortedKeys: false, asciiOnly: false) }

  func json(sortedKeys: Bool, asciiOnly: Bool) -> String {
    switch self {
    case .none: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return d.isFinite ? Value.pythonFloat(d) : "null"
    case .string(let s):
      var out = "\""
      for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "<": out += "\\u003c"
        case ">": out += "\\u003e"
        case "&": out += "\\u0026"
        case "'": out += "\\u0027"
        default:
          if u.value < 0x20 || (asciiOnly && u.value > 0x7E) {
            for unit in String(u).utf16 {
              let hex = String(unit, radix: 16)
              out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
          } else {
            out.unicodeScalars.append(u)
          }
        }
      }
      return out + "\""
    case .list(let l):
      return "["
        + l.map { $0.json(sortedKeys: sortedKeys, asciiOnly: asciiOnly) }.joined(separator: ", ")
        + "]"
    case .map(let m):
      let pairs = sortedKeys ? m.elements.sorted { $0.key < $1.key } : Array(m.elements)
      return "{"
        + pairs.map {
          "\(Value.string($0.key).json(sortedKeys: sortedKeys, asciiOnly: asciiOnly)): \($0.value.json(sortedKeys: sortedKeys, asciiOnly: asciiOnly))"
        }.joined(separator: ", ") + "}"
    }
  }
}
