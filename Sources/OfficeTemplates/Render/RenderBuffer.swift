#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of one part as it renders, in memory of its own.
///
/// Written by hand rather than as a `[UInt8]`: a render appends a thousand
/// small pieces (literal chunks and values), and `Array.append(contentsOf:)`
/// cost about as much as the engine's own work around it; here an append is
/// a bounds check and a `memcpy`. The storage is kept between renders (see
/// `BufferPool`) and handed to the package writer without a copy.
final class RenderBuffer: @unchecked Sendable {
  // Owned by this object; only one render uses it at a time (the pool
  // hands it out to one caller and takes it back). No dynamic exclusivity
  // checks, then: every append and every size check read these.
  @exclusivity(unchecked) private var storage: UnsafeMutableRawPointer
  @exclusivity(unchecked) private var capacity: Int
  @exclusivity(unchecked) private(set) var count = 0

  init(capacity: Int = 64 * 1024) {
    self.capacity = max(capacity, 64)
    guard let memory = malloc(self.capacity) else { fatalError("out of memory") }
    storage = memory
  }

  deinit { free(storage) }

  func removeAll() { count = 0 }

  func reserve(_ total: Int) {
    guard total > capacity else { return }
    var newCapacity = capacity
    while newCapacity < total { newCapacity *= 2 }
    guard let memory = realloc(storage, newCapacity) else { fatalError("out of memory") }
    storage = memory
    capacity = newCapacity
  }

  @inline(__always)
  func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { reserve(count + bytes.count) }
    memcpy(storage + count, source, bytes.count)
    count += bytes.count
  }

  @inline(__always)
  func append(_ byte: UInt8) {
    if count + 1 > capacity { reserve(count + 1) }
    storage.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
    count += 1
  }

  func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { append($0) }
  }

  /// Inserts `bytes` at `offset`, moving what follows (table grids, written
  /// once the widest row is known).
  func insert(_ bytes: [UInt8], at offset: Int) {
    reserve(count + bytes.count)
    memmove(storage + offset + bytes.count, storage + offset, count - offset)
    bytes.withUnsafeBytes { source in
      if let base = source.baseAddress { memcpy(storage + offset, base, bytes.count) }
    }
    count += bytes.count
  }

  /// The bytes written so far, valid until the next change.
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage, count: count) }
}
