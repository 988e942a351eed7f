import FoundationEssentials
import Dispatch
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import OrderedCollections
import VietnameseText

/// Renders one document per item of a list (`vanban batch`): the template
/// compiled once, the documents filled on all cores, each written whole or
/// not at all.
///
/// ```swift
/// let batch = BatchRenderer(renderer: try DocumentRenderer(templatePath: "ke-hoach.docx"))
/// let items = try batch.items(
///   context, each: try .init(parsing: "unit in units"),
///   output: "out/{{ unit.symbol }}/ke-hoach.docx")
/// let outcomes = batch.render(items, jobs: 2)
/// ```
///
/// An item that fails (a value its template cannot use, an output that
/// cannot be written) is reported with its index, its label and where in
/// the template, and the others go on.
public struct BatchRenderer: Sendable {
  public let renderer: DocumentRenderer

  public init(renderer: DocumentRenderer) { self.renderer = renderer }

  /// `--each`: `unit in units`, or an expression alone (each item is then
  /// called `item`).
  public struct Loop: Sendable, Equatable {
    public var name: String
    public var expression: String

    public init(name: String = "item", expression: String) {
      self.name = name
      self.expression = expression
    }

    public init(parsing text: String) throws(VanBanError) {
      let trimmed = text.trimmingWhitespace()
      let words = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
      if words.count == 3, words[1] == "in", Self.isName(words[0]) {
        self.init(name: String(words[0]), expression: String(words[2]))
      } else {
        self.init(expression: trimmed)
      }
      guard !expression.isEmpty else {
        throw VanBanError(
          .usage,
          "error: --each is empty; write what to repeat over, for example --each 'unit in units'")
      }
    }

    private static func isName(_ s: Substring) -> Bool {
      guard let first = s.first, first.isLetter || first == "_" else { return false }
      return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
  }

  /// One document to make.
  public struct Item: Sendable {
    /// 1-based, in the order of the list.
    public let index: Int
    /// The item's name for people: its `name`, `ten` or `ho_ten`, else its
    /// printed value.
    public let label: String
    /// The document to write, or nil when only its PDF is wanted.
    public let document: String?
    /// The PDF to write, if any.
    public let pdf: String?
    /// What the template reads: the context, the item under its name, and
    /// `batch` (`index`, `index0`, `length`, `first`, `last`).
    public let scope: Scope
    /// Why the item cannot be made (its output path did not render, two
    /// items share an output): reported, and the item skipped.
    public let problem: VanBanError?

    /// The path shown for the item: its PDF when only that is written.
    public var output: String { document ?? pdf ?? "" }

    var diagnosticItem: Diagnostic.Item {
      Diagnostic.Item(index: index, label: label, output: output)
    }
  }

  /// What became of an item.
  public enum Outcome: Sendable {
    case written(Item)
    case failed(Item, VanBanError)

    public var error: VanBanError? {
      if case .failed(_, let e) = self { return e }
      return nil
    }
  }

  /// The items of `loop` over `context`, each with its output path from
  /// `pattern` (a text template over the same names). With `pdf`, each
  /// document also gets a PDF beside it; a pattern ending in `.pdf` makes
  /// the PDF only. Throws when the list itself cannot be made.
  public func items(
    _ context: Value, each loop: Loop, output pattern: String, pdf: Bool = false
  ) throws(VanBanError) -> [Item] {
    let environment = DataInputs.environment
    let probe: TextTemplate
    do {
      probe = try TextTemplate("{{ \(loop.expression) }}", name: "--each", environment: environment)
    } catch {
      throw VanBanError(
        .usage, messages: error.diagnostics.map(\.description),
        diagnostics: error.diagnostics.map { Diagnostic($0, file: "--each") })
    }
    var sink = ValueSink()
    do {
      try probe.template.render(Scope(context), into: &sink)
    } catch {
      throw VanBanError(
        .badData, messages: error.diagnostics.map(\.description),
        diagnostics: error.diagnostics.map { Diagnostic($0, file: "--each") })
    }
    let list: [Value]
    switch sink.value {
    case .list(let l)?: list = l
    case .map(let m)?: list = Array(m.values)
    case let other:
      let shown = other.map { String($0.printed.prefix(60)) } ?? "nothing"
      throw VanBanError(
        .badData,
        "error: --each \(loop.expression) is \(shown), not a list; name a list of the data, "
          + "such as units or tallies.years")
    }
    let pathTemplate: TextTemplate
    do {
      pathTemplate = try TextTemplate(pattern, name: "--output", environment: environment)
    } catch {
      throw VanBanError(
        .usage, messages: error.diagnostics.map(\.description),
        diagnostics: error.diagnostics.map { Diagnostic($0, file: "--output") })
    }
    let ext = renderer.template.format.fileExtension
    let base = Scope(context)
    var seen: [String: Int] = [:]
    var items: [Item] = []
    items.reserveCapacity(list.count)
    for (i, value) in list.enumerated() {
      var scope = base
      scope.set(loop.name, value)
      scope.set(
        "batch",
        .map([
          "index": .int(i + 1), "index0": .int(i), "length": .int(list.count),
          "first": .bool(i == 0), "last": .bool(i == list.count - 1),
        ]))
      let label = Self.label(value)
      var problem: VanBanError?
      var path = ""
      do {
        let pieces = try pathTemplate.renderPieces(scope)
        path = pieces.map(\.text).joined().trimmingWhitespace()
        if let folder = pieces.first(where: { $0.isValue && Self.namesFolders($0.text) }) {
          problem = Self.itemError(
            .badData, i + 1, label, path,
            "the value “\(folder.text)” printed in --output would name folders of its own "
              + "(a / or a whole . or ..); only the pattern may: print a field without one, "
              + "or write | replace('/', '-')")
        }
      } catch {
        problem = VanBanError(
          .badData, messages: error.diagnostics.map(\.description),
          diagnostics: error.diagnostics.map {
            var d = Diagnostic($0, file: "--output")
            d.item = Diagnostic.Item(index: i + 1, label: label)
            return d
          })
      }
      let pdfOnly = path.lowercased().hasSuffix(".pdf")
      let document: String? = pdfOnly || path.isEmpty ? nil : path
      var pdfPath: String? = pdfOnly ? path : nil
      if problem == nil {
        if path.isEmpty || path.hasSuffix("/") {
          problem = Self.itemError(
            .badData, i + 1, label, path,
            "the output pattern gave “\(path)”, not a file name; check --output and the item's values"
          )
        } else if !pdfOnly, DocumentFormat(fileName: path) != renderer.template.format {
          problem = Self.itemError(
            .usage, i + 1, label, path,
            "the output must be a .\(ext) file like its template, or a .pdf")
        } else if let earlier = seen[path] {
          problem = Self.itemError(
            .badData, i + 1, label, path,
            "item \(earlier) writes \(path) too; make --output differ per item (use a field that differs)"
          )
        } else {
          seen[path] = i + 1
        }
      }
      if pdf, let d = document { pdfPath = PathName.deletingPathExtension(d) + ".pdf" }
      items.append(
        Item(
          index: i + 1, label: label, document: document, pdf: pdfPath, scope: scope,
          problem: problem))
    }
    return items
  }

