/// A string hashed and compared by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which
/// normalises non-ASCII text on every hash: at a million Vietnamese cells
/// that was a third of the load time. The loaders put every text in NFC
/// first, so byte equality is the same equality, at memcmp speed.
struct ByteString: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (a: ByteString, b: ByteString) -> Bool {
    guard a.text.utf8.count == b.text.utf8.count else { return false }
    var x = a.text
    var y = b.text
    return x.withUTF8 { p in
      y.withUTF8 { q in
        guard let pa = p.baseAddress, let qa = q.baseAddress else { return true }
        return pa == qa || memcmp(pa, qa, p.count) == 0
      }
    }
  }
}

/// Interns byte sequences: the same bytes always get the same id, looked
/// up without building a `String` (open addressing on a multiply-mix hash
/// of eight bytes at a time, bytes kept in one arena).
struct ByteInterner {
  private var slots: [Int32]  // -1 empty, else entry index
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var arena: [UInt8] = []
  private var mask: Int

  init() {
    slots = Array(repeating: -1, count: 1024)
    mask = 1023
  }

  var count: Int { hashes.count }

  /// The id of `bytes`, and whether it is new.
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
    let hash = Self.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { break }
      if hashes[entry] == hash && lengths[entry] == bytes.count {
        let start = starts[entry]
        let same = arena.withUnsafeBufferPointer { stored in
          guard bytes.count > 0, let a = stored.baseAddress, let b = bytes.baseAddress else {
            return true
          }
          return memcmp(a + start, b, bytes.count) == 0
        }
        if same { return (entry, false) }
      }
      slot = (slot + 1) & mask
    }
    let id = hashes.count
    hashes.append(hash)
    starts.append(arena.count)
    lengths.append(bytes.count)
    arena.append(contentsOf: bytes)
    slots[slot] = Int32(id)
    if hashes.count * 2 > slots.count { grow() }
    return (id, true)
  }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return h }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= bytes.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < bytes.count {
      tail |= UInt64(bytes[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 32)
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
