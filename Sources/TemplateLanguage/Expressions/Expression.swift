/// An expression inside a tag, parsed once when the template is compiled.
///
/// Filters and tests are resolved while parsing, so rendering never looks a
/// name up in the filter table.
public indirect enum Expression: Sendable {
  case literal(Value)
  case name(String)
  case attribute(Expression, String)
  case index(Expression, Expression)
  case slice(Expression, start: Expression?, stop: Expression?, step: Expression?)
  case list([Expression])
  case map([(key: Expression, value: Expression)])
  case negate(Expression)
  case plus(Expression)
  case not(Expression)
  case arithmetic(ArithmeticOperator, Expression, Expression)
  case concat(Expression, Expression)
  case and(Expression, Expression)
  case or(Expression, Expression)
  case compare(Expression, [(ComparisonOperator, Expression)])
  case conditional(then: Expression, condition: Expression, otherwise: Expression?)
  case filter(Expression, FilterCall)
  case test(Expression, TestCall, negated: Bool)
  case call(Expression, Arguments)

  /// The dotted path of a name, `unit.ten` or `years[0].nam`, for messages.
  var path: String? {
    switch self {
    case .name(let n): return n
    case .attribute(let base, let key): return base.path.map { "\($0).\(key)" }
    case .index(let base, .literal(let v)): return base.path.map { "\($0)[\(v.represented)]" }
    default: return nil
    }
  }
}

public enum ArithmeticOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
  case modulo = "%", power = "**"
}

public enum ComparisonOperator: String, Sendable {
  case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
  case greaterOrEqual = ">=", `in` = "in", notIn = "not in"
}

/// Positional and keyword arguments of a filter, test or call.
public struct Arguments: Sendable {
  public var positional: [Expression] = []
  public var keywords: [(name: String, value: Expression)] = []
}

/// A filter applied in an expression, with its implementation resolved.
public struct FilterCall: Sendable {
  public let name: String
  public let arguments: Arguments
  let function: Filter
}

/// A test (`is even`), with its implementation resolved.
public struct TestCall: Sendable {
  public let name: String
  public let arguments: Arguments
  let function: Test
}
