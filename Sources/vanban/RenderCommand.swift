import ArgumentParser
import Tallies
import VanBan

/// `vanban render`: one document from a template and a JSON context.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
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

      Examples:
        vanban render Templates/bao-cao.docx --context bao-cao.json \\
          --set so=16 --set 'don_vi.ten=Ban Dân tộc' -o out/bao-cao.docx
        vanban render Templates/bao-cao.docx --data Samples/khen-thuong.csv \\
          --data Samples/don-vi.csv --meta Samples/bao-cao.toml -o out/bao-cao.docx
      """)

  @Argument(help: "The template: a .docx or .odt file with {{ … }} and {% … %} tags.")
  var template: String

  @Option(name: .shortAndLong, help: "The document to write (same format as the template), or - for standard output.")
  var output: String

  @Option(name: .long, help: "A JSON file whose root object the template reads; repeat to merge several.")
  var context: [String] = []

  @Option(name: .customLong("set"), help: ArgumentHelp("Set a value: key=value, key.sub=value.", valueName: "key=value"))
  var assignments: [String] = []

  @Option(name: .long, help: "Compression of the written parts: store, fast or default.")
  var compression: CompressionLevel = .default

  @Option(name: .long, help: ArgumentHelp(
    "A CSV file of tallies, nominee history or units; repeat for several.", valueName: "file"))
  var data: [String] = []

  @Option(name: .long, help: ArgumentHelp(
    "A TOML file of the document's metadata (number, date, addressees, signer).", valueName: "file"))
  var meta: String?

  @Option(name: .long, help: ArgumentHelp(
    "The encoding of CSV files without a byte-order mark: \(TextEncoding.acceptedNames).",
    valueName: "name"))
  var encoding: TextEncoding?

  @Option(name: .long, help: ArgumentHelp(
    "The plan period; rows of other years are rejected (default: the metadata's).",
    valueName: "2021-2025"))
  var period: Period?

  @Flag(name: .long, help: "Render even if data rows were rejected, leaving them out (and saying which).")
  var keepGoing = false

  func run() throws {
    try reportingErrors { () throws(VanBanError) in
      var values = Value.map([:])
      if !data.isEmpty || meta != nil {
        let inputs = DataInputs(
          dataFiles: data, metadataFile: meta, encoding: encoding, period: period?.years,
          keepGoing: keepGoing)
        let loaded = try inputs.load()
        // Diagnostics of rows left out, and warnings, go to standard error.
        if loaded.dataset.diagnostics.contains(where: { $0.severity != .note }) {
          for message in loaded.messages { printError(message) }
        }
        values = loaded.context
      }
      for file in context { values = TemplateContext.merge(values, try TemplateContext.load(json: file)) }
      values = try TemplateContext.apply(assignments, to: values)
      let renderer = try DocumentRenderer(templatePath: template)
      try renderer.render(values, to: output, compression: compression)
    }
  }
}

extension CompressionLevel: ExpressibleByArgument {}
