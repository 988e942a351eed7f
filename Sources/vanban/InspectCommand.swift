import ArgumentParser
import FoundationEssentials
import VanBan

/// `vanban inspect`: every tag of a template, what it reads and what it
/// repeats.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    _superCommandName: VanBanCommand.name,
    abstract: "List what a template reads, its loops and conditions, filters and tags.",
    discussion: """
      Names are paths into the data, with loop variables resolved: in \
      {% for y in years %}{{ y.nam }}{% endfor %} the template reads years[].nam. Each tag \
      is listed with its place (part, paragraph, table/row/cell) and the paragraph's text. \
      --format json writes a stable, versioned form for other tools (see the README).

      Examples:
        vanban inspect Templates/bao-cao-so-ket.docx
        vanban inspect Templates/bao-cao-so-ket.odt --format json > tags.json
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The template: a .docx or .odt file.")
  var template: String

  @Option(name: .long, help: "text (for people) or json (for tools).")
  var format: Format = .text

  @OptionGroup var lang: LanguageOption

  @OptionGroup var diagnostics: DiagnosticsOption

  func run() throws {
    let language = lang.language
    try diagnostics.reporting { () throws(VanBanError) in
      let inspector = try TemplateInspector(templatePath: template, language: language)
      switch format {
      case .text:
        print(inspector.report.text(in: language))
      case .json:
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
          let data = try encoder.encode(inspector.report)
          print(String(decoding: data, as: UTF8.self))
        } catch {
          throw VanBanError(.outputFailure, "cannot write the JSON: \(error)")
        }
      }
    }
  }
}
