import OfficePackage
import OfficeTemplates
import TemplateLanguage

@_exported import enum TemplateLanguage.MessageLanguage

/// What a template needs and where each of its tags is, for its author and
/// for tools (a form generator, a CI check): `vanban inspect`.
///
/// The report is `Codable`; its JSON form (`version` 1) is documented in
/// the README and only grows by new keys within a version.
public struct TemplateInspector: Sendable {
  public let analysis: TemplateAnalysis
  public let report: InspectionReport

  /// Reads the template at `path`; a template with errors is inspected
  /// too (the problems are in `report.problems`).
  public init(templatePath path: String, language: MessageLanguage = .english) throws(VanBanError) {
    do {
      analysis = try TemplateAnalysis(path: path)
    } catch {
      throw VanBanError(error, template: path)
    }
    report = InspectionReport(analysis, template: path, language: language)
  }

  public init(analysis: TemplateAnalysis, template: String, language: MessageLanguage = .english) {
    self.analysis = analysis
    report = InspectionReport(analysis, template: template, language: language)
  }
}

/// The inspection of a template (JSON schema version 1).
public struct InspectionReport: Codable, Sendable {
  public static let currentVersion = 1

  public struct Part: Codable, Sendable {
    /// "body", "header of section 1", "document properties".
    public var name: String
    /// The package entry: `word/document.xml`.
    public var entry: String
    /// The ids of its tags.
    public var tags: [Int]
  }

  public struct Tag: Codable, Sendable {
    public var id: Int
    public var part: String
    public var paragraph: Int?
    public var table: Int?
    public var row: Int?
    public var cell: Int?
    /// The paragraph's text with ⟦ ⟧ around the tag.
    public var text: String
    /// The tag as typed, normalised: `{% for y in years %}`.
    public var source: String
    /// `output`, `statement` or `comment`.
    public var kind: String
    /// For statements: `if`, `elif`, `else`, `endif`, `for`, `endfor`, `set`.
    public var keyword: String?
    /// `p`, `tr`, `tc`, `r` when typed.
    public var prefix: String?
    /// What it acts on: `inline`, `paragraph`, `row`, `cell`, `run`, `unbound`.
    public var structure: String
  }

  public struct Name: Codable, Sendable {
    /// The path into the data: `don_vi.ten`, `years[].nam`.
    public var name: String
    /// Every read is guarded by `default` or `is defined`.
    public var optional: Bool
    public var tags: [Int]
  }

  public struct Block: Codable, Sendable {
    public var id: Int
    /// `for` or `if`.
    public var kind: String
    public var tag: Int
    /// The closing tag; absent when the block is never closed.
    public var end: Int?
    /// `elif` / `else` tags.
    public var branches: [Int]
    /// What the block repeats or shows: `paragraph`, `row`, `cell`, `run`
    /// or `inline` (text within one paragraph).
    public var structure: String
    /// Loop variables.
    public var variables: [String]?
    /// What a loop goes over, as a data path.
    public var over: String?
    public var condition: String?
    /// The block this one is nested in.
    public var parent: Int?
  }

  public struct Use: Codable, Sendable {
    public var name: String
    public var tags: [Int]
  }

  public struct Problem: Codable, Sendable {
    /// The tag at fault, when the problem is at a tag.
    public var tag: Int?
    public var code: String
    public var place: String
    public var message: String
    public var fix: String
    public var text: String
  }

  public var version: Int
  public var template: String
  public var format: String
  public var parts: [Part]
  public var names: [Name]
  public var blocks: [Block]
  public var filters: [Use]
  public var tests: [Use]
  public var tags: [Tag]
  public var problems: [Problem]

  public init(_ analysis: TemplateAnalysis, template: String, language: MessageLanguage) {
    version = Self.currentVersion
    self.template = template
    format = analysis.format.rawValue
    var parts: [Part] = []
    var tags: [Tag] = []
    var names: [Name] = []
    var nameIndex: [String: Int] = [:]
    var blocks: [Block] = []
    var filters = UsesByName()
    var tests = UsesByName()
    for part in analysis.parts {
      let offset = tags.count
      for (i, tag) in part.template.tags.enumerated() {
        let keyword =
          tag.kind == .statement
          ? tag.inner.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).first.map(String.init)
          : nil
        tags.append(
          Tag(
            id: offset + i, part: tag.location.part, paragraph: tag.location.paragraph,
            table: tag.location.table, row: tag.location.row, cell: tag.location.cell,
            text: tag.location.excerpt, source: tag.display, kind: Self.kind(tag.kind),
            keyword: keyword, prefix: tag.prefix?.rawValue,
            structure: (i < part.structures.count ? part.structures[i] : .inline).rawValue))
      }
      parts.append(
        Part(name: part.label, entry: part.entryName, tags: Array(offset..<tags.count)))
      let inspection = TemplateInspection(part.template)
      for read in inspection.names {
        let key = read.path.description
        let ids = read.tags.map { $0 + offset }
        if let n = nameIndex[key] {
          names[n].tags += ids
          names[n].optional = names[n].optional && read.optional
        } else {
          nameIndex[key] = names.count
          names.append(Name(name: key, optional: read.optional, tags: ids))
        }
      }
      let blockOffset = blocks.count
      for block in inspection.blocks {
        blocks.append(
          Block(
            id: blocks.count, kind: block.kind.rawValue, tag: block.tag + offset,
            end: block.end.map { $0 + offset }, branches: block.branches.map { $0 + offset },
            structure: (block.tag < part.structures.count ? part.structures[block.tag] : .inline)
              .rawValue,
            variables: block.kind == .loop ? block.variables : nil, over: block.over?.description,
            condition: block.condition, parent: block.parent.map { $0 + blockOffset }))
      }
      for use in inspection.filters { filters.merge(use, offset) }
      for use in inspection.tests { tests.merge(use, offset) }
    }
    self.parts = parts
    self.names = names
    self.blocks = blocks
    self.filters = filters.uses
    self.tests = tests.uses
    // Each problem's tag, looked up rather than searched for: a template
    // of thousands of faulty tags took seconds.
    let tagAt = Dictionary(
      tags.map { (Self.location(of: $0), $0.id) }, uniquingKeysWith: { first, _ in first })
    self.problems = analysis.problems.map { diagnostic in
      Problem(
        tag: tagAt[diagnostic.location],
        code: diagnostic.problem.code, place: diagnostic.location.place(in: language),
        message: diagnostic.message(in: language), fix: diagnostic.fix(in: language),
        text: diagnostic.location.excerpt)
    }
    self.tags = tags
  }

  static func location(of tag: Tag) -> TemplateLocation {
    TemplateLocation(
      part: tag.part, paragraph: tag.paragraph, table: tag.table, row: tag.row, cell: tag.cell,
      excerpt: tag.text)
  }

  private static func kind(_ kind: TagScanner.Kind) -> String {
    switch kind {
    case .output: "output"
    case .statement: "statement"
    case .comment: "comment"
    }
  }

  /// The filters or tests of every part, each name once, in the order
  /// first met.
  private struct UsesByName {
    private(set) var uses: [Use] = []
    private var index: [String: Int] = [:]

    /// Adds the uses of one part, whose tags are numbered from `offset`.
    mutating func merge(_ use: TemplateInspection.Use, _ offset: Int) {
      let ids = use.tags.map { $0 + offset }
      if let i = index[use.name] {
        uses[i].tags += ids
      } else {
        index[use.name] = uses.count
        uses.append(Use(name: use.name, tags: ids))
      }
    }
  }
}
