import ArgumentParser
import VanBan

/// `vanban lint`: every problem of a template at once, checked against
/// the data when given, optionally marked in a copy of the document.
struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    _superCommandName: VanBanCommand.name,
    abstract: "Check a template: all tag and structure errors, and with data, the names it lacks.",
    discussion: """
      Prints every problem with its place and how to fix it, then a summary. With data \
      (--data/--meta, --context, --set), also every name the template reads that the data lacks \
      (with the closest name it has), and, as notes, every field of the data no tag reads. \
      --annotate OUT writes a copy of the template with a comment at each faulty tag \
      (a Word comment in DOCX, an annotation in ODT): open it to see the problems in place.

      Exit status: 0 no errors (notes allowed); 66 the template has errors; 65 the \
      template is sound but the data lacks names it reads.

      --diagnostics json prints each problem and note as a JSON object on its own line \
      (standard output) instead of the text report. --depfile (with --annotate) writes the \
      annotated copy's prerequisites for make.

      Examples:
        vanban lint Templates/bao-cao-so-ket.docx
        vanban lint bao-cao.docx --data khen-thuong.csv --meta bao-cao.toml --annotate loi.docx
        vanban lint bao-cao.docx --context c.json --diagnostics json
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

  @Option(name: .long, help: DepfileHelp.help)
  var depfile: String?

  @OptionGroup var diagnostics: DiagnosticsOption

  func validate() throws {
    if depfile != nil, annotate == nil {
      throw ValidationError("--depfile needs an output: give --annotate copy.docx")
    }
  }

  func run() throws {
    let language = lang.language
    var failure: VanBanError.Kind?
    try diagnostics.reporting { () throws(VanBanError) in
      let sources = data.sources(keepGoing: true, in: language)
      // Not `nil`: that literal is Jinja's none here, a value.
      let values: Value? =
        data.isEmpty ? Optional<Value>.none : try diagnostics.load(sources).values
      let report = try TemplateLinter.lint(templatePath: template, data: values, language: language)
      switch diagnostics.format {
      case .text:
        for line in report.lines { print(line) }
      case .json:
        var found = (report.problems + report.missing).map {
          Diagnostic($0, file: template, language: language)
        }
        found += report.hints.map {
          Diagnostic($0, severity: .note, file: template, language: language)
        }
        let vi = language == .vietnamese
        found += report.unread.map { path in
          Diagnostic(
            severity: .note, file: template,
            message: vi
              ? "dữ liệu có \"\(path)\" nhưng không thẻ nào đọc đến"
              : "the data has \"\(path)\" but no tag reads it")
        }
        for line in found.map({ $0.json(kind: $0.severity == .error ? report.failure : nil) }) {
          print(line)
        }
      }
      if let annotate {
        try InputFiles([template] + sources.files).check([annotate, depfile])
        try TemplateLinter.annotate(templatePath: template, report: report, to: annotate)
        if let depfile {
          try Depfile(targets: [annotate], prerequisites: [template] + sources.files)
            .write(to: depfile)
        }
      }
      failure = report.failure
    }
    if let failure { throw ExitCode(failure.exitCode) }
  }
}
