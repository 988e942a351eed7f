/// What one loop's `loop.changed(…)` was last called with: Jinja's
/// `changed` is true on its first call in a loop and whenever its values
/// differ from the previous call's.
///
/// A reference, so that the state outlives the iteration's frame: a render
/// makes one for each loop it runs, and only that render's thread reads or
/// changes it, hence `@unchecked Sendable`.
final class LoopChanges: @unchecked Sendable {
  private var last: [Value]?

  func changed(_ values: [Value]) -> Bool {
    defer { last = values }
    guard let last, last.count == values.count else { return true }
    return !zip(last, values).allSatisfy { ValueOperations.equal($0, $1) }
  }
}
