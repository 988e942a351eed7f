import Synchronization

/// Byte buffers handed from one render to the next, so that their capacity
/// is reused; shared by the threads rendering one compiled template.
final class BufferPool: Sendable {
  private let buffers = Mutex<[[UInt8]]>([])
  /// Enough for the parts of a document on each core; more are let go.
  private let limit = 32

  func take() -> [UInt8] {
    buffers.withLock { $0.popLast() } ?? []
  }

  func give(back buffer: [UInt8]) {
    buffers.withLock { pool in
      if pool.count < limit { pool.append(buffer) }
    }
  }
}
