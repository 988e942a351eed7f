import ArgumentParser
import FoundationEssentials
import VanBan

/// `vanban batch`: one document per item of a list — every unit, every
/// year — from a template compiled once, on all cores.
struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch",
    _superCommandName: VanBanCommand.name,
    abstract: "Render one document per item of a list (every unit, every year), on all cores.",
    discussion: """
      Compiles the template once, evaluates --each over the data (as render builds it: --data, \
      --meta, --context, --set), and renders one document per item, in parallel (-j, default: \
      every core). --each is 'NAME in EXPR' (the item is called NAME) or EXPR alone (the item \
      is called item); batch.index, batch.length, batch.first and batch.last are set too. \
      --output is a pattern over the same names; folders are made as needed. \
      With --each 'unit in units' the template's unit is each unit in turn.

      Each document is written whole or not at all. An item that fails (a value its template \
      cannot use, an output that cannot be written, a PDF LibreOffice cannot make) is reported \
      with its number, its name and the place in the template, and the others go on. On a \
      terminal a progress bar shows the count, the rate and the time left; otherwise a plain \
      line now and then, and a summary (nothing but failures with --quiet).

      --pdf (or an output pattern ending in .pdf) converts every document with one \
      LibreOffice process, not one per file.

      Exit codes: 0 every document written; \(VanBanError.Kind.usage.exitCode) usage; \
      \(VanBanError.Kind.badData.exitCode) bad data (the list, or an item's values); \
      \(VanBanError.Kind.badTemplate.exitCode) bad template; \
      \(VanBanError.Kind.outputFailure.exitCode) an output could not be written. When items \
      fail, the code is that of the first failed item.

      Examples:
        vanban batch Templates/ke-hoach.docx --data don-vi.csv --data khen-thuong.csv \\
          --meta ke-hoach.toml --each 'unit in units' \\
          --output 'out/{{ unit.symbol }}/ke-hoach.docx' -j 2
        vanban batch Templates/giay-khen.odt --context ds.json --each 'p in nguoi' \\
          --output 'out/{{ batch.index }}-{{ p.ma }}.pdf' --quiet
      """)

  @Argument(help: "The template: a .docx or .odt file.")
  var template: String

  @OptionGroup var data: ContextOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "What to repeat over: 'unit in units', or an expression (each item is then called item).",
      valueName: "name in expr"))
  var each: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "The path of each document, a pattern over the item: out/{{ unit.symbol }}/ke-hoach.docx (or .pdf).",
      valueName: "pattern"))
  var output: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "How many documents to render at once (default: the number of cores).", valueName: "n"))
  var jobs: Int?

  @Flag(
    name: .long, help: "Also write a PDF beside each document, made with one LibreOffice process.")
  var pdf = false

  @Flag(name: .shortAndLong, help: "Print failures only: no progress, no summary.")
  var quiet = false

  @Flag(
    name: .long,
    help: "Render even if data rows were rejected, leaving them out (and saying which).")
  var keepGoing = false

  @Option(
    name: .long, help: "Compression of the written parts: store, fast or default (the default).")
  var compression: CompressionLevel?

  @Option(name: .long, help: DepfileHelp.help)
  var depfile: String?

  @OptionGroup var diagnostics: DiagnosticsOption
  @OptionGroup var lang: LanguageOption

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("-j \(jobs): give at least 1") }
  }

  func run() throws {
    var failure: VanBanError.Kind?
    try diagnostics.reporting { () throws(VanBanError) in
      let context = try diagnostics.load(data.sources(keepGoing: keepGoing, in: lang.language))
      let values = context.values
      let read = context.filesRead

      let renderer = try DocumentRenderer(templatePath: template, cache: .standard)
      diagnostics.noteForeignTags(of: renderer.template, path: template, language: lang.language)
      let ext = renderer.template.format.fileExtension
      let lower = output.lowercased()
      guard lower.hasSuffix("." + ext) || lower.hasSuffix(".pdf") else {
        throw VanBanError(
          .usage, file: template,
          "error: --output \(output) must end in .\(ext) like the template, or in .pdf")
      }
      let batch = BatchRenderer(renderer: renderer)
      let loop = try BatchRenderer.Loop(parsing: each)
      let items = try batch.items(values, each: loop, output: output, pdf: pdf)
      try InputFiles([template] + read).check(items.flatMap { [$0.document, $0.pdf] } + [depfile])
      let wantsPDF = items.contains { $0.pdf != nil }
      // Before any document is written: LibreOffice must be there.
      let converter = wantsPDF ? try PDFBatchConverter() : nil
      defer { converter?.close() }
      let style = ProgressReporter.style(quiet: quiet)
      let progress = ProgressReporter(total: items.count, style: style, format: diagnostics.format)
      let outcomes = batch.render(
        items, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
        compression: compression ?? .default, progress: progress, pdfConverter: converter)
      progress.finish()
      if let first = outcomes.first(where: { $0.error != nil })?.error {
        failure = first.kind
        return
      }
      if let depfile {
        let targets = items.flatMap { [$0.document, $0.pdf].compactMap { $0 } }
        try Depfile(targets: targets, prerequisites: [template] + read).write(to: depfile)
      }
    }
    if let failure { throw ExitCode(failure.exitCode) }
  }
}
