/// What went wrong in a VietnameseText function, said in Vietnamese and in English.
///
/// Template authors read these messages, most of them in Vietnamese, so each
/// message says both what is wrong and what to do about it. `description`
/// is the English text so that logs and test failures stay greppable.
public struct VietnameseTextError: Error, Equatable, Hashable, Sendable,
  CustomStringConvertible
{
  /// The message in Vietnamese, for template authors.
  public let vietnamese: String
  /// The same message in English.
  public let english: String

  public init(vietnamese: String, english: String) {
    self.vietnamese = vietnamese
    self.english = english
  }

  public var description: String { english }
}

// The errors shared by several files; each file keeps its own specific ones.
extension VietnameseTextError {
  static func negativeCount(_ value: Int) -> VietnameseTextError {
    VietnameseTextError(
      vietnamese: "Số lượng \(value) là số âm; số lượng phải từ 0 trở lên.",
      english: "The count \(value) is negative; a count must be 0 or more.")
  }

  static func notANumber(_ text: String) -> VietnameseTextError {
    VietnameseTextError(
      vietnamese:
        "“\(text)” không phải là số; hãy viết số dạng 2340000, 4.5 hoặc 4,5.",
      english:
        "“\(text)” is not a number; write it as 2340000, 4.5 or 4,5.")
  }

  static func badDecimals(_ decimals: Int) -> VietnameseTextError {
    VietnameseTextError(
      vietnamese:
        "Số chữ số thập phân \(decimals) không hợp lệ; hãy chọn từ 0 đến 20.",
      english:
        "\(decimals) decimal places is not allowed; choose from 0 to 20.")
  }
}
