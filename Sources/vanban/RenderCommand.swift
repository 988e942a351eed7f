import ArgumentParser
import VanBan

/// `vanban render`: one document from a template and a JSON context.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    _superCommandName: VanBanCommand.name,
    abstract: "Render one document from a DOCX or ODT template.",
    discussion: """
      The root object of the JSON context is the template's namespace, as in docxtpl's \
      render(context). --set overrides a key; a dotted key sets a nested one; a value that \
      reads as JSON (3, true, [1, 2]) is taken as such, anything else as text. The output \
      has the template's format (.docx → .docx, .odt → .odt) and is written whole or not \
      at all; -o - writes it to standard output.

      --data reads CSV files (tallies, nominee history, units, told apart by their headers) \
      and --meta a TOML file of the document's number, date, addressees and signer; the \
      template reads them as tallies, nominees, units, unit and meta (see the README). \
      JSON contexts are merged over that, then --set. A rejected row stops the render with \
      exit code \(VanBanError.Kind.badData.exitCode) and writes nothing, unless --keep-going.

      -o out.pdf (or --pdf beside a .docx/.odt output) lays the document out with \
      LibreOffice (headless, a profile of its own) and writes the PDF. --depfile FILE writes \
      the files the output was made from as a Makefile rule, after the output and like it \
      whole or not at all; with `-include *.d` make then rebuilds the output exactly when one \
      of them changes.

      Exit codes: 0 written; \(VanBanError.Kind.usage.exitCode) usage; \
      \(VanBanError.Kind.badData.exitCode) bad data; \(VanBanError.Kind.badTemplate.exitCode) bad \
      template; \(VanBanError.Kind.outputFailure.exitCode) the output could not be written.

      Examples:
        vanban render Templates/bao-cao.docx --context bao-cao.json \\
          --set so=16 --set 'don_vi.ten=Ban Dân tộc' -o out/bao-cao.docx
        vanban render Templates/bao-cao.docx --data Samples/khen-thuong.csv \\
          --data Samples/don-vi.csv --meta Samples/bao-cao.toml -o out/bao-cao.docx \\
          --depfile out/bao-cao.docx.d
        vanban render Templates/bao-cao.odt --context bao-cao.json -o out/bao-cao.pdf
      """)

  @Argument(help: "The template: a .docx or .odt file with {{ … }} and {% … %} tags.")
  var template: String

  @Option(
    name: .shortAndLong,
    help: "The document to write (same format as the template, or .pdf), or - for standard output.")
  var output: String

  @Flag(
    name: .long,
    help: "Also write a PDF beside the output (out.docx → out.pdf), made with LibreOffice.")
  var pdf = false

  @Option(name: .long, help: DepfileHelp.help)
  var depfile: String?

  @OptionGroup var diagnostics: DiagnosticsOption
  @OptionGroup var lang: LanguageOption

  @OptionGroup var data: ContextOptions

  @Option(
    name: .long, help: "Compression of the written parts: store, fast or default (the default).")
  var compression: CompressionLevel?

  @Flag(
    name: .long,
    help: "Render even if data rows were rejected, leaving them out (and saying which).")
  var keepGoing = false

  /// The compression asked for, or the default.
  var level: CompressionLevel { compression ?? .default }

  func validate() throws {
    if output == "-", pdf { throw ValidationError("--pdf needs an output file; give -o out.docx") }
    if output == "-", depfile != nil {
      throw ValidationError("--depfile needs an output file that make can see; give -o out.docx")
    }
  }

  func run() throws {
    try diagnostics.reporting { () throws(VanBanError) in
      // Diagnostics of rows left out, and warnings, go to standard error.
      let context = try diagnostics.load(data.sources(keepGoing: keepGoing, in: lang.language))
      let values = context.values
      let read = context.filesRead
      let pdfOnly = output.lowercased().hasSuffix(".pdf")
      let pdfTarget = pdfOnly ? output : PathName.deletingPathExtension(output) + ".pdf"
      try InputFiles([template] + read).check([output, pdf ? pdfTarget : nil, depfile])
      let renderer = try DocumentRenderer(templatePath: template, cache: .standard)
      diagnostics.noteForeignTags(of: renderer.template, path: template, language: lang.language)
      var targets = [output]
      if pdfOnly || pdf {
        let converter = try PDFBatchConverter()
        defer { converter.close() }
        let source: String
        if pdfOnly {
          source = converter.inputPath(0, fileExtension: renderer.template.format.fileExtension)
          try BatchRenderer.write(try renderer.render(values, compression: level), to: source)
        } else {
          try renderer.render(values, to: output, compression: level)
          source = output
        }
        switch converter.convert([source]).first {
        case .success(let bytes)?: try BatchRenderer.write(bytes, to: pdfTarget)
        case .failure(let error)?:
          throw VanBanError(error.kind, file: output, messages: error.messages)
        case nil: break
        }
        if !pdfOnly { targets.append(pdfTarget) }
      } else {
        try renderer.render(values, to: output, compression: level)
      }
      if let depfile {
        try Depfile(targets: targets, prerequisites: [template] + read).write(to: depfile)
      }
    }
  }
}

extension CompressionLevel: RawValueArgument {}
