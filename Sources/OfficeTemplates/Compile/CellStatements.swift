import OfficePackage
import TemplateLanguage

/// docxtpl's table-cell statements, so that templates made for it keep
/// working:
///
/// - `{% cellbg EXPR %}` shades the cell with the colour EXPR gives (`FF0000`);
/// - `{% colspan EXPR %}` makes the cell span EXPR columns of the grid;
/// - `{% vm %}`, in a row loop, merges the cell with the same cell of every
///   later row, keeping the first row's text;
/// - `{% hm %}`, in a column loop (`{%tc for %}`), writes the cell once,
///   spanning the columns the loop would have written.
///
/// They are not Jinja statements: each becomes template tags in the cell's
/// properties (`w:tcPr`), as docxtpl rewrites them, before structure is
/// bound. The cell's text keeps its paragraph, even when the statement was
/// all it held. Word only: an ODF cell is shaded and merged through styles.
struct CellStatements {
  let format: DocumentFormat
  private(set) var diagnostics: [TemplateDiagnostic] = []

  init(format: DocumentFormat) { self.format = format }

  /// The statements, by the word that starts them.
  private enum Statement: String {
    case cellbg, colspan, vm, hm

    var takesValue: Bool { self == .cellbg || self == .colspan }
  }

  /// Rewrites the cell statements among `tags`, and returns the tags that
  /// are left where they were typed.
  mutating func rewrite(_ tags: [TagNode]) -> [TagNode] {
    tags.filter { tag in
      guard let (statement, value) = Self.statement(tag) else { return true }
      rewrite(tag, statement, value: value)
      return false
    }
  }

  /// The statement a tag holds and the value after its word (`r.bg`).
  private static func statement(_ tag: TagNode) -> (Statement, String)? {
    guard tag.found.kind == .statement, tag.found.prefix == nil else { return nil }
    let (word, rest) = words(of: tag)
    guard let statement = Statement(rawValue: word) else { return nil }
    return (statement, rest)
  }

  /// A statement tag's first word (`cellbg`, `for`) and what follows it
  /// (the scanner has trimmed the tag's text already).
  private static func words(of tag: TagNode) -> (word: String, rest: String) {
    let word = tag.found.inner.prefix { !$0.isWhitespace }
    return (String(word), String(tag.found.inner.dropFirst(word.count).drop(while: \.isWhitespace)))
  }

