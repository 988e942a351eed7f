import TOMLKit
import VietnameseText

/// A value of a TOML file — document metadata or a ruleset — as plain Swift:
/// text in NFC, tables in the file's key order. TOMLKit's tree is read in
/// one place, `init(toml:)`, for every TOML file vanban reads.
///
/// Rulesets keep the raw table of each check, so that a user file can
/// change one key of it (`set = { at_least = "75%" }`) and the check is
/// read again with the same messages as the built-in one.
public indirect enum ConfigValue: Sendable, Equatable, CustomStringConvertible {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case date(CalendarDate)
  case list([ConfigValue])
  case table(ConfigTable)

  public init(toml value: TOMLValueConvertible) {
    switch value.type {
    case .table:
      guard let t = value.table else {
        self = .table(ConfigTable())
        return
      }
      self = .table(
        ConfigTable(t.keys.compactMap { key in t[key].map { (key, ConfigValue(toml: $0)) } }))
    case .array:
      self = .list(value.array.map { $0.map { ConfigValue(toml: $0) } } ?? [])
    case .string: self = .string(ToneNormalization.nfc(value.string ?? ""))
    case .int: self = .int(value.int ?? 0)
    case .double: self = .double(value.double ?? 0)
    case .bool: self = .bool(value.bool ?? false)
    case .date:
      if let d = value.date, let c = try? CalendarDate(year: d.year, month: d.month, day: d.day) {
        self = .date(c)
      } else {
        self = .string(value.debugDescription)
      }
    default: self = .string(value.debugDescription)
    }
  }

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
