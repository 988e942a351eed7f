import OrderedCollections

/// A value a template reads: what a JSON context or loaded data holds.
///
/// Mappings keep their insertion order, because Jinja prints and iterates
/// dictionaries in that order and authors expect their data's order.
public enum Value: Sendable, Equatable {
  case none
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case list([Value])
  /// Boxed: a mapping's storage is three objects, and a render copies the
  /// mapping bound to a loop variable for every `row.field` it prints; a box
  /// makes that copy one retain.
  indirect case map(OrderedDictionary<String, Value>)

  /// Jinja's truthiness: empty strings, collections, zero and none are false.
  public var isTruthy: Bool {
    switch self {
    case .none: false
    case .bool(let b): b
    case .int(let i): i != 0
    case .double(let d): d != 0
    case .string(let s): !s.isEmpty
    case .list(let l): !l.isEmpty
    case .map(let m): !m.isEmpty
    }
  }

  /// The name of the value's type in the words of an error message.
  public var typeName: String {
    switch self {
    case .none: "none"
    case .bool: "boolean"
    case .int: "integer"
    case .double: "number"
    case .string: "text"
    case .list: "list"
    case .map: "mapping"
    }
  }

  /// The number, if the value is one (booleans are not numbers here).
  var number: Double? {
    switch self {
    case .int(let i): Double(i)
    case .double(let d): d
    default: nil
    }
  }

  /// The items a `for` loop or a filter iterates: a list's items, a
  /// mapping's keys, a string's characters.
  var iterated: [Value]? {
    switch self {
    case .list(let l): l
    case .map(let m): m.keys.map { .string($0) }
    case .string(let s): s.map { .string(String($0)) }
    default: nil
    }
  }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: Value...) { self = .list(elements) }
  public init(nilLiteral: ()) { self = .none }
  public init(dictionaryLiteral elements: (String, Value)...) {
    self = .map(OrderedDictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
