import FoundationEssentials
import OfficePackage
import OfficeTemplates
import TemplateLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders a template to PDF as its author edits it (`vanban preview`):
/// fill it with the data, let LibreOffice lay it out, count the pages.
///
/// A failed render (a template mistake, missing data, a half-saved file)
/// leaves the last good PDF in place: the new PDF replaces it only whole.
public final class PreviewSession {
  /// What one render gave.
  public enum Outcome: Sendable, Equatable {
    /// The PDF was written; it has this many pages.
    case rendered(pages: Int)
    /// Nothing was written; these problems say why.
    case failed(VanBanError.Kind, messages: [String])
  }

  public let templatePath: String
  /// The context, read afresh for each render.
  public let sources: ContextSources
  public let output: String
  public let language: MessageLanguage
  private let converter: OfficeConverter
  /// How many renders this session has made.
  public private(set) var renderCount = 0

  /// Nil (with the reason thrown) when LibreOffice is missing.
  public init(
    templatePath: String, sources: ContextSources = ContextSources(), output: String,
    language: MessageLanguage = .english
  ) throws(VanBanError) {
    guard let converter = OfficeConverter() else {
      throw VanBanError(
        .usage,
        language == .vietnamese
          ? "cần LibreOffice để xem trước: cài bằng apt-get install libreoffice-writer-nogui"
          : "preview needs LibreOffice: install it with apt-get install libreoffice-writer-nogui")
    }
    guard output.lowercased().hasSuffix(".pdf") else {
      throw VanBanError(
        .usage, file: output,
        language == .vietnamese
          ? "bản xem trước là tệp PDF; đặt tên tệp ra có đuôi .pdf"
          : "the preview is a PDF; give an output ending in .pdf")
    }
    self.templatePath = templatePath
    self.sources = sources
    self.output = output
    self.language = language
    self.converter = converter
  }

  deinit { converter.close() }

  /// Ends the office process and removes the session's files.
  public func close() { converter.close() }

  /// The files whose saving triggers a new render.
  public var watchedFiles: [String] {
    [templatePath] + sources.files
  }

  /// Renders once: template and data read afresh.
  public func render() -> Outcome {
    renderCount += 1
    do throws(VanBanError) {
      let values = try sources.load().values
      let template: CompiledTemplate
      let bytes: [UInt8]
      do {
        template = try CompiledTemplate(path: templatePath)
        bytes = try template.render(values)
      } catch {
        throw VanBanError(error, template: templatePath, language: language)
      }
      let document = converter.sessionFolder.appendingPathComponent(
        "preview.\(template.format.fileExtension)")
      do {
        try AtomicFile.write(bytes, to: document.path)
      } catch {
        throw VanBanError(.outputFailure, file: document.path, error.message)
      }
      let pdf = try converter.convertToPDF(document.path)
      let pages = OfficeConverter.pageCount(ofPDF: pdf, scratch: converter.sessionFolder)
      do {
        try AtomicFile.write(pdf, to: output)
      } catch {
        throw VanBanError(.outputFailure, file: output, error.message)
      }
      return .rendered(pages: pages)
    } catch {
      return .failed(
        error.kind, messages: error.description.split(separator: "\n").map(String.init))
    }
  }

  /// Renders now, then again whenever a watched file changes, calling
  /// `report` after each render; polls every `interval` seconds. Stops
  /// after `maxRenders` renders, or when `shouldStop` says so.
  public func watch(
    interval: TimeInterval = 0.3, maxRenders: Int? = nil, shouldStop: () -> Bool = { false },
    report: (Outcome) -> Void
  ) {
    var seen = fingerprint()
    report(render())
    while maxRenders.map({ renderCount < $0 }) ?? true, !shouldStop() {
      usleep(useconds_t(interval * 1_000_000))
      var now = fingerprint()
      guard now != seen else { continue }
      // An editor may write in several steps (or remove the file and
      // write it anew): wait until the files rest and are all there.
      for _ in 0..<20 {
        usleep(useconds_t(interval * 500_000))
        let again = fingerprint()
        if again == now, !again.contains(where: \.isEmpty) { break }
        now = again
      }
      seen = now
      report(render())
    }
  }

  /// Modification time (to the nanosecond), size and inode of each
  /// watched file: a save in place or by rename both change it.
  private func fingerprint() -> [[Int]] {
    watchedFiles.map { path in
      var info = stat()
      guard stat(path, &info) == 0 else { return [] }
      #if canImport(Darwin)
        let time = info.st_mtimespec
      #else
        let time = info.st_mtim
      #endif
      return [Int(time.tv_sec), Int(time.tv_nsec), Int(info.st_size), Int(info.st_ino)]
    }
  }
}