  /// Whether a value printed in an output path would add or leave folders.
  /// Data is not trusted with the file system: a unit named “Phòng TC/HC”
  /// must not write into a folder “Phòng TC”, nor “..” anywhere outside.
  static func namesFolders(_ value: String) -> Bool {
    value.contains("/") || value == "." || value == ".."
  }

  /// Renders `items` on `jobs` threads (all cores by default), writing each
  /// document atomically, creating its folder when needed; then, when
  /// items want PDFs, converts all of them with one LibreOffice process.
  /// `progress` hears of every item as it is rendered (and is finished
  /// then); the PDFs get a progress of their own in the same style.
  public func render(
    _ items: [Item], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    compression: CompressionLevel = .default, progress: ProgressReporter? = nil,
    pdfConverter: PDFBatchConverter? = nil
  ) -> [Outcome] {
    let results = OutcomeTable(count: items.count)
    let workers = max(1, min(jobs, items.count))
    let wantsPDF = items.contains { $0.pdf != nil }
    let next = Counter()
    let work = { @Sendable () in
      while let i = next.take(below: items.count) {
        let item = items[i]
        let outcome = renderOne(
          item, index: i, compression: compression, pdfConverter: pdfConverter)
        results.set(i, outcome)
        if case .failed(_, let e) = outcome {
          progress?.advance(failure: Self.located(e, item), kind: e.kind)
        } else {
          progress?.advance()
        }
      }
    }
    if workers == 1 {
      work()
    } else {
      DispatchQueue.concurrentPerform(iterations: workers) { _ in work() }
    }
    var outcomes = results.values(items)
    if wantsPDF, let pdfConverter {
      progress?.finish()
      convert(items, &outcomes, pdfConverter, style: progress)
    } else if wantsPDF {
      for (i, item) in items.enumerated() where item.pdf != nil && outcomes[i].error == nil {
        let e = Self.itemError(
          .usage, item.index, item.label, item.output, "PDF output needs LibreOffice (soffice)")
        outcomes[i] = .failed(item, e)
        progress?.report(Self.located(e, item), kind: e.kind)
      }
    }
    // Written without a flush each (see BatchFile): flushed once here.
    let folders = Set(
      items.flatMap { [$0.document, $0.pdf].compactMap { $0 } }.map {
        PathName.deletingLastPathComponent($0)
      })
    BatchFile.flush(folders: folders)
    return outcomes
  }

  /// The document's diagnostics, each marked with its item.
  static func located(_ error: VanBanError, _ item: Item) -> [Diagnostic] {
    error.diagnostics.map { d in
      var d = d
      if d.item == nil { d.item = item.diagnosticItem }
      return d
    }
  }

  /// The diagnostics of every failed item, in item order.
  public static func diagnostics(_ outcomes: [Outcome]) -> [Diagnostic] {
    outcomes.flatMap { outcome -> [Diagnostic] in
      guard case .failed(let item, let e) = outcome else { return [] }
      return located(e, item)
    }
  }

  // MARK: - One item

