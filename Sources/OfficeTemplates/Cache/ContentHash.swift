/// A 64-bit hash of bytes, eight at a time (FNV-1a's step over words, then
/// a final mix): names cache entries, and checks that an entry reads back
/// as it was written. Not cryptographic: the cache folder is the user's own.
enum ContentHash {
  static func of(_ bytes: ArraySlice<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
    bytes.withUnsafeBytes { raw in
      var hash = seed
      var i = 0
      while i + 8 <= raw.count {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
        i += 8
      }
      while i < raw.count {
        hash = (hash ^ UInt64(raw[i])) &* 0x100_0000_01b3
        i += 1
      }
      // A word's high bits only reach the hash's high bits through the
      // multiplications: mix them down (MurmurHash3's finaliser).
      hash ^= hash >> 33
      hash &*= 0xff51_afd7_ed55_8ccd
      hash ^= hash >> 33
      return hash
    }
  }
}
