#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The language messages for template authors are written in.
///
/// Authors are office workers; most read Vietnamese first. Vietnamese is
/// chosen when the locale says so (`vi_VN.UTF-8`) or when asked
/// (`--lang vi`); English otherwise, so logs and CI stay as they were.
public enum MessageLanguage: String, Sendable, CaseIterable {
  case english = "en"
  case vietnamese = "vi"

  /// `vi`, `vi_VN`, `vi-VN`, `vietnamese`; `en`, `en_US`, `english`.
  public init?(code: String) {
    let lower = code.lowercased()
    if lower == "vi" || lower.hasPrefix("vi_") || lower.hasPrefix("vi-") || lower.hasPrefix("vi.")
      || lower == "vietnamese" || lower == "tiếng việt" || lower == "tieng viet"
    {
      self = .vietnamese
    } else if lower == "en" || lower.hasPrefix("en_") || lower.hasPrefix("en-")
      || lower.hasPrefix("en.") || lower == "english" || lower == "c" || lower == "posix"
    {
      self = .english
    } else {
      return nil
    }
  }

  /// The language the locale asks for: the first of `LC_ALL`,
  /// `LC_MESSAGES` and `LANG` that is set decides, as for gettext.
  public static func fromEnvironment() -> MessageLanguage {
    fromEnvironment { name in getenv(name).map { String(cString: $0) } }
  }

  /// As `fromEnvironment()`, reading the variables through `lookup`.
  public static func fromEnvironment(_ lookup: (String) -> String?) -> MessageLanguage {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = lookup(name), !value.isEmpty else { continue }
      return value.lowercased().hasPrefix("vi") ? .vietnamese : .english
    }
    return .english
  }

  /// The word GCC-style lines use before a message: `error` / `lỗi`.
  public var errorWord: String { self == .vietnamese ? "lỗi" : "error" }
  /// The word before a hint: `note` / `gợi ý`.
  public var noteWord: String { self == .vietnamese ? "gợi ý" : "note" }
}