  private func renderOne(
    _ item: Item, index: Int, compression: CompressionLevel, pdfConverter: PDFBatchConverter?
  ) -> Outcome {
    if let problem = item.problem { return .failed(item, problem) }
    let bytes: [UInt8]
    do {
      bytes = try renderer.template.render(item.scope, compression: compression)
    } catch {
      return .failed(item, VanBanError(error, template: renderer.templatePath))
    }
    let path =
      item.document
      ?? pdfConverter?.inputPath(index, fileExtension: renderer.template.format.fileExtension)
    guard let path else { return .written(item) }
    do throws(VanBanError) {
      try Self.write(bytes, to: path, durable: false)
    } catch {
      return .failed(item, error)
    }
    return .written(item)
  }

  private func convert(
    _ items: [Item], _ outcomes: inout [Outcome], _ converter: PDFBatchConverter,
    style: ProgressReporter?
  ) {
    var indices: [Int] = []
    var paths: [String] = []
    for (i, item) in items.enumerated() where item.pdf != nil && outcomes[i].error == nil {
      indices.append(i)
      paths.append(
        item.document
          ?? converter.inputPath(i, fileExtension: renderer.template.format.fileExtension))
    }
    guard !paths.isEmpty else { return }
    let progress = style.map {
      ProgressReporter(total: paths.count, noun: "PDF", style: $0.style, format: $0.format)
    }
    defer { progress?.finish() }
    var counted = 0
    let pdfs = converter.convert(paths) { made in
      while counted < min(made, paths.count) {
        counted += 1
        progress?.advance()
      }
    }
    for (k, i) in indices.enumerated() {
      let item = items[i]
      guard let target = item.pdf else { continue }
      switch pdfs[k] {
      case .success(let bytes):
        do throws(VanBanError) {
          try Self.write(bytes, to: target, durable: false)
        } catch {
          outcomes[i] = .failed(item, error)
          progress?.report(Self.located(error, item), kind: error.kind)
        }
      case .failure(let e):
        let error = VanBanError(
          e.kind, file: item.document ?? target,
          messages: e.messages.map {
            $0.replacing(paths[k] + ": ", with: "")
          })
        outcomes[i] = .failed(item, error)
        progress?.report(Self.located(error, item), kind: error.kind)
      }
    }
    while counted < paths.count {
      counted += 1
      progress?.advance()
    }
  }

  /// Writes a file atomically, making its folder first; `durable`: flushed
  /// to disk before it replaces the old one (else the caller flushes
  /// later, see `BatchFile`).
  public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true)
    throws(VanBanError)
  {
    let folder = PathName.deletingLastPathComponent(path)
    if !folder.isEmpty {
      do throws(PackageError) {
        try Folder.create(folder)
      } catch {
        throw VanBanError(.outputFailure, file: path, "error: \(error.message)")
      }
    }
    guard durable else { return try BatchFile.write(bytes, to: path) }
    do {
      try AtomicFile.write(bytes, to: path)
    } catch {
      throw VanBanError(.outputFailure, file: path, error.message)
    }
  }

  static func itemError(
    _ kind: VanBanError.Kind, _ index: Int, _ label: String, _ output: String, _ message: String
  ) -> VanBanError {
    let d = Diagnostic(
      file: output.isEmpty ? nil : output, message: message,
      item: Diagnostic.Item(index: index, label: label, output: output.isEmpty ? nil : output))
    return VanBanError(kind, diagnostics: [d])
  }

  /// `Ban Dân tộc` for a unit, `Nguyễn Văn A` for a nominee, else the value.
  static func label(_ value: Value) -> String {
    if case .map(let m) = value {
      for key in ["name", "ten", "ho_ten", "ky_hieu", "symbol", "key", "id"] {
        if case .string(let s)? = m[key], !s.isEmpty { return s }
        if case .int(let n)? = m[key] { return String(n) }
      }
    }
    let printed = value.printed
    return printed.count > 40 ? String(printed.prefix(39)) + "…" : printed
  }
}

/// Captures the value a `{{ expr }}` prints.
private struct ValueSink: RenderSink {
  var value: Value?
  mutating func appendLiteral(_ index: Int) {}
  mutating func appendOutput(_ value: Value, context: UInt8) { self.value = value }
  mutating func marker(_ id: Int) {}
  var size: Int { 0 }
}

/// The next item to take, shared by the workers.
private final class Counter: @unchecked Sendable {
  private let lock = Lock()
  private var next = 0

  func take(below count: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}

/// The outcome of each item, written by the workers.
private final class OutcomeTable: @unchecked Sendable {
  private let lock = Lock()
  private var slots: [BatchRenderer.Outcome?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ outcome: BatchRenderer.Outcome) {
    lock.lock()
    defer { lock.unlock() }
    slots[i] = outcome
  }

  func values(_ items: [BatchRenderer.Item]) -> [BatchRenderer.Outcome] {
    lock.lock()
    defer { lock.unlock() }
    return zip(items, slots).map { item, slot in
      slot
        ?? .failed(item, VanBanError(.outputFailure, "error: item \(item.index) was not rendered"))
    }
  }
}
