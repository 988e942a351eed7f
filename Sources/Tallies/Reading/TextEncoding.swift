/// The character encodings a CSV file is read in.
///
/// Offices save CSV from Excel or LibreOffice in one of these: “CSV UTF-8”
/// (with a byte-order mark), LibreOffice's default UTF-8 (without one),
/// Excel's “Unicode Text” (UTF-16 with a byte-order mark) and Excel's plain
/// “CSV (Comma delimited)”, which on Vietnamese Windows is Windows-1258.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
  case utf8 = "utf-8"
  case utf16LittleEndian = "utf-16le"
  case utf16BigEndian = "utf-16be"
  case windows1258 = "windows-1258"

  /// Reads the name given to `--encoding`: “utf-8”, “UTF8”, “utf-16” (little
  /// endian, as Windows writes it), “utf-16le”, “utf-16be”, “windows-1258”,
  /// “cp1258”, “1258”. Nil for an unknown name.
  public init?(name: String) {
    let key = String(
      name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
    switch key {
    case "utf8": self = .utf8
    case "utf16", "utf16le", "unicode": self = .utf16LittleEndian
    case "utf16be": self = .utf16BigEndian
    case "windows1258", "cp1258", "1258", "win1258", "vietnamese": self = .windows1258
    default: return nil
    }
  }

  /// The names `init(name:)` accepts, for help and error messages.
  public static let acceptedNames = "utf-8, utf-16, utf-16le, utf-16be, windows-1258 (cp1258)"
}
