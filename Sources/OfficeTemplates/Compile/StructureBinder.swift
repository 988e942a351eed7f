import OfficePackage
import TemplateLanguage

/// Makes control tags act on the structure around them.
///
/// `{%p …%}`, `{%tr …%}`, `{%tc …%}` and `{%r …%}` replace their enclosing
/// paragraph, table row, cell or run with the tag itself, so a loop repeats
/// whole rows. A control or comment tag that stands alone in its paragraph
/// acts on the paragraph without a prefix: authors who never heard of `{%p`
/// get what they mean, and no empty paragraph is left where the tag was.
struct StructureBinder {
  let format: DocumentFormat
  let isProperties: Bool
  private(set) var diagnostics: [TemplateDiagnostic] = []

  init(format: DocumentFormat, isProperties: Bool) {
    self.format = format
    self.isProperties = isProperties
  }

  mutating func bind(_ tags: [TagNode], root: XMLElementNode) {
    guard !isProperties else { return }
    mergeParagraphsAroundTrimmedTags(tags)
    var targets: [XMLElementNode] = []
    var tagOnly: [ObjectIdentifier: Bool] = [:]
    for tag in tags where tag.isControl {
      var target: XMLElementNode?
      if let prefix = tag.found.prefix {
        let kind = Self.kind(of: prefix)
        target = ancestor(of: tag, in: format.element(for: kind))
        if target == nil {
          tag.bound = .unbound
          diagnostics.append(
            TemplateDiagnostic(
              .prefixOutsideStructure(
                prefix: "\(tag.found.kind.opening)\(prefix.rawValue)",
                structure: Self.name(of: kind)),
              at: tag.location))
          continue
        }
      } else if let paragraph = ancestor(of: tag, in: format.paragraphs) {
        if isTagOnly(paragraph, memo: &tagOnly) { target = paragraph }
      }
      if target != nil {
        tag.bound = tag.found.prefix.map { Self.bound(Self.kind(of: $0)) } ?? .paragraph
      }
      if var element = target {
        if format.paragraphs.contains(element.name) { element = listItemHolding(element) }
        if !targets.contains(where: { $0 === element }) { targets.append(element) }
      }
    }
    // Outer structures first: a row lifted by {%tr takes the paragraphs
    // inside it along.
    for target in targets.sorted(by: { depth($0) < depth($1) }) where isAttached(target, to: root) {
      guard let parent = target.parent, let at = parent.index(of: target) else { continue }
      parent.replaceChild(at: at, with: controlTags(in: target))
    }
  }

  /// docxtpl's whitespace control across paragraphs: a lone `{%- … %}`
  /// joins its paragraph to the one before, a lone `{% … -%}` joins the one
  /// after, so `Nhà tôi ở` / `{%- if x -%}` / ` thành phố` / `{%- endif -%}`
  /// reads as one paragraph.
  private func mergeParagraphsAroundTrimmedTags(_ tags: [TagNode]) {
    var checked: [ObjectIdentifier: Bool] = [:]
    var lone: Set<ObjectIdentifier> = []
    for tag in tags where tag.isControl && tag.found.prefix == nil {
      if isTagOnly(tag.paragraph, memo: &checked) { lone.insert(ObjectIdentifier(tag.paragraph)) }
    }
    for tag in tags
    where tag.found.trimBefore || tag.found.trimAfter {
      guard lone.contains(ObjectIdentifier(tag.paragraph)),
        var paragraph = ancestor(of: tag, in: format.paragraphs)
      else { continue }
      if tag.found.trimBefore, let previous = sibling(of: paragraph, offset: -1) {
        moveContent(of: paragraph, to: previous)
        paragraph = previous
      }
      if tag.found.trimAfter, let next = sibling(of: paragraph, offset: 1) {
        moveContent(of: next, to: paragraph)
      }
    }
  }

  /// The paragraph just before or after `paragraph` in the same parent.
  private func sibling(of paragraph: XMLElementNode, offset: Int) -> XMLElementNode? {
    guard let parent = paragraph.parent, let at = parent.index(of: paragraph),
      parent.children.indices.contains(at + offset),
      let sibling = parent.children[at + offset] as? XMLElementNode,
      format.paragraphs.contains(sibling.name)
    else { return nil }
    return sibling
  }

