import ArgumentParser
import FoundationEssentials
import VanBan

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Set by SIGINT/SIGTERM so the watch loop ends and the office it keeps
/// warm is stopped with it.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

/// `vanban preview`: render a template to PDF, and again on every save.
struct PreviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "preview",
    _superCommandName: VanBanCommand.name,
    abstract: "Render a template to PDF with LibreOffice; with --watch, again on every save.",
    discussion: """
      Fills the template with the data, lays it out with LibreOffice (headless) and writes \
      the PDF, then prints the number of pages. With --watch it keeps one office process warm \
      and renders again whenever the template or a data file is saved, printing the errors \
      or the new page count; a failed render keeps the last good PDF. Stop with Ctrl-C. \
      --depfile (without --watch) writes the PDF's prerequisites for make.

      Examples:
        vanban preview Templates/bao-cao-so-ket.docx --context c.json -o bao-cao.pdf
        vanban preview bao-cao.docx --data khen-thuong.csv --meta bao-cao.toml --watch
      """)

  @Argument(help: "The template: a .docx or .odt file.")
  var template: String

  @OptionGroup var data: ContextOptions

  @Option(name: .shortAndLong, help: "The PDF to write (default: the template's name with .pdf).")
  var output: String?

  @Flag(name: .long, help: "Render again whenever the template or a data file is saved.")
  var watch = false

  @Option(name: .customLong("max-renders"), help: .hidden)
  var maxRenders: Int?

  @Option(name: .customLong("interval"), help: .hidden)
  var intervalMilliseconds: Int = 300

  @OptionGroup var lang: LanguageOption

  @Option(name: .long, help: DepfileHelp.help)
  var depfile: String?

  @OptionGroup var diagnostics: DiagnosticsOption

  func validate() throws {
    if depfile != nil, watch { throw ValidationError("--depfile is for one render; drop --watch") }
  }

  func run() throws {
    let language = lang.language
    let vi = language == .vietnamese
    let pdf = output ?? PathName.deletingPathExtension(template) + ".pdf"
    var lastFailure: VanBanError.Kind?
    try diagnostics.reporting { () throws(VanBanError) in
      let sources = data.sources(keepGoing: true, in: language)
      let session = try PreviewSession(
        templatePath: template, sources: sources, output: pdf, language: language)
      defer { session.close() }
      func report(_ outcome: PreviewSession.Outcome) {
        switch outcome {
        case .rendered(let pages):
          lastFailure = nil
          say(
            vi
              ? "\(template) → \(pdf): \(pages) trang"
              : "\(template) → \(pdf): \(pages) page\(pages == 1 ? "" : "s")")
        case .failed(let kind, let messages):
          lastFailure = kind
          switch diagnostics.format {
          case .text:
            for message in messages { printError(message) }
          case .json:
            for message in messages {
              printError(Diagnostic(parsing: message, file: template).json(kind: kind))
            }
          }
          say(
            vi
              ? "\(template): không dựng được bản xem trước; vẫn giữ bản PDF tốt gần nhất"
              : "\(template): the preview failed; the last good PDF is kept")
        }
      }
      if watch {
        signal(SIGINT) { _ in stopRequested = 1 }
        signal(SIGTERM) { _ in stopRequested = 1 }
        say(
          vi
            ? "Đang theo dõi \(session.watchedFiles.joined(separator: ", ")); Ctrl-C để dừng"
            : "Watching \(session.watchedFiles.joined(separator: ", ")); Ctrl-C to stop")
        session.watch(
          interval: Double(max(50, intervalMilliseconds)) / 1000, maxRenders: maxRenders,
          shouldStop: { stopRequested != 0 }, report: report)
      } else {
        report(session.render())
        if lastFailure == nil, let depfile {
          try Depfile(targets: [pdf], prerequisites: [template] + sources.files).write(to: depfile)
        }
      }
    }
    if !watch, let lastFailure { throw ExitCode(lastFailure.exitCode) }
  }
}

/// Writes a line to standard output at once (no buffering), so a watcher
/// of the output sees each render as it happens.
private func say(_ text: String) {
  var bytes = Array((text.hasSuffix("\n") ? text : text + "\n").utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeMutableBytes { buffer in
      write(1, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
    }
    if written <= 0 { return }
    offset += written
  }
}
