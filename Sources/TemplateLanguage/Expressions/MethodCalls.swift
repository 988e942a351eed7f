import OrderedCollections
import VietnameseText

/// The calls a Jinja template may make: Python methods of dicts, strings and
/// lists that docxtpl templates use (`d.items()`, `s.upper()`), `loop.cycle`,
/// `loop.changed`, and the global `range`.
enum MethodCalls {
  static func call(
    _ callee: Expression, _ arguments: Arguments, evaluator: Evaluator, scope: Scope
  ) throws(TemplateProblem) -> Value {
    let args = try evaluator.evaluateArguments(arguments, in: scope)
    switch callee {
    case .name("range"):
      return try range(args)
    // Jinja's namespace(): a mapping whose attributes `{% set ns.x = … %}`
    // may change from inside a loop (the usual counter across iterations).
    case .name("dict"), .name("namespace"):
      return .map(
        OrderedDictionary(args.keywords.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }))
    case .attribute(.name("loop"), "changed"):
      guard let changes = scope.changes else {
        throw .invalidValue(detail: "loop.changed(…) is only defined inside a {% for %} loop")
      }
      return .bool(changes.changed(args.positional))
    case .attribute(let baseExpression, let method):
      let base = try evaluator.evaluate(baseExpression, in: scope)
      do throws(FilterFailure) {
        if let result = try invoke(method, on: base, args) { return result }
      } catch {
        throw .filterFailed(filter: ".\(method)()", detail: error.detail)
      }
      throw .invalidValue(
        detail: "\(evaluator.describe(baseExpression)) (\(base.typeName)) has no method \(method)()"
      )
    default:
      throw .invalidValue(detail: "\(evaluator.describe(callee)) cannot be called")
    }
  }

  private static func range(_ args: FilterArguments) throws(TemplateProblem) -> Value {
    var ints: [Int] = []
    for v in args.positional {
      guard case .int(let i) = v else {
        throw .wrongType(expression: "range(…)", expected: "whole numbers", found: v.typeName)
      }
      ints.append(i)
    }
    let (start, stop, step): (Int, Int, Int)
    switch ints.count {
    case 1: (start, stop, step) = (0, ints[0], 1)
    case 2: (start, stop, step) = (ints[0], ints[1], 1)
    case 3: (start, stop, step) = (ints[0], ints[1], ints[2])
    default: throw .invalidValue(detail: "range takes one to three numbers")
    }
    guard step != 0 else { throw .invalidValue(detail: "range step cannot be zero") }
    // Counted before anything is made (a stride's underestimatedCount is
    // 0): the distance as unsigned, exact even from Int.min to Int.max.
    let count: UInt
    if step > 0 ? start >= stop : start <= stop {
      count = 0
    } else {
      let distance = UInt(bitPattern: step > 0 ? stop &- start : start &- stop)
      count = distance / step.magnitude + (distance % step.magnitude == 0 ? 0 : 1)
    }
    guard count <= 100_000 else {
      throw .invalidValue(detail: "range(…) would make more than 100000 items")
    }
    return .list(Swift.stride(from: start, to: stop, by: step).map { .int($0) })
  }

  /// The result of `base.method(args)`, or nil if there is no such method.
  private static func invoke(_ name: String, on base: Value, _ args: FilterArguments)
    throws(FilterFailure) -> Value?
  {
    switch (base, name) {
    case (.map(let m), "items"): return .list(m.map { .list([.string($0.key), $0.value]) })
    case (.map(let m), "keys"): return .list(m.keys.map { .string($0) })
    case (.map(let m), "values"): return .list(Array(m.values))
    case (.map(let m), "get"):
      return m[args.string(0, "key", default: "")] ?? args.value(1, "default") ?? Value.none
    case (.map(let m), "cycle") where m["index0"] != nil:
      guard case .int(let i) = m["index0"], !args.positional.isEmpty else { return Value.none }
      return args.positional[i % args.positional.count]
    case (.string(let s), _):
      return try stringMethod(name, s, args)
    case (.list(let l), "index"):
      guard let v = args.value(0, "value"),
        let i = l.firstIndex(where: { ValueOperations.equal($0, v) })
      else { throw FilterFailure("the item is not in the list") }
      return .int(i)
    case (.list(let l), "count"):
      let v = args.value(0, "value") ?? Value.none
      return .int(l.filter { ValueOperations.equal($0, v) }.count)
    default:
      return nil
    }
  }

  private static func stringMethod(_ name: String, _ s: String, _ args: FilterArguments)
    throws(FilterFailure) -> Value?
  {
    let filters = args.environment.filters
    func viaFilter(_ filter: String) throws(FilterFailure) -> Value? {
      guard let f = filters[filter] else { return nil }
      return try f(.string(s), args)
    }
    switch name {
    case "upper", "lower", "title", "capitalize", "replace": return try viaFilter(name)
    case "strip": return .string(s.trimmingWhitespace())
    case "lstrip": return .string(String(s.drop(while: \.isWhitespace)))
    case "rstrip": return .string(String(s.reversed().drop(while: \.isWhitespace).reversed()))
    case "startswith": return .bool(s.hasPrefix(args.string(0, "prefix", default: "")))
    case "endswith": return .bool(s.hasSuffix(args.string(0, "suffix", default: "")))
    case "split":
      if let sep = args.value(0, "sep"), sep != .none {
        let separator = sep.printed
        guard !separator.isEmpty else { return .list([.string(s)]) }
        return .list(
          s.split(separator: separator, omittingEmptySubsequences: false).map {
            .string(String($0))
          })
      }
      return .list(s.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
    case "join":
      // `sep.join(items)` is `items|join(sep)`, bounds included.
      guard let items = args.value(0, "iterable"), items.iterated != nil,
        let join = filters["join"]
      else { return .string("") }
      return try join(
        items, FilterArguments(positional: [.string(s)], environment: args.environment))
    case "format":
      return .string(try BraceFormat.apply(s, args))
    default:
      return nil
    }
  }
}
