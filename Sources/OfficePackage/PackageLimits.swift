/// Upper bounds that a package from an untrusted source must respect before anything is inflated.
///
/// Checked against the sizes the zip directory declares, and again while
/// inflating, because headers can lie.
public struct PackageLimits: Sendable {
  public var maxEntries: Int = 10_000
  public var maxTotalUncompressedBytes: Int = 512 << 20
  public var maxEntryUncompressedBytes: Int = 256 << 20
  /// Applied only to entries whose declared uncompressed size exceeds
  /// `ratioThresholdBytes`: small XML parts legitimately compress very well.
  public var maxCompressionRatio: Int = 200

  /// The largest package file worth reading: anything much larger than the
  /// unpacked limit cannot be a valid package.
  public var maxFileBytes: Int { maxTotalUncompressedBytes + maxEntries * 1024 }

  /// Entries at or below this declared size are exempt from the ratio check.
  public static let ratioThresholdBytes = 1 << 20

  public init() {}
}
