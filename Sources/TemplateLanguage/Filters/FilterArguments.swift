import VietnameseText

/// A filter: takes the value before `|` and the arguments in parentheses.
public typealias Filter = @Sendable (Value, FilterArguments) throws(FilterFailure) -> Value

/// A test (`x is even`): takes the value before `is` and its arguments.
public typealias Test = @Sendable (Value, [Value]) throws(FilterFailure) -> Bool

/// Why a filter or test could not work on its input.
public struct FilterFailure: Error, Sendable {
  public let detail: String
  public init(_ detail: String) { self.detail = detail }
}

/// The evaluated arguments of a filter call.
public struct FilterArguments: Sendable {
  public let positional: [Value]
  public let keywords: [(name: String, value: Value)]
  /// The tables, for filters that apply other filters or tests by name.
  public let environment: TemplateEnvironment

  public init(
    positional: [Value] = [], keywords: [(name: String, value: Value)] = [],
    environment: TemplateEnvironment
  ) {
    self.positional = positional
    self.keywords = keywords
    self.environment = environment
  }

  /// The argument given at `position`, or by `name`.
  public func value(_ position: Int, _ name: String) -> Value? {
    if position < positional.count { return positional[position] }
    return keywords.first(where: { $0.name == name })?.value
  }

  public func int(_ position: Int, _ name: String, default fallback: Int) throws(FilterFailure)
    -> Int
  {
    guard let v = value(position, name) else { return fallback }
    switch v {
    case .int(let i): return i
    // exactly: 1e300 and inf are whole too, but no Int.
    case .double(let d): if let i = Int(exactly: d) { return i }
    case .string(let s): if let i = Int(s.trimmingWhitespace()) { return i }
    default: break
    }
    throw FilterFailure("the argument \(name) must be a whole number, not \(v.typeName)")
  }

  public func bool(_ position: Int, _ name: String, default fallback: Bool) -> Bool {
    value(position, name)?.isTruthy ?? fallback
  }

  public func string(_ position: Int, _ name: String, default fallback: String) -> String {
    value(position, name)?.printed ?? fallback
  }
}
