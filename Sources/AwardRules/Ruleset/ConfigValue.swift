import Tallies
import TOMLKit
import VietnameseText

/// A value of a ruleset file, as TOML gave it, before it is read into the
/// typed model.
///
/// Rules keep the raw table of each check, so that a user file can change
/// one key of it (`set = { at_least = "75%" }`) and the check is read
/// again with the same messages as the built-in one.
public indirect enum ConfigValue: Sendable, Equatable, CustomStringConvertible {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case date(CalendarDate)
  case list([ConfigValue])
  case table(ConfigTable)

  /// The value as the file would write it, for change reports.
  public var description: String {
    switch self {
    case .string(let s): "\"\(s)\""
    case .int(let i): String(i)
    case .double(let d): String(d)
    case .bool(let b): b ? "true" : "false"
    case .date(let d): d.iso
    case .list(let l): "[" + l.map(\.description).joined(separator: ", ") + "]"
    case .table(let t):
      "{ " + t.entries.map { "\($0.key) = \($0.value)" }.joined(separator: ", ") + " }"
    }
  }

  /// TOMLKit's tree as plain values, read by the load stage's reader;
  /// text in NFC.
  static func from(_ value: TOMLValueConvertible) -> ConfigValue {
    from(MetadataValue(toml: value))
  }

  private static func from(_ value: MetadataValue) -> ConfigValue {
    switch value {
    case .string(let s): .string(ToneNormalization.nfc(s))
    case .int(let i): .int(i)
    case .double(let d): .double(d)
    case .bool(let b): .bool(b)
    case .date(let d): .date(d)
    case .list(let l): .list(l.map { from($0) })
    case .table(let t): .table(ConfigTable(t.map { ($0.0, from($0.1)) }))
    }
  }
}

/// A TOML table: keys in the order given.
public struct ConfigTable: Sendable, Equatable {
  public var entries: [(key: String, value: ConfigValue)]

  public init(_ entries: [(String, ConfigValue)] = []) {
    self.entries = entries.map { (key: $0.0, value: $0.1) }
  }

  public subscript(key: String) -> ConfigValue? {
    get { entries.first { $0.key == key }?.value }
    set {
      if let i = entries.firstIndex(where: { $0.key == key }) {
        if let newValue { entries[i].value = newValue } else { entries.remove(at: i) }
      } else if let newValue {
        entries.append((key: key, value: newValue))
      }
    }
  }

  public var keys: [String] { entries.map(\.key) }

  public static func == (a: ConfigTable, b: ConfigTable) -> Bool {
    a.entries.map(\.key) == b.entries.map(\.key) && a.entries.map(\.value) == b.entries.map(\.value)
  }
}