  /// Appends the runs of `source` (not its paragraph properties) to
  /// `destination` and removes `source`.
  private func moveContent(of source: XMLElementNode, to destination: XMLElementNode) {
    let moved = source.children.filter { ($0 as? XMLElementNode)?.name != "w:pPr" }
    if let parent = source.parent, let at = parent.index(of: source) {
      parent.replaceChild(at: at, with: [])
    }
    for node in moved {
      if let at = source.index(of: node) { source.replaceChild(at: at, with: []) }
      destination.append(node)
    }
  }

  private static func kind(of prefix: TagScanner.Prefix) -> StructureKind {
    switch prefix {
    case .paragraph: .paragraph
    case .row: .row
    case .cell: .cell
    case .run: .run
    }
  }

  private static func bound(_ kind: StructureKind) -> BoundStructure {
    switch kind {
    case .paragraph: .paragraph
    case .row: .row
    case .cell: .cell
    case .run: .run
    }
  }

  private static func name(of kind: StructureKind) -> String {
    switch kind {
    case .paragraph: "paragraph"
    case .row: "table row"
    case .cell: "table cell"
    case .run: "run of formatted text"
    }
  }

  private func ancestor(of node: XMLNode, in names: [String]) -> XMLElementNode? {
    var current = node.parent
    while let element = current {
      if names.contains(element.name) { return element }
      current = element.parent
    }
    return nil
  }

  /// In ODF a list item holding only this paragraph goes with it, so a loop
  /// over list items leaves no empty bullet.
  private func listItemHolding(_ paragraph: XMLElementNode) -> XMLElementNode {
    guard format == .odt, let item = paragraph.parent, item.name == "text:list-item",
      item.elementChildren.count == 1
    else { return paragraph }
    return item
  }

  /// A paragraph with only control tags, comments and white space, and no
  /// picture, note or section break.
  /// `isTagOnly(paragraph)`, each paragraph looked at once: one holding
  /// thousands of control tags was walked once per tag.
  private func isTagOnly(_ paragraph: XMLElementNode, memo: inout [ObjectIdentifier: Bool]) -> Bool
  {
    let id = ObjectIdentifier(paragraph)
    if let known = memo[id] { return known }
    let alone = isTagOnly(paragraph)
    memo[id] = alone
    return alone
  }

  private func isTagOnly(_ paragraph: XMLElementNode) -> Bool {
    if format == .docx,
      paragraph.elementChildren.first(where: { $0.name == "w:pPr" })?.elementChildren
        .contains(where: { $0.name == "w:sectPr" }) == true
    {
      return false
    }
    func check(_ element: XMLElementNode) -> Bool {
      for child in element.children {
        switch child {
        case let tag as TagNode where !tag.isControl:
          return false
        case let text as XMLTextNode where text.text.contains(where: { !$0.isWhitespace }):
          return false
        case let e as XMLElementNode:
          if format.visibleContent.contains(e.name) || format.paragraphs.contains(e.name) {
            return false
          }
          if !check(e) { return false }
        default:
          continue
        }
      }
      return true
    }
    return check(paragraph)
  }

  private func controlTags(in element: XMLElementNode) -> [XMLNode] {
    var result: [XMLNode] = []
    func collect(_ e: XMLElementNode) {
      for child in e.children {
        if let tag = child as? TagNode, tag.isControl {
          result.append(tag)
        } else if let c = child as? XMLElementNode {
          collect(c)
        }
      }
    }
    collect(element)
    return result
  }

  private func depth(_ node: XMLNode) -> Int {
    var d = 0
    var current = node.parent
    while let p = current {
      d += 1
      current = p.parent
    }
    return d
  }

  private func isAttached(_ node: XMLNode, to root: XMLElementNode) -> Bool {
    var current: XMLNode = node
    while let p = current.parent { current = p }
    return current === root
  }
}
