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
