import Synchronization

/// Render buffers handed from one render to the next, so that their memory
/// is reused; shared by the threads rendering one compiled template.
final class BufferPool: Sendable {
  private let buffers = Mutex<[RenderBuffer]>([])
  /// Enough for the parts of a document on each core; more are let go.
  private let limit = 32

  func take() -> RenderBuffer {
    buffers.withLock { $0.popLast() } ?? RenderBuffer()
  }

  func give(back buffer: RenderBuffer) {
    buffers.withLock { pool in
      if pool.count < limit { pool.append(buffer) }
    }
  }
}
