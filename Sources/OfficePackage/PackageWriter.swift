// Written by hand rather than with libzip: libzip 1.7.3 writes only through
// zlib and recompresses whatever it writes, while we need the package in
// memory, parts deflated with libdeflate (several times faster), untouched
// parts copied as their original compressed bytes, and byte-identical output
// for identical input. The format needed for that is small: local headers,
// a central directory and its end record, nothing else (no data descriptors,
// no extra fields, no zip64).

/// Builds a zip package in memory, entry by entry, in the order the entries are added.
///
/// Entries are never reordered, so an ODF `mimetype` added first with
/// `addStored` stays first. After `finish()` the writer is empty again.
public struct PackageWriter {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var entryCount = 0
  private var names: Set<String> = []
  /// The first misuse or overflow, reported by `finish()` because adding
  /// entries cannot fail on its own.
  private var problem: PackageError?
  private let timestamp: PackageTimestamp

  /// The largest size or offset a plain (non-zip64) archive can hold; the
  /// all-ones value itself means "look in the zip64 record".
  private static let maxField = Int(UInt32.max) - 1
  private static let localHeaderSize = 30
  private static let directoryHeaderSize = 46

  public init(timestamp: PackageTimestamp = .fromEnvironment()) {
    self.timestamp = timestamp
  }

  /// Reserves room for the finished package, avoiding regrowth when the
  /// caller can estimate its size (e.g. the template's size).
  public mutating func reserveCapacity(_ byteCount: Int) {
    output.reserveCapacity(byteCount)
  }

  public mutating func addStored(_ name: String, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { add(name, contentsOf: $0, level: .store) }
  }

  /// Deflates `bytes` at `level`, or stores them when `level` is `.store` or
  /// when deflating would not make them smaller.
  public mutating func add(_ name: String, _ bytes: [UInt8], level: CompressionLevel) {
    bytes.withUnsafeBytes { add(name, contentsOf: $0, level: level) }
  }

  /// The same for bytes the caller keeps in memory of its own (a render
  /// buffer reused from one document to the next).
  public mutating func add(
    _ name: String, contentsOf bytes: UnsafeRawBufferPointer, level: CompressionLevel
  ) {
    guard let header = beginEntry(name) else { return }
    let compressed = level == .store ? nil : Deflate.compressIfSmaller(bytes, level: level)
    let crc = Deflate.crc32(of: bytes)
    if let compressed {
      output.append(contentsOf: compressed)
    } else {
      output.append(contentsOf: bytes)
    }
    endEntry(
      name, header: header, deflated: compressed != nil, crc: crc,
      compressedSize: compressed?.count ?? bytes.count, uncompressedSize: bytes.count)
  }

  /// Copies an entry of another package verbatim: its compressed bytes, CRC,
  /// sizes and method, without inflating it.
  public mutating func addRaw(_ name: String, copyOf entry: PackageEntry, rawData: [UInt8]) {
    guard rawData.count == entry.compressedSize else {
      problem =
        problem
        ?? PackageError(
          part: name,
          message: "internal error: the raw data given for this part is \(rawData.count) bytes "
            + "but its entry says \(entry.compressedSize); please report this")
      return
    }
    guard let header = beginEntry(name) else { return }
    output.append(contentsOf: rawData)
    endEntry(
      name, header: header, deflated: entry.isCompressed, crc: entry.crc32,
      compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize)
  }

  /// Appends the central directory and returns the package; the writer is empty afterwards.
  ///
  /// Throws when an entry was added twice or the package outgrew what a zip
  /// without zip64 can describe (4 GiB, 65 535 entries).
  public mutating func finish() throws(PackageError) -> [UInt8] {
    defer { self = PackageWriter(timestamp: timestamp) }
    if let problem { throw problem }
    let directoryOffset = output.count
    guard entryCount <= Int(UInt16.max), directoryOffset <= Self.maxField,
      directory.count <= Self.maxField
    else { throw Self.tooLarge(part: nil) }
    output.reserveCapacity(output.count + directory.count + 22)
    output.append(contentsOf: directory)
    output.appendLittleEndian(UInt32(0x0605_4b50))
    output.appendLittleEndian(UInt16(0))  // this disk
    output.appendLittleEndian(UInt16(0))  // disk holding the directory
    output.appendLittleEndian(UInt16(entryCount))
    output.appendLittleEndian(UInt16(entryCount))
    output.appendLittleEndian(UInt32(directory.count))
    output.appendLittleEndian(UInt32(directoryOffset))
    output.appendLittleEndian(UInt16(0))  // comment length
    var result: [UInt8] = []
    swap(&result, &output)
    return result
  }