  private mutating func rewrite(_ tag: TagNode, _ statement: Statement, value: String) {
    let word = statement.rawValue
    let holder = tag.parent
    if let holder, let at = holder.index(of: tag) {
      holder.replaceChild(at: at, with: [])
      TagLocator.removeEmptiedRuns([holder], format: format)
    }
    guard format == .docx else {
      report(.misplaced(keyword: word, allowedIn: "a table cell of a Word (.docx) template"), tag)
      return
    }
    guard let cell = Self.ancestor(named: "w:tc", of: tag.paragraph) else {
      report(.misplaced(keyword: word, allowedIn: "a table cell"), tag)
      return
    }
    guard statement.takesValue == !value.isEmpty else {
      let detail =
        statement.takesValue
        ? "expected a value after \(word): {% \(word) \(statement == .cellbg ? "'FF0000'" : "2") %}"
        : "nothing may follow \(word)"
      report(.syntax(tag: "{% \(tag.found.inner) %}", detail: detail), tag)
      return
    }
    // `vm` and `hm` read `loop`: without their loop, say so now rather
    // than report `loop` missing from the data at every render.
    if statement == .vm, !Self.isInLoop(cell, across: .row) {
      report(.misplaced(keyword: word, allowedIn: "a row loop ({%tr for … %})"), tag)
      return
    }
    if statement == .hm, !Self.isInLoop(cell, across: .cell) {
      report(.misplaced(keyword: word, allowedIn: "a column loop ({%tc for … %})"), tag)
      return
    }
    let properties = Self.properties(of: cell)
    switch statement {
    case .cellbg:
      set(
        "w:shd", in: properties,
        to: [
          XMLMarkupNode(#"<w:shd w:val="clear" w:color="auto" w:fill=""#),
          output(value, like: tag), XMLMarkupNode(#""/>"#),
        ])
    case .colspan:
      set("w:gridSpan", in: properties, to: gridSpan(value, like: tag))
    case .vm:
      set(
        "w:vMerge", in: properties,
        to: [
          XMLMarkupNode(#"<w:vMerge w:val=""#), control("if loop.first", like: tag),
          XMLMarkupNode("restart"), control("else", like: tag), XMLMarkupNode("continue"),
          control("endif", like: tag), XMLMarkupNode(#""/>"#),
        ])
      // Only the first row shows the text the statement stood with.
      if let holder, holder.children.contains(where: { ($0 as? XMLTextNode)?.text.isEmpty != true })
      {
        holder.insert(control("if loop.first", like: tag), at: 0)
        holder.append(control("endif", like: tag))
      }
    case .hm:
      let span = Self.span(of: properties)
      set(
        "w:gridSpan", in: properties,
        to: gridSpan(span == 1 ? "loop.length" : "\(span) * loop.length", like: tag))
      if let row = cell.parent, let at = row.index(of: cell) {
        row.replaceChild(
          at: at, with: [control("if loop.first", like: tag), cell, control("endif", like: tag)])
      }
    }
  }

  private func gridSpan(_ expression: String, like tag: TagNode) -> [XMLNode] {
    [XMLMarkupNode(#"<w:gridSpan w:val=""#), output(expression, like: tag), XMLMarkupNode(#""/>"#)]
  }

  // MARK: - Cell properties

  /// The order ECMA-376 gives the children of `w:tcPr`; Word refuses a
  /// document whose properties are out of order.
  private static let propertyOrder = [
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
  ]

  /// The cell's `w:tcPr`, made first in the cell if it has none.
  private static func properties(of cell: XMLElementNode) -> XMLElementNode {
    if let existing = cell.elementChildren.first(where: { $0.name == "w:tcPr" }) { return existing }
    let made = XMLElementNode(name: "w:tcPr")
    cell.insert(made, at: 0)
    return made
  }

  /// Replaces the property `name` (or adds it in its place in the order)
  /// with `nodes`.
  private func set(_ name: String, in properties: XMLElementNode, to nodes: [XMLNode]) {
    if let old = properties.elementChildren.first(where: { $0.name == name }),
      let at = properties.index(of: old)
    {
      properties.replaceChild(at: at, with: nodes)
      return
    }
    let rank = Self.propertyOrder.firstIndex(of: name) ?? Self.propertyOrder.count
    let at =
      properties.children.firstIndex { child in
        guard let element = child as? XMLElementNode else { return false }
        return (Self.propertyOrder.firstIndex(of: element.name) ?? Self.propertyOrder.count) > rank
      } ?? properties.children.count
    for (offset, node) in nodes.enumerated() { properties.insert(node, at: at + offset) }
  }

  /// Whether `cell` stands between a `{%tr for %}` and its `{%tr endfor %}`
  /// (`prefix` `.row`: rows before the cell's row are counted), or between
  /// a `{%tc for %}` and its `{%tc endfor %}` (`.cell`: cells before it).
  private static func isInLoop(_ cell: XMLElementNode, across prefix: TagScanner.Prefix) -> Bool {
    guard let row = cell.parent else { return false }
    let earlier: [XMLNode]
    if prefix == .row {
      guard let table = row.parent, let at = table.index(of: row) else { return false }
      earlier = Array(table.children[..<at])
    } else {
      guard let at = row.index(of: cell) else { return false }
      earlier = Array(row.children[..<at])
    }
    var depth = 0
    func count(_ node: XMLNode) {
      if let tag = node as? TagNode, tag.found.prefix == prefix {
        let word = words(of: tag).word
        if word == "for" { depth += 1 }
        if word == "endfor" { depth -= 1 }
      }
      (node as? XMLElementNode)?.children.forEach(count)
    }
    earlier.forEach(count)
    return depth > 0
  }

  private static func span(of properties: XMLElementNode) -> Int {
    GridColumn.count(
      properties.elementChildren.first { $0.name == "w:gridSpan" }?.attribute("w:val"))
  }

  private static func ancestor(named name: String, of node: XMLNode) -> XMLElementNode? {
    var current = node.parent
    while let element = current {
      if element.name == name { return element }
      current = element.parent
    }
    return nil
  }

  // MARK: - Tags made for the rewrite

  /// A value printed inside an attribute, reported where the statement stood.
  private func output(_ expression: String, like tag: TagNode) -> TagNode {
    made(.output, expression, like: tag, context: .attribute)
  }

  private func control(_ text: String, like tag: TagNode) -> TagNode {
    made(.statement, text, like: tag, context: tag.context)
  }

  private func made(
    _ kind: TagScanner.Kind, _ inner: String, like tag: TagNode, context: OutputContext
  ) -> TagNode {
    TagNode(
      found: TagScanner.Found(range: tag.found.range, kind: kind, inner: inner),
      location: tag.location, context: context, paragraph: tag.paragraph)
  }

  private mutating func report(_ problem: TemplateProblem, _ tag: TagNode) {
    diagnostics.append(TemplateDiagnostic(problem, at: tag.location))
  }
}
