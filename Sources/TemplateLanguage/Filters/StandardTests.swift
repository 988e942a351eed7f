import FoundationEssentials

/// Jinja's tests (`x is even`, `x is divisibleby 3`, …).
///
/// `defined` and `undefined` are answered by the evaluator before the value
/// is read (a missing name has no value); their entries here see only
/// values that exist.
enum StandardTests {
  static let table: [String: Test] = {
    var t: [String: Test] = [
      "defined": { _, _ in true },
      "undefined": { _, _ in false },
      "none": { v, _ in v == .none },
      "boolean": { v, _ in if case .bool = v { true } else { false } },
      "true": { v, _ in v == .bool(true) },
      "false": { v, _ in v == .bool(false) },
      "number": { v, _ in v.number != nil },
      "integer": { v, _ in if case .int = v { true } else { false } },
      "float": { v, _ in if case .double = v { true } else { false } },
      "string": { v, _ in if case .string = v { true } else { false } },
      "mapping": { v, _ in if case .map = v { true } else { false } },
      "sequence": { v, _ in
        switch v {
        case .list, .string, .map: true
        default: false
        }
      },
      "iterable": { v, _ in v.iterated != nil },
      "even": { v, _ throws(FilterFailure) in try integer(v, "even") % 2 == 0 },
      "odd": { v, _ throws(FilterFailure) in try integer(v, "odd") % 2 != 0 },
      "divisibleby": { v, a throws(FilterFailure) in
        guard let d = a.first, case .int(let n) = d, n != 0 else {
          throw FilterFailure("divisibleby needs a whole number other than zero")
        }
        return try integer(v, "divisibleby") % n == 0
      },
      "lower": { v, _ in if case .string(let s) = v { s == s.lowercased() } else { false } },
      "upper": { v, _ in if case .string(let s) = v { s == s.uppercased() } else { false } },
      "in": { v, a throws(FilterFailure) in
        do throws(ValueOperations.Failure) {
          return try ValueOperations.contains(a.first ?? .list([]), v)
        } catch { throw FilterFailure(error.detail) }
      },
      "sameas": { v, a in v == (a.first ?? .none) },
    ]
    let comparisons: [(names: [String], check: @Sendable (Value, Value) -> Bool)] = [
      (["eq", "equalto", "=="], { ValueOperations.equal($0, $1) }),
      (["ne", "!="], { !ValueOperations.equal($0, $1) }),
      (["lt", "lessthan", "<"], { ValueOperations.compare($0, $1) == .orderedAscending }),
      (
        ["le", "<="], { ValueOperations.compare($0, $1).map { $0 != .orderedDescending } ?? false }
      ),
      (["gt", "greaterthan", ">"], { ValueOperations.compare($0, $1) == .orderedDescending }),
      (["ge", ">="], { ValueOperations.compare($0, $1).map { $0 != .orderedAscending } ?? false }),
    ]
    for (names, check) in comparisons {
      for name in names { t[name] = { v, a in check(v, a.first ?? .none) } }
    }
    return t
  }()

  private static func integer(_ v: Value, _ test: String) throws(FilterFailure) -> Int {
    switch v {
    case .int(let i): return i
    // exactly: 1e300 and inf are whole too, but no Int.
    case .double(let d): if let i = Int(exactly: d) { return i }
    default: break
    }
    throw FilterFailure("\"is \(test)\" needs a whole number, not \(v.typeName)")
  }
}