  /// Writes the local header with the sizes left blank; returns its offset,
  /// or nil (with `problem` set) when the entry cannot be added.
  private mutating func beginEntry(_ name: String) -> Int? {
    guard problem == nil else { return nil }
    guard !name.isEmpty, name.utf8.count <= Int(UInt16.max) else {
      problem = PackageError(
        part: name, message: "internal error: a part name must have 1 to 65 535 bytes")
      return nil
    }
    guard names.insert(name).inserted else {
      problem = PackageError(
        part: name,
        message: "internal error: the part was added to the package twice; please report this")
      return nil
    }
    let offset = output.count
    guard offset <= Self.maxField else {
      problem = Self.tooLarge(part: name)
      return nil
    }
    output.appendLittleEndian(UInt32(0x0403_4b50))
    output.appendLittleEndian(UInt16(20))  // version needed: 2.0, deflate
    output.appendLittleEndian(Self.flags(for: name))
    output.appendLittleEndian(UInt16(0))  // method, patched in endEntry
    output.appendLittleEndian(timestamp.dosTime)
    output.appendLittleEndian(timestamp.dosDate)
    output.appendLittleEndian(UInt32(0))  // crc, patched
    output.appendLittleEndian(UInt32(0))  // compressed size, patched
    output.appendLittleEndian(UInt32(0))  // uncompressed size, patched
    output.appendLittleEndian(UInt16(name.utf8.count))
    output.appendLittleEndian(UInt16(0))  // extra field length
    output.append(contentsOf: name.utf8)
    return offset
  }

  /// Fills in the local header and records the entry in the central directory.
  private mutating func endEntry(
    _ name: String, header: Int, deflated: Bool, crc: UInt32, compressedSize: Int,
    uncompressedSize: Int
  ) {
    guard compressedSize <= Self.maxField, uncompressedSize <= Self.maxField,
      output.count <= Self.maxField
    else {
      problem = Self.tooLarge(part: name)
      return
    }
    let method = UInt16(deflated ? 8 : 0)
    output.withUnsafeMutableBytes { bytes in
      bytes.storeBytes(of: method.littleEndian, toByteOffset: header + 8, as: UInt16.self)
      bytes.storeBytes(of: crc.littleEndian, toByteOffset: header + 14, as: UInt32.self)
      bytes.storeBytes(
        of: UInt32(compressedSize).littleEndian, toByteOffset: header + 18, as: UInt32.self)
      bytes.storeBytes(
        of: UInt32(uncompressedSize).littleEndian, toByteOffset: header + 22, as: UInt32.self)
    }
    directory.reserveCapacity(directory.count + Self.directoryHeaderSize + name.utf8.count)
    directory.appendLittleEndian(UInt32(0x0201_4b50))
    directory.appendLittleEndian(UInt16(20))  // made by: MS-DOS, zip 2.0
    directory.appendLittleEndian(UInt16(20))  // version needed
    directory.appendLittleEndian(Self.flags(for: name))
    directory.appendLittleEndian(method)
    directory.appendLittleEndian(timestamp.dosTime)
    directory.appendLittleEndian(timestamp.dosDate)
    directory.appendLittleEndian(crc)
    directory.appendLittleEndian(UInt32(compressedSize))
    directory.appendLittleEndian(UInt32(uncompressedSize))
    directory.appendLittleEndian(UInt16(name.utf8.count))
    directory.appendLittleEndian(UInt16(0))  // extra field length
    directory.appendLittleEndian(UInt16(0))  // comment length
    directory.appendLittleEndian(UInt16(0))  // disk number
    directory.appendLittleEndian(UInt16(0))  // internal attributes
    directory.appendLittleEndian(UInt32(0))  // external attributes
    directory.appendLittleEndian(UInt32(header))
    directory.append(contentsOf: name.utf8)
    entryCount += 1
  }

  /// Bit 11 says the name is UTF-8; plain ASCII names leave it clear, as Word does.
  private static func flags(for name: String) -> UInt16 {
    name.utf8.contains { $0 >= 0x80 } ? 1 << 11 : 0
  }

  private static func tooLarge(part: String?) -> PackageError {
    PackageError(
      part: part,
      message: "the package would be larger than 4 GiB or have more than 65 535 parts, "
        + "which this tool does not write; make the document smaller (e.g. compress its images)")
  }
}
