/// An expression inside a tag, parsed once when the template is compiled.
///
/// Filters and tests are resolved while parsing, so rendering never looks a
/// name up in the filter table.
///
/// Only the cases that hold other expressions are `indirect`, so names and
/// literals, the commonest, are evaluated without touching a box.
public enum Expression: Sendable {
  case literal(Value)
  case name(String)
  indirect case attribute(Expression, String)
  indirect case index(Expression, Expression)
  indirect case slice(Expression, start: Expression?, stop: Expression?, step: Expression?)
  case list([Expression])
  case map([(key: Expression, value: Expression)])
  indirect case negate(Expression)
  indirect case plus(Expression)
  indirect case not(Expression)
  indirect case arithmetic(ArithmeticOperator, Expression, Expression)
  indirect case concat(Expression, Expression)
  indirect case and(Expression, Expression)
  indirect case or(Expression, Expression)
  indirect case compare(Expression, [(ComparisonOperator, Expression)])
  indirect case conditional(then: Expression, condition: Expression, otherwise: Expression?)
  indirect case filter(Expression, FilterCall)
  indirect case test(Expression, TestCall, negated: Bool)
  indirect case call(Expression, Arguments)

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
