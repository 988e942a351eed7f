import OrderedCollections
import FoundationEssentials

extension TemplateProblem: Error {}

/// Evaluates expressions against a scope.
///
/// Strict: a name or key the data lacks is an error naming its path, except
/// under `is defined` and `default(…)`, which exist to ask about it.
struct Evaluator {
  let environment: TemplateEnvironment

  func evaluate(_ expression: Expression, in scope: Scope) throws(TemplateProblem) -> Value {
    switch expression {
    case .literal(let v):
      return v
    case .name(let n):
      if let v = scope.lookup(n) { return v }
      throw .undefined(name: n, suggestion: ClosestName.to(n, among: scope.names))
    case .attribute(.name(let name), let key):
      // `unit.ten`, the commonest expression, without a recursive call.
      if let v = scope.lookup(name, key: key) { return v }
      // Unbound, not a mapping, or no such key: the general path says which.
      return try attribute(key, of: try evaluate(.name(name), in: scope), base: .name(name))
    case .attribute(let base, let key):
      return try attribute(key, of: try evaluate(base, in: scope), base: base)
    case .index(let base, let indexExpression):
      return try subscriptValue(
        try evaluate(base, in: scope), try evaluate(indexExpression, in: scope), expression)
    case .slice(let base, let start, let stop, let step):
      return try slice(
        try evaluate(base, in: scope),
        start: try start.map { e throws(TemplateProblem) in try evaluate(e, in: scope) },
        stop: try stop.map { e throws(TemplateProblem) in try evaluate(e, in: scope) },
        step: try step.map { e throws(TemplateProblem) in try evaluate(e, in: scope) })
    case .list(let items):
      var values: [Value] = []
      values.reserveCapacity(items.count)
      for item in items { values.append(try evaluate(item, in: scope)) }
      return .list(values)
    case .map(let pairs):
      var result = OrderedDictionary<String, Value>()
      for (k, v) in pairs {
        result[try evaluate(k, in: scope).printed] = try evaluate(v, in: scope)
      }
      return .map(result)
    case .negate(let e):
      switch try evaluate(e, in: scope) {
      case .int(let i): return .int(-i)
      case .double(let d): return .double(-d)
      case let other:
        throw .wrongType(expression: describe(e), expected: "a number", found: other.typeName)
      }
    case .plus(let e):
      return try evaluate(e, in: scope)
    case .not(let e):
      return .bool(!(try evaluate(e, in: scope).isTruthy))
    case .and(let a, let b):
      let left = try evaluate(a, in: scope)
      return left.isTruthy ? try evaluate(b, in: scope) : left
    case .or(let a, let b):
      let left = try evaluate(a, in: scope)
      return left.isTruthy ? left : try evaluate(b, in: scope)
    case .arithmetic(let op, let a, let b):
      let left = try evaluate(a, in: scope)
      let right = try evaluate(b, in: scope)
      do {
        return try ValueOperations.arithmetic(op, left, right)
      } catch {
        if error.detail == "division by zero" {
          throw .divisionByZero(expression: describe(expression))
        }
        throw .invalidValue(detail: "\(describe(expression)): \(error.detail)")
      }
    case .concat(let a, let b):
      let left = try evaluate(a, in: scope).printed
      let right = try evaluate(b, in: scope).printed
      try ValueLimits.check(ValueLimits.sum(left.utf8.count, right.utf8.count), .text) {
        TemplateProblem.invalidValue(detail: "\(describe(expression)): \($0)")
      }
      return .string(left + right)
    case .compare(let first, let rest):
      var left = try evaluate(first, in: scope)
      for (op, rightExpression) in rest {
        let right = try evaluate(rightExpression, in: scope)
        guard try compare(op, left, right, expression) else { return .bool(false) }
        left = right
      }
      return .bool(true)
    case .conditional(let then, let condition, let otherwise):
      if try evaluate(condition, in: scope).isTruthy { return try evaluate(then, in: scope) }
      return try otherwise.map { e throws(TemplateProblem) in try evaluate(e, in: scope) }
        ?? .string("")
    case .filter(let base, let call):
      return try applyFilter(call, to: base, in: scope)
    case .test(let base, let call, let negated):
      return .bool(try applyTest(call, to: base, in: scope) != negated)
    case .call(let callee, let arguments):
      return try MethodCalls.call(callee, arguments, evaluator: self, scope: scope)
    }
  }

  private func attribute(_ key: String, of b: Value, base: Expression) throws(TemplateProblem)
    -> Value
  {
    if case .map(let m) = b {
      if let v = m[key] { return v }
      throw .undefined(
        name: "\(base.path ?? "…").\(key)", suggestion: ClosestName.to(key, among: m.keys))
    }
    if case .list(let l) = b, key == "length" || key == "count" { return .int(l.count) }
    throw .undefined(name: "\(base.path ?? "…").\(key)", suggestion: nil)
  }

  func evaluateArguments(_ arguments: Arguments, in scope: Scope) throws(TemplateProblem)
    -> FilterArguments
  {
    var positional: [Value] = []
    for a in arguments.positional { positional.append(try evaluate(a, in: scope)) }
    var keywords: [(name: String, value: Value)] = []
    for k in arguments.keywords { keywords.append((k.name, try evaluate(k.value, in: scope))) }
    return FilterArguments(positional: positional, keywords: keywords, environment: environment)
  }

