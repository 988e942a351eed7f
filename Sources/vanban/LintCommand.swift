import ArgumentParser
import VanBan

/// `vanban lint`: every problem of a template at once, checked against
/// the data when given, optionally marked in a copy of the document.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Check a template: all tag and structure errors, and with data, the names it lacks.",
    discussion: """
      Prints every problem with its place and how to fix it, then a summary. With data \
      (--data/--meta, --context, --set), also every name the template reads that the data lacks \
      (with the closest name it has), and, as notes, every field of the data no tag reads. \
      --annotate OUT writes a copy of the template with a comment at each faulty tag \
      (a Word comment in DOCX, an annotation in ODT): open it to see the problems in place.

      Exit status: 0 no errors (notes allowed); 66 the template has errors; 65 the \
      template is sound but the data lacks names it reads.
      """)

  @Argument(help: "The template: a .docx or .odt file.")
  var template: String

  @OptionGroup var data: ContextOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Write a copy of the template with a comment at each problem.",
      valueName: "copy.docx|copy.odt"))
  var annotate: String?

  @OptionGroup var lang: LanguageOption

  func run() throws {
    let language = lang.language
    var failure: VanBanError.Kind?
    try reportingErrors { () throws(VanBanError) in
      let values: Value? = data.isEmpty ? Optional<Value>.none : try data.values()
      let report = try TemplateLinter.lint(templatePath: template, data: values, language: language)
      for line in report.lines { print(line) }
      if let annotate {
        try TemplateLinter.annotate(templatePath: template, report: report, to: annotate)
      }
      failure = report.failure
    }
    if let failure { throw ExitCode(failure.exitCode) }
  }
}
