import FoundationEssentials
import OfficePackage
import OfficeTemplates
import TemplateLanguage

@_exported import struct TemplateLanguage.DataPath

/// Checks a template for its author (`vanban lint`): every syntax and
/// structure problem at once; with data, every name the template reads
/// that the data lacks, and every field of the data no tag reads.
public enum TemplateLinter {
  /// What lint found.
  public struct Report: Sendable {
    public let template: String
    public let language: MessageLanguage
    /// Syntax and structure problems of the template.
    public let problems: [TemplateDiagnostic]
    /// Names the data lacks, once at each tag that reads them.
    public let missing: [TemplateDiagnostic]
    /// Fields of the data no tag reads: a hint, not an error.
    public let unread: [DataPath]
    /// Text that looks like another tool's tags: hints too.
    public let hints: [TemplateDiagnostic]

    /// Nil when there is nothing wrong; otherwise the exit status: a
    /// template with errors is a bad template (66) whatever the data; a
    /// sound template whose data lacks names is bad data (65).
    public var failure: VanBanError.Kind? {
      if !problems.isEmpty { return .badTemplate }
      if !missing.isEmpty { return .badData }
      return nil
    }

    /// GCC-style lines, one problem each (with its excerpt), hints, and a
    /// summary last.
    public var lines: [String] {
      let vi = language == .vietnamese
      var lines: [String] = []
      for d in problems + missing { lines.append("\(template): \(d.description(in: language))") }
      for d in hints {
        lines.append("\(template): \(d.description(in: language, severity: language.noteWord))")
      }
      for path in unread {
        lines.append(
          vi
            ? "\(template): \(language.noteWord): dữ liệu có \"\(path)\" nhưng không thẻ nào đọc đến"
            : "\(template): \(language.noteWord): the data has \"\(path)\" but no tag reads it")
      }
      let errors = problems.count + missing.count
      let notes = hints.count + unread.count
      if errors == 0 && notes == 0 {
        lines.append(vi ? "\(template): không thấy lỗi nào" : "\(template): no problems found")
      } else {
        lines.append(
          vi
            ? "\(template): \(errors) lỗi, \(notes) gợi ý"
            : "\(template): \(errors) error\(errors == 1 ? "" : "s"), \(notes) note\(notes == 1 ? "" : "s")"
        )
      }
      return lines
    }

    /// One comment per problem, for `--annotate`.
    public var notes: [TemplateAnnotator.Note] {
      let vi = language == .vietnamese
      return (problems + missing).map { d in
        TemplateAnnotator.Note(
          location: d.location, place: d.location.place(in: language),
          paragraphs: [
            (vi ? "Lỗi: " : "Error: ") + d.message(in: language),
            (vi ? "Cách sửa: " : "Fix: ") + d.fix(in: language),
          ])
      }
    }
  }

  /// Lints the template at `path`, against `data` when given.
  public static func lint(
    templatePath path: String, data: Value? = nil, language: MessageLanguage = .english
  ) throws(VanBanError) -> Report {
    let analysis: TemplateAnalysis
    do {
      analysis = try TemplateAnalysis(path: path)
    } catch {
      throw VanBanError(error, template: path, language: language)
    }
    return lint(analysis, template: path, data: data, language: language)
  }

  public static func lint(
    _ analysis: TemplateAnalysis, template: String, data: Value?, language: MessageLanguage
  ) -> Report {
    var missing: [TemplateDiagnostic] = []
    var unread: [DataPath] = []
    if let data {
      var reads: [TemplateInspection.NameRead] = []
      var found: [(DataCoverage.Missing, [TemplateLocation])] = []
      for part in analysis.parts {
        let inspection = TemplateInspection(part.template)
        reads += inspection.names
        for read in inspection.names where !read.optional {
          guard let gap = DataCoverage.missing(read.path, in: data) else { continue }
          let places = read.tags.map { part.template.tags[$0].location }
          if let i = found.firstIndex(where: { $0.0.path == gap.path }) {
            found[i].1 += places
          } else {
            found.append((gap, places))
          }
        }
      }
      // A missing `don_vi` is reported once, not again for `don_vi.ten`.
      let paths = found.map(\.0.path)
      for (gap, places) in found
      where !paths.contains(where: { $0 != gap.path && $0.isPrefix(of: gap.path) }) {
        for place in places {
          missing.append(
            TemplateDiagnostic(
              .undefined(name: gap.path.description, suggestion: gap.suggestion?.description),
              at: place))
        }
      }
      unread = DataCoverage.unread(data, by: reads)
    }
    return Report(
      template: template, language: language, problems: analysis.problems, missing: missing,
      unread: unread, hints: analysis.hints)
  }

  /// Writes a copy of the template with a comment at each problem of
  /// `report` (atomically; the output has the template's format).
  public static func annotate(templatePath path: String, report: Report, to output: String)
    throws(VanBanError)
  {
    guard let format = DocumentFormat(fileName: path) else {
      throw VanBanError(.usage, file: path, "a template must be a .docx or .odt file")
    }
    guard DocumentFormat(fileName: output) == format else {
      throw VanBanError(
        .usage, file: output,
        "the annotated copy must be a .\(format.fileExtension) file like its template \(path)")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw VanBanError(.usage, file: path, "cannot read the file; check the path")
    }
    let bytes: [UInt8]
    do {
      bytes = try TemplateAnnotator.annotate(
        bytes: Array(data), format: format, notes: report.notes)
    } catch {
      throw VanBanError(error, template: path, language: report.language)
    }
    do {
      try AtomicFile.write(bytes, to: output)
    } catch {
      throw VanBanError(.outputFailure, file: output, error.message)
    }
  }
}

extension VanBanError {
  /// As `init(_:template:)`, with template problems worded in `language`.
  public init(_ error: OfficeTemplateError, template: String, language: MessageLanguage) {
    guard language != .english, case .template(let errors) = error else {
      self.init(error, template: template)
      return
    }
    let base = VanBanError(error, template: template)
    self.init(
      base.kind, file: template, messages: errors.diagnostics.map { $0.description(in: language) },
      diagnostics: errors.diagnostics.map { Diagnostic($0, file: template, language: language) })
  }
}
