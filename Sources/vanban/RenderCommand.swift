import ArgumentParser
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

      Example:
        vanban render Templates/bao-cao.docx --context bao-cao.json \\
          --set so=16 --set 'don_vi.ten=Ban Dân tộc' -o out/bao-cao.docx
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

  func run() throws {
    try reportingErrors { () throws(VanBanError) in
      var values = Value.map([:])
      for file in context { values = TemplateContext.merge(values, try TemplateContext.load(json: file)) }
      values = try TemplateContext.apply(assignments, to: values)
      let renderer = try DocumentRenderer(templatePath: template)
      try renderer.render(values, to: output, compression: compression)
    }
  }
}

extension CompressionLevel: ExpressibleByArgument {}
