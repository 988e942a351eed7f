import FoundationEssentials
import OrderedCollections

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Arithmetic, comparison and membership with Python's semantics, which is
/// what Jinja (and so docxtpl) authors expect: `7 / 2` is `3.5`,
/// `7 // 2` is `3`, `-7 % 3` is `2`, `1 == 1.0`.
enum ValueOperations {
  struct Failure: Error { let detail: String }

  static func equal(_ a: Value, _ b: Value) -> Bool {
    // As in Python, True == 1 and False == 0.
    if let x = a.numberOrBool, let y = b.numberOrBool { return x == y }
    switch (a, b) {
    case (.list(let x), .list(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
    case (.map(let x), .map(let y)):
      return x.count == y.count && x.allSatisfy { k, v in y[k].map { equal(v, $0) } ?? false }
    default:
      return a == b
    }
  }

  /// Ordering for `<`, `sort`, `min` and `max`; nil when Python would refuse.
  static func compare(_ a: Value, _ b: Value) -> ComparisonResult? {
    if let x = a.number, let y = b.number {
      return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
    }
    switch (a, b) {
    case (.string(let x), .string(let y)):
      return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
    case (.bool(let x), .bool(let y)):
      return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
    case (.list(let x), .list(let y)):
      for (p, q) in zip(x, y) {
        guard let c = compare(p, q) else { return nil }
        if c != .orderedSame { return c }
      }
      return x.count < y.count
        ? .orderedAscending : x.count > y.count ? .orderedDescending : .orderedSame
    default:
      return nil
    }
  }

  static func contains(_ container: Value, _ item: Value) throws(Failure) -> Bool {
    switch container {
    case .list(let l): return l.contains { equal($0, item) }
    case .map(let m):
      guard case .string(let k) = item else { return false }
      return m[k] != nil
    case .string(let s):
      guard case .string(let sub) = item else {
        throw Failure(detail: "'in <text>' needs text on the left, not \(item.typeName)")
      }
      return sub.isEmpty || s.contains(sub)
    default:
      throw Failure(detail: "cannot look for an item in \(container.typeName)")
    }
  }

  static func arithmetic(_ op: ArithmeticOperator, _ a: Value, _ b: Value) throws(Failure) -> Value
  {
    switch (op, a, b) {
    case (.add, .string(let x), .string(let y)):
      try ValueLimits.check(
        ValueLimits.sum(x.utf8.count, y.utf8.count), .text, Failure.init(detail:))
      return .string(x + y)
    case (.add, .list(let x), .list(let y)):
      try ValueLimits.check(ValueLimits.sum(x.count, y.count), .list, Failure.init(detail:))
      return .list(x + y)
    case (.multiply, .string(let s), .int(let n)), (.multiply, .int(let n), .string(let s)):
      try ValueLimits.check(ValueLimits.product(s.utf8.count, n), .text, Failure.init(detail:))
      return .string(String(repeating: s, count: max(0, n)))
    case (.multiply, .list(let l), .int(let n)), (.multiply, .int(let n), .list(let l)):
      try ValueLimits.check(ValueLimits.product(l.count, n), .list, Failure.init(detail:))
      return .list(Array([[Value]](repeating: l, count: max(0, n)).joined()))
    case (.modulo, .string(let format), _):
      return .string(try PercentFormat.apply(format, to: b))
    default: break
    }
    if case .int(let x) = a.asNumberOperand, case .int(let y) = b.asNumberOperand {
      return try integerArithmetic(op, x, y)
    }
    guard let x = a.asNumberOperand.number, let y = b.asNumberOperand.number else {
      throw Failure(
        detail: "cannot apply \"\(op.rawValue)\" to \(a.typeName) and \(b.typeName)")
    }
    switch op {
    case .add: return .double(x + y)
    case .subtract: return .double(x - y)
    case .multiply: return .double(x * y)
    case .divide:
      guard y != 0 else { throw Failure(detail: "division by zero") }
      return .double(x / y)
    case .floorDivide:
      guard y != 0 else { throw Failure(detail: "division by zero") }
      return .double((x / y).rounded(.down))
    case .modulo:
      guard y != 0 else { throw Failure(detail: "division by zero") }
      let r = x.truncatingRemainder(dividingBy: y)
      return .double(r != 0 && (r < 0) != (y < 0) ? r + y : r)
    case .power: return .double(pow(x, y))
    }
  }

  private static func integerArithmetic(_ op: ArithmeticOperator, _ x: Int, _ y: Int)
    throws(Failure) -> Value
  {
    func checked(_ r: (partialValue: Int, overflow: Bool), _ fallback: Double) -> Value {
      r.overflow ? .double(fallback) : .int(r.partialValue)
    }
    switch op {
    case .add: return checked(x.addingReportingOverflow(y), Double(x) + Double(y))
    case .subtract: return checked(x.subtractingReportingOverflow(y), Double(x) - Double(y))
    case .multiply: return checked(x.multipliedReportingOverflow(by: y), Double(x) * Double(y))
    case .divide:
      guard y != 0 else { throw Failure(detail: "division by zero") }
      return .double(Double(x) / Double(y))
    case .floorDivide:
      guard y != 0 else { throw Failure(detail: "division by zero") }
      // Int.min // -1 is one past Int.max: Python's big integer, a double here.
      let (q, overflow) = x.dividedReportingOverflow(by: y)
      if overflow { return .double(-Double(x)) }
      return .int((x % y != 0) && ((x < 0) != (y < 0)) ? q - 1 : q)
    case .modulo:
      guard y != 0 else { throw Failure(detail: "division by zero") }
      // Int.min % -1 is 0, which `%` traps on computing.
      let r = x.remainderReportingOverflow(dividingBy: y).partialValue
      return .int(r != 0 && (r < 0) != (y < 0) ? r + y : r)
    case .power:
      if y < 0 { return .double(pow(Double(x), Double(y))) }
      var result = 1
      for _ in 0..<y {
        let (v, o) = result.multipliedReportingOverflow(by: x)
        if o { return .double(pow(Double(x), Double(y))) }
        result = v
      }
      return .int(result)
    }
  }
}

extension Value {
  fileprivate var numberOrBool: Double? {
    if case .bool(let b) = self { return b ? 1 : 0 }
    return number
  }

  /// Booleans take part in arithmetic as 0 and 1, as in Python.
  fileprivate var asNumberOperand: Value {
    if case .bool(let b) = self { return .int(b ? 1 : 0) }
    return self
  }
}
