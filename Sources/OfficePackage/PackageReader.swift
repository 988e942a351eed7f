/// Reads a DOCX/ODT package from untrusted bytes, refusing anything suspicious before inflating.
///
/// Opening checks the directory against `PackageLimits` (entry count, each
/// declared size, their total, the compression ratio of large entries) and
/// refuses encrypted entries, methods other than stored and deflate, and
/// duplicate names. Reading an entry checks again that it inflates to exactly
/// the declared size and CRC. Nothing is ever written to disk.
public final class PackageReader {
  public let entries: [PackageEntry]
  private let archive: LibZipArchive
  private let indexByName: [String: Int]

  public init(bytes: [UInt8], limits: PackageLimits = .init()) throws(PackageError) {
    guard !bytes.isEmpty else {
      throw PackageError(
        message: "the file is empty; save the document again from Word or LibreOffice")
    }
    archive = try LibZipArchive(bytes: bytes)
    let count = archive.entryCount
    guard count <= limits.maxEntries else {
      throw PackageError(
        message: "the package has \(count) parts, more than the \(limits.maxEntries) allowed; "
          + "this is not an ordinary document — re-save it from Word or LibreOffice")
    }
    var entries: [PackageEntry] = []
    entries.reserveCapacity(count)
    var indexByName: [String: Int] = [:]
    var total = 0
    for index in 0..<count {
      let stat = try archive.stat(index: index)
      let entry = try Self.checked(stat, index: index, archiveSize: bytes.count, limits: limits)
      guard indexByName.updateValue(index, forKey: entry.name) == nil else {
        throw PackageError(
          part: entry.name,
          message: "the package contains this part twice, which Word and LibreOffice never do; "
            + "the file may be crafted — re-save it from Word or LibreOffice")
      }
      total += entry.uncompressedSize
      guard total <= limits.maxTotalUncompressedBytes else {
        throw PackageError(
          message: "the package would unpack to more than "
            + "\(limits.maxTotalUncompressedBytes >> 20) MiB, so it was not opened "
            + "(it may be a zip bomb); make the document smaller, e.g. compress its images")
      }
      entries.append(entry)
    }
    self.entries = entries
    self.indexByName = indexByName
  }

  public convenience init(path: String, limits: PackageLimits = .init()) throws(PackageError) {
    try self.init(bytes: PosixFile.contents(of: path, maxSize: limits.maxFileBytes), limits: limits)
  }

  public func entry(named name: String) -> PackageEntry? {
    indexByName[name].map { entries[$0] }
  }

  /// The entry's content, inflated and checked against its declared size and CRC.
  public func data(of entry: PackageEntry) throws(PackageError) -> [UInt8] {
    let raw = try rawData(of: entry)
    let content =
      entry.isCompressed
      ? try Deflate.inflate(raw, expectedSize: entry.uncompressedSize, part: entry.name) : raw
    guard content.count == entry.uncompressedSize, Deflate.crc32(content) == entry.crc32 else {
      throw PackageError(
        part: entry.name,
        message: "the part's checksum does not match, so the file is damaged; "
          + "copy it again or re-save it from Word or LibreOffice")
    }
    return content
  }

  /// The entry's bytes exactly as stored in the archive (still deflated if
  /// they are), for copying an untouched part without inflating it.
  public func rawData(of entry: PackageEntry) throws(PackageError) -> [UInt8] {
    guard entry.index >= 0, entry.index < entries.count, entries[entry.index] == entry else {
      throw PackageError(
        part: entry.name,
        message: "internal error: the entry does not belong to this package; please report this")
    }
    return try archive.storedBytes(
      index: entry.index, count: entry.compressedSize, part: entry.name)
  }

  /// Applies the per-entry policy to what the zip directory declares.
  private static func checked(
    _ stat: LibZipEntryStat, index: Int, archiveSize: Int, limits: PackageLimits
  ) throws(PackageError) -> PackageEntry {
    let name = stat.name
    guard !stat.isEncrypted else {
      throw PackageError(
        part: name,
        message: "the part is encrypted (the document has a password); remove the password "
          + "in Word or LibreOffice and save the document again")
    }
    guard stat.compressionMethod == 0 || stat.compressionMethod == 8 else {
      throw PackageError(
        part: name,
        message: "the part uses zip compression method \(stat.compressionMethod), but office "
          + "documents use only stored or deflate; re-save the document from Word or LibreOffice")
    }
    // Comparisons on UInt64 first: a lying header can declare anything.
    guard stat.uncompressedSize <= UInt64(limits.maxEntryUncompressedBytes) else {
      throw PackageError(
        part: name,
        message: "the part would unpack to \(stat.uncompressedSize) bytes, more than the "
          + "\(limits.maxEntryUncompressedBytes >> 20) MiB allowed for one part, so it was not "
          + "opened (it may be a zip bomb); make the document smaller, e.g. compress its images")
    }
    guard stat.compressedSize <= UInt64(archiveSize) else {
      throw PackageError(
        part: name,
        message: "the part is declared larger than the whole file, so the file is damaged; "
          + "copy it again or re-save it from Word or LibreOffice")
    }
    let uncompressed = Int(stat.uncompressedSize)
    let compressed = Int(stat.compressedSize)
    let isCompressed = stat.compressionMethod == 8
    guard isCompressed || compressed == uncompressed else {
      throw PackageError(
        part: name,
        message: "the part is stored uncompressed but its two declared sizes differ, so the file "
          + "is damaged; copy it again or re-save it from Word or LibreOffice")
    }
    guard
      uncompressed <= PackageLimits.ratioThresholdBytes
        || uncompressed / max(compressed, 1) <= limits.maxCompressionRatio
    else {
      throw PackageError(
        part: name,
        message: "the part is compressed more than \(limits.maxCompressionRatio) to 1, which "
          + "ordinary documents never are, so it was not opened (it may be a zip bomb); "
          + "re-save the document from Word or LibreOffice")
    }
    return PackageEntry(
      name: name, index: index, compressedSize: compressed, uncompressedSize: uncompressed,
      crc32: stat.crc32, isCompressed: isCompressed)
  }
}
