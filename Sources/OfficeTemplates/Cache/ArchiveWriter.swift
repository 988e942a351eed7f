/// Appends values to a compiled template's archive: variable-length
/// integers, then length-prefixed bytes and strings.
///
/// Written by hand rather than with Codable: the archive exists to make a
/// cold start cheap, and Codable's generic containers cost a cold process
/// the runtime conformance lookups a cached template is meant to avoid.
struct ArchiveWriter {
  private(set) var bytes: [UInt8] = []

  mutating func write(_ value: Int) {
    // Zigzag, so that small negative numbers stay short too.
    var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func write(_ value: Int?) {
    write(value != nil)
    if let value { write(value) }
  }

  mutating func write(_ value: Bool) {
    write(value ? 1 : 0)
  }

  mutating func write(_ value: [UInt8]) {
    write(value.count)
    bytes += value
  }

  mutating func write(_ value: String) {
    write(Array(value.utf8))
  }
}
