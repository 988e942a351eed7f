import OfficePackage
import TemplateLanguage

/// Why a document template could not be compiled or rendered.
public enum OfficeTemplateError: Error, Sendable, CustomStringConvertible {
  /// The file is not a sound DOCX/ODT package, or a part is not sound XML.
  case package(PackageError)
  /// The template's tags, or the data they read, have problems: all of them.
  case template(TemplateErrors)
  /// The package is sound but not usable as asked.
  case usage(String)

  public var description: String {
    switch self {
    case .package(let e): e.description
    case .template(let e): e.description
    case .usage(let message): message
    }
  }
}
