import Tallies
import TemplateLanguage

/// Data messages in the language template messages are chosen in.
extension DataDiagnostic {
  /// The GCC-style line in `language`:
  /// `tallies.csv:5:5: lỗi: số lượng “ba” không phải là số; ghi bằng chữ số, ví dụ 3 hoặc 03`.
  public func description(in language: MessageLanguage) -> String {
    description(vietnamese: language == .vietnamese)
  }

  public func message(in language: MessageLanguage) -> String {
    message(vietnamese: language == .vietnamese)
  }

  public func fix(in language: MessageLanguage) -> String? {
    fix(vietnamese: language == .vietnamese)
  }
}

extension LoadReport {
  /// `tallies.csv: read 120 rows: 118 used, 2 rejected` in `language`.
  public func summary(in language: MessageLanguage) -> String {
    summary(vietnamese: language == .vietnamese)
  }
}
