/// One file inside a package, as its zip directory describes it.
public struct PackageEntry: Sendable, Hashable {
  public let name: String
  /// Position in the archive, which is also the order of `PackageReader.entries`.
  public let index: Int
  public let compressedSize: Int
  public let uncompressedSize: Int
  public let crc32: UInt32
  /// True for deflate, false for stored; no other method gets past the reader.
  public let isCompressed: Bool

  public init(
    name: String, index: Int, compressedSize: Int, uncompressedSize: Int, crc32: UInt32,
    isCompressed: Bool
  ) {
    self.name = name
    self.index = index
    self.compressedSize = compressedSize
    self.uncompressedSize = uncompressedSize
    self.crc32 = crc32
    self.isCompressed = isCompressed
  }
}