  private func applyFilter(_ call: FilterCall, to base: Expression, in scope: Scope)
    throws(TemplateProblem) -> Value
  {
    let input: Value
    do {
      input = try evaluate(base, in: scope)
    } catch {
      // `default` exists to stand in for what the data lacks.
      guard case .undefined = error, call.name == "default" || call.name == "d" else { throw error }
      return try evaluateArguments(call.arguments, in: scope).value(0, "default_value")
        ?? .string("")
    }
    let arguments = try evaluateArguments(call.arguments, in: scope)
    do {
      return try call.function(input, arguments)
    } catch {
      throw .filterFailed(filter: call.name, detail: error.detail)
    }
  }

  private func applyTest(_ call: TestCall, to base: Expression, in scope: Scope)
    throws(TemplateProblem) -> Bool
  {
    let input: Value
    do {
      input = try evaluate(base, in: scope)
    } catch {
      guard case .undefined = error else { throw error }
      switch call.name {
      case "defined": return false
      case "undefined": return true
      default: throw error
      }
    }
    let arguments = try evaluateArguments(call.arguments, in: scope).positional
    do {
      return try call.function(input, arguments)
    } catch {
      throw .filterFailed(filter: "is \(call.name)", detail: error.detail)
    }
  }

  private func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value, _ expression: Expression)
    throws(TemplateProblem) -> Bool
  {
    switch op {
    case .equal: return ValueOperations.equal(a, b)
    case .notEqual: return !ValueOperations.equal(a, b)
    case .in, .notIn:
      do {
        return try ValueOperations.contains(b, a) == (op == .in)
      } catch {
        throw .invalidValue(detail: "\(describe(expression)): \(error.detail)")
      }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      guard let order = ValueOperations.compare(a, b) else {
        throw .invalidValue(
          detail: "\(describe(expression)): cannot compare \(a.typeName) with \(b.typeName)")
      }
      switch op {
      case .less: return order == .orderedAscending
      case .lessOrEqual: return order != .orderedDescending
      case .greater: return order == .orderedDescending
      default: return order != .orderedAscending
      }
    }
  }

  private func subscriptValue(_ base: Value, _ index: Value, _ expression: Expression)
    throws(TemplateProblem) -> Value
  {
    switch (base, index) {
    case (.list(let l), .int(let i)):
      let j = i < 0 ? l.count + i : i
      guard l.indices.contains(j) else {
        throw .undefined(name: describe(expression), suggestion: nil)
      }
      return l[j]
    case (.string(let s), .int(let i)):
      let chars = Array(s)
      let j = i < 0 ? chars.count + i : i
      guard chars.indices.contains(j) else {
        throw .undefined(name: describe(expression), suggestion: nil)
      }
      return .string(String(chars[j]))
    case (.map(let m), _):
      let key = index.printed
      if let v = m[key] { return v }
      throw .undefined(name: describe(expression), suggestion: ClosestName.to(key, among: m.keys))
    default:
      throw .wrongType(
        expression: describe(expression), expected: "a list or mapping", found: base.typeName)
    }
  }

  private func slice(_ base: Value, start: Value?, stop: Value?, step: Value?)
    throws(TemplateProblem) -> Value
  {
    func int(_ v: Value?) throws(TemplateProblem) -> Int? {
      guard let v, v != .none else { return nil }
      guard case .int(let i) = v else {
        throw .wrongType(expression: "a slice", expected: "whole numbers", found: v.typeName)
      }
      return i
    }
    let stepValue = try int(step) ?? 1
    guard stepValue != 0 else { throw .invalidValue(detail: "a slice step cannot be zero") }
    func pick<T>(_ items: [T]) throws(TemplateProblem) -> [T] {
      let n = items.count
      func clamp(_ i: Int?, _ fallback: Int) -> Int {
        guard let i else { return fallback }
        let j = i < 0 ? i + n : i
        return stepValue > 0 ? min(max(j, 0), n) : min(max(j, -1), n - 1)
      }
      var result: [T] = []
      var i = clamp(try int(start), stepValue > 0 ? 0 : n - 1)
      let end = clamp(try int(stop), stepValue > 0 ? n : -1)
      while stepValue > 0 ? i < end : i > end {
        result.append(items[i])
        i += stepValue
      }
      return result
    }
    switch base {
    case .list(let l): return .list(try pick(l))
    case .string(let s): return .string(String(try pick(Array(s))))
    default:
      throw .wrongType(expression: "a slice", expected: "a list or text", found: base.typeName)
    }
  }

  /// A short rendering of an expression for messages.
  func describe(_ e: Expression) -> String {
    if let p = e.path { return p }
    switch e {
    case .literal(let v): return v.represented
    case .arithmetic(let op, let a, let b): return "\(describe(a)) \(op.rawValue) \(describe(b))"
    case .filter(let base, let call): return "\(describe(base)) | \(call.name)"
    case .attribute(let base, let k): return "\(describe(base)).\(k)"
    case .index(let base, let i): return "\(describe(base))[\(describe(i))]"
    case .call(let base, _): return "\(describe(base))(…)"
    case .compare(let first, let rest):
      return ([describe(first)] + rest.map { "\($0.0.rawValue) \(describe($0.1))" })
        .joined(separator: " ")
    case .concat(let a, let b): return "\(describe(a)) ~ \(describe(b))"
    case .negate(let e): return "-\(describe(e))"
    case .not(let e): return "not \(describe(e))"
    case .test(let base, let call, let negated):
      return "\(describe(base)) is \(negated ? "not " : "")\(call.name)"
    default: return "the expression"
    }
  }
}
