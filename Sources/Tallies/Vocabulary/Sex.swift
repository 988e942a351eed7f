/// A person's sex, as personnel records keep it (ties favour women, Nghị
/// định 152 Điều 4).
public enum Sex: String, Sendable, Hashable, CaseIterable {
  /// Nam.
  case male = "nam"
  /// Nữ.
  case female = "nu"

  /// “Nam”, “Nữ”.
  public var name: String { self == .male ? "Nam" : "Nữ" }

  /// Reads “Nam”, “Nữ”, “nu”, “M”, “F”, “male”, “female”.
  public init?(cell: String) {
    switch VocabularyKey.of(cell) {
    case "nam", "m", "male", "trai": self = .male
    case "nu", "f", "female", "gai": self = .female
    default: return nil
    }
  }
}
