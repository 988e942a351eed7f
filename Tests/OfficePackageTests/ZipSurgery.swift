import OfficePackage

/// Edits the headers of a zip made by `PackageWriter`, to craft damaged and hostile packages.
///
/// Every change is made in both the local header and the central directory,
/// as an attacker would, so that the archive stays self-consistent.
enum ZipSurgery {
  /// Offsets of the local headers, in archive order.
  static func localHeaders(_ zip: [UInt8]) -> [Int] {
    var offsets: [Int] = []
    var offset = 0
    while offset + 30 <= zip.count, uint32(zip, offset) == 0x0403_4b50 {
      offsets.append(offset)
      let nameLength = Int(uint16(zip, offset + 26))
      let extraLength = Int(uint16(zip, offset + 28))
      offset += 30 + nameLength + extraLength + Int(uint32(zip, offset + 18))
    }
    return offsets
  }

  /// Offsets of the central directory headers, in archive order.
  static func centralHeaders(_ zip: [UInt8]) -> [Int] {
    let end = zip.count - 22
    var offset = Int(uint32(zip, end + 16))
    var offsets: [Int] = []
    for _ in 0..<Int(uint16(zip, end + 10)) {
      offsets.append(offset)
      offset +=
        46 + Int(uint16(zip, offset + 28)) + Int(uint16(zip, offset + 30))
        + Int(uint16(zip, offset + 32))
    }
    return offsets
  }

  static func setUncompressedSize(_ zip: inout [UInt8], entry: Int, to size: UInt32) {
    setUInt32(&zip, localHeaders(zip)[entry] + 22, size)
    setUInt32(&zip, centralHeaders(zip)[entry] + 24, size)
  }

  static func setCRC(_ zip: inout [UInt8], entry: Int, to crc: UInt32) {
    setUInt32(&zip, localHeaders(zip)[entry] + 14, crc)
    setUInt32(&zip, centralHeaders(zip)[entry] + 16, crc)
  }

  static func setMethod(_ zip: inout [UInt8], entry: Int, to method: UInt16) {
    setUInt16(&zip, localHeaders(zip)[entry] + 8, method)
    setUInt16(&zip, centralHeaders(zip)[entry] + 10, method)
  }

  static func setFlags(_ zip: inout [UInt8], entry: Int, to flags: UInt16) {
    setUInt16(&zip, localHeaders(zip)[entry] + 6, flags)
    setUInt16(&zip, centralHeaders(zip)[entry] + 8, flags)
  }

  /// Overwrites the entry's name with one of the same length.
  static func rename(_ zip: inout [UInt8], entry: Int, to name: String) {
    let bytes = Array(name.utf8)
    let local = localHeaders(zip)[entry] + 30
    let central = centralHeaders(zip)[entry] + 46
    precondition(Int(uint16(zip, local - 4)) == bytes.count, "names must have the same length")
    zip.replaceSubrange(local..<local + bytes.count, with: bytes)
    zip.replaceSubrange(central..<central + bytes.count, with: bytes)
  }

  static func uint16(_ zip: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(zip[offset]) | UInt16(zip[offset + 1]) << 8
  }

  static func uint32(_ zip: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(uint16(zip, offset)) | UInt32(uint16(zip, offset + 2)) << 16
  }

  private static func setUInt16(_ zip: inout [UInt8], _ offset: Int, _ value: UInt16) {
    zip[offset] = UInt8(truncatingIfNeeded: value)
    zip[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
  }

  private static func setUInt32(_ zip: inout [UInt8], _ offset: Int, _ value: UInt32) {
    setUInt16(&zip, offset, UInt16(truncatingIfNeeded: value))
    setUInt16(&zip, offset + 2, UInt16(truncatingIfNeeded: value >> 16))
  }

  /// A package of the given (name, content) entries, deflated, with a fixed timestamp.
  static func package(_ entries: [(String, [UInt8])], level: CompressionLevel = .default) throws
    -> [UInt8]
  {
    var writer = PackageWriter(timestamp: .dosEpoch)
    for (name, content) in entries { writer.add(name, content, level: level) }
    return try writer.finish()
  }
}
