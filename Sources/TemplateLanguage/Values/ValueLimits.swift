import OrderedCollections

/// How large a text or list one operation of a template may make.
///
/// A template is input too. Without a bound, `{{ 'x' * 10**10 }}`,
/// `center(10**9)` or a text doubled in a loop take all the memory, and
/// minutes, before anything fails; with one, they stop at once with an
/// error at their tag. 16 MiB of text, or 16 Mi items of a list, is far
/// beyond anything a document prints.
enum ValueLimits {
  static let maxSize = 1 << 24

  enum Kind {
    /// Measured in UTF-8 bytes.
    case text
    /// Measured in items.
    case list
  }

  /// Throws `failure(detail)` when making a `kind` of `size` is past the bound.
  static func check<Failure: Error>(
    _ size: Int, _ kind: Kind, _ failure: (String) -> Failure
  ) throws(Failure) {
    guard size > maxSize else { return }
    let what = kind == .text ? "a text longer than 16 MiB" : "a list of more than 16 Mi items"
    throw failure("this would make \(what)")
  }

  /// How deep lists and mappings may nest: in a JSON context
  /// (`JSONValueReader`) and in a value a `{% set %}` assigns.
  static let maxNesting = 512

  /// Whether `value`'s lists and mappings nest more than `maxNesting`
  /// levels deep. Printing, comparing and freeing a value recurse once a
  /// level, so a value built deeper by a `{% set %}` in a loop
  /// (`ns.x = [ns.x]`, 100,000 times) overflowed the stack. Looked for
  /// without recursion, each container once.
  static func nestsTooDeep(_ value: Value) -> Bool {
    var pending: [(value: Value, level: Int)] = [(value, 1)]
    while let (container, level) = pending.popLast() {
      switch container {
      case .list(let items):
        guard level <= maxNesting else { return true }
        for item in items where item.isContainer { pending.append((item, level + 1)) }
      case .map(let mapping):
        guard level <= maxNesting else { return true }
        for item in mapping.values where item.isContainer { pending.append((item, level + 1)) }
      default:
        continue
      }
    }
    return false
  }

  /// `a × b`, or `Int.max` when that overflows: past the bound either way.
  static func product(_ a: Int, _ b: Int) -> Int {
    let (result, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? .max : result
  }

  /// `a + b`, or `Int.max` when that overflows.
  static func sum(_ a: Int, _ b: Int) -> Int {
    let (result, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : result
  }
}

extension Value {
  fileprivate var isContainer: Bool {
    switch self {
    case .list, .map: true
    default: false
    }
  }
}
