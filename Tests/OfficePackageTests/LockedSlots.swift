import Foundation

/// Slots that several threads fill with results, for tests of concurrent use.
final class LockedSlots<Value>: @unchecked Sendable {
  private var values: [Value?]
  private let lock = NSLock()

  init(count: Int) {
    values = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value?) {
    lock.lock()
    defer { lock.unlock() }
    values[index] = value
  }

  func get(_ index: Int) -> Value? {
    lock.lock()
    defer { lock.unlock() }
    return values[index]
  }
}
