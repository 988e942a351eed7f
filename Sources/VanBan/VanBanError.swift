import OfficePackage
import OfficeTemplates
import TemplateLanguage

/// A failure of the pipeline, sorted by whose mistake it is, because make
/// and CI scripts act differently on each: the exit code says which.
public struct VanBanError: Error, Sendable, CustomStringConvertible {
  /// The cause, each with its own stable exit code.
  public enum Kind: Int32, Sendable, CaseIterable {
    /// The command line is wrong.
    case usage = 64
    /// The data (context, CSV, metadata) is wrong.
    case badData = 65
    /// The template is wrong or is not a document template.
    case badTemplate = 66
    /// Proposals failed the award criteria.
    case rulesFailed = 67
    /// The output could not be written.
    case outputFailure = 73

    public var exitCode: Int32 { rawValue }
  }

  public let kind: Kind
  /// The file the problem is in, when there is one.
  public let file: String?
  /// Each problem, already worded (`place: error: message; fix`).
  public let messages: [String]
  /// Each problem as data (`--diagnostics json`); read back from the
  /// messages when the error was made from text alone.
  public let diagnostics: [Diagnostic]

  public init(
    _ kind: Kind, file: String? = nil, messages: [String], diagnostics: [Diagnostic]? = nil
  ) {
    self.kind = kind
    self.file = file
    self.messages = messages
    self.diagnostics = diagnostics ?? messages.map { Diagnostic(parsing: $0, file: file) }
  }

  /// An error made of diagnostics, worded GCC-style from them.
  public init(_ kind: Kind, diagnostics: [Diagnostic]) {
    self.init(kind, messages: diagnostics.map(\.text), diagnostics: diagnostics)
  }

  public init(_ kind: Kind, file: String? = nil, _ message: String) {
    self.init(kind, file: file, messages: [message])
  }

  /// Sorts a template error: problems with tags are the template's; with
  /// the values they read, the data's.
  public init(_ error: OfficeTemplateError, template: String) {
    switch error {
    case .package(let e):
      self.init(.badTemplate, file: template, e.description)
    case .usage(let message):
      self.init(.usage, file: template, message)
    case .template(let errors):
      let isData = errors.diagnostics.allSatisfy { $0.problem.isAboutData }
      self.init(
        isData ? .badData : .badTemplate, file: template,
        messages: errors.diagnostics.map(\.description),
        diagnostics: errors.diagnostics.map { Diagnostic($0, file: template) })
    }
  }

  /// GCC-style lines, `FILE: place: error: …`, one per problem.
  public var description: String {
    messages.map { message in
      guard let file else { return message }
      return message.hasPrefix(file) ? message : "\(file): \(message)"
    }.joined(separator: "\n")
  }
}

extension TemplateProblem {
  /// Whether the data, not the template, is at fault.
  var isAboutData: Bool {
    switch self {
    case .undefined, .wrongType, .notIterable, .unpackMismatch, .divisionByZero, .filterFailed,
      .invalidValue, .tooManyIterations, .outputTooLarge:
      true
    default:
      false
    }
  }
}
