/// One problem, where it is, and how to fix it.
public struct TemplateDiagnostic: Sendable, Hashable, CustomStringConvertible {
  public let problem: TemplateProblem
  public let location: TemplateLocation

  public init(_ problem: TemplateProblem, at location: TemplateLocation) {
    self.problem = problem
    self.location = location
  }

  public var message: String { problem.message }
  public var fix: String { problem.fix }

  /// GCC-style, so make's output stays readable:
  /// `body, paragraph 3: error: …; fix: … | text ⟦{{ x }}⟧`.
  public var description: String { description(in: .english) }
}

/// All the problems found at once: a template is reported whole, not one
/// error at a time.
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
  public let diagnostics: [TemplateDiagnostic]

  public init(_ diagnostics: [TemplateDiagnostic]) { self.diagnostics = diagnostics }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
