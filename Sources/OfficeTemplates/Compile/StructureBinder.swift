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
    var isTarget: Set<ObjectIdentifier> = []
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
        if format.paragraphs.contains(element.name) { element = structureHolding(element) }
        if isTarget.insert(ObjectIdentifier(element)).inserted { targets.append(element) }
      }
    }
    // Outer structures first: a row lifted by {%tr takes the paragraphs
    // inside it along. Targets as deep as each other are never inside one
    // another, so each parent's children are rebuilt once per depth: a
    // body of thousands of lone tags must not be searched and shifted once
    // per tag.
    let byDepth = Dictionary(grouping: targets, by: depth)
    for level in byDepth.keys.sorted() {
      var lifted: [ObjectIdentifier: [XMLNode]] = [:]
      var parents: [XMLElementNode] = []
      var seen: Set<ObjectIdentifier> = []
      for target in byDepth[level]! where isAttached(target, to: root) {
        guard let parent = target.parent else { continue }
        if seen.insert(ObjectIdentifier(parent)).inserted { parents.append(parent) }
        lifted[ObjectIdentifier(target)] = controlTags(in: target)
      }
      for parent in parents {
        parent.replaceChildren(
          with: parent.children.flatMap { lifted[ObjectIdentifier($0)] ?? [$0] })
      }
    }
  }

  /// docxtpl's whitespace control across paragraphs: a lone `{%- … %}`
  /// joins its paragraph to the one before, a lone `{% … -%}` joins the one
  /// after, so `Nhà tôi ở` / `{%- if x -%}` / ` thành phố` / `{%- endif -%}`
  /// reads as one paragraph.
  ///
  /// The joins are gathered first and each run of joined paragraphs is
  /// built once: joining pair by pair moved everything joined so far at
  /// every join, and thousands of such tags took minutes.
  private func mergeParagraphsAroundTrimmedTags(_ tags: [TagNode]) {
    var checked: [ObjectIdentifier: Bool] = [:]
    var lone: Set<ObjectIdentifier> = []
    for tag in tags where tag.isControl && tag.found.prefix == nil {
      if isTagOnly(tag.paragraph, memo: &checked) { lone.insert(ObjectIdentifier(tag.paragraph)) }
    }
    // A paragraph in `joinsNext` becomes one with the paragraph after it.
    var joinsNext: Set<ObjectIdentifier> = []
    var parents: [XMLElementNode] = []
    var positions: [ObjectIdentifier: [ObjectIdentifier: Int]] = [:]
    for tag in tags where tag.found.trimBefore || tag.found.trimAfter {
      let paragraph = tag.paragraph
      guard lone.contains(ObjectIdentifier(paragraph)), let parent = paragraph.parent else {
        continue
      }
      let parentID = ObjectIdentifier(parent)
      if positions[parentID] == nil {
        parents.append(parent)
        positions[parentID] = Dictionary(
          uniqueKeysWithValues: parent.children.enumerated().map { (ObjectIdentifier($1), $0) })
      }
      guard let at = positions[parentID]?[ObjectIdentifier(paragraph)] else { continue }
      if tag.found.trimBefore, let previous = paragraphChild(at: at - 1, in: parent) {
        joinsNext.insert(ObjectIdentifier(previous))
      }
      if tag.found.trimAfter, paragraphChild(at: at + 1, in: parent) != nil {
        joinsNext.insert(ObjectIdentifier(paragraph))
      }
    }
    for parent in parents {
      var kept: [XMLNode] = []
      // The paragraph a run of joins goes into, what the run brings it,
      // and the paragraph met last (whose join says whether the next one
      // comes along).
      var head: XMLElementNode?
      var joined: [XMLNode] = []
      var previous: XMLElementNode?
      for child in parent.children {
        let paragraph = (child as? XMLElementNode).flatMap {
          format.paragraphs.contains($0.name) ? $0 : nil
        }
        if let paragraph, let previous, joinsNext.contains(ObjectIdentifier(previous)) {
          joined += paragraph.children.filter { ($0 as? XMLElementNode)?.name != "w:pPr" }
          // Emptied first, so that moving its runs searches no children.
          paragraph.replaceChildren(with: [])
        } else {
          if let head, !joined.isEmpty { head.replaceChildren(with: head.children + joined) }
          joined = []
          head = paragraph
          kept.append(child)
        }
        previous = paragraph
      }
      if let head, !joined.isEmpty { head.replaceChildren(with: head.children + joined) }
      parent.replaceChildren(with: kept)
    }
  }

  /// The child at `index` of `parent`, if it is a paragraph.
  private func paragraphChild(at index: Int, in parent: XMLElementNode) -> XMLElementNode? {
    guard parent.children.indices.contains(index),
      let element = parent.children[index] as? XMLElementNode,
      format.paragraphs.contains(element.name)
    else { return nil }
    return element
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

  /// What goes with a lifted paragraph: in ODF a list item holding only
  /// it, so a loop over list items leaves no empty bullet; in Word the
  /// content controls (`w:sdt`) holding only it, so that tags whose
  /// paragraphs each sit in a content control still stand side by side.
  private func structureHolding(_ paragraph: XMLElementNode) -> XMLElementNode {
    switch format {
    case .odt:
      guard let item = paragraph.parent, item.name == "text:list-item",
        item.elementChildren.count == 1
      else { return paragraph }
      return item
    case .docx:
      var holder = paragraph
      while let content = holder.parent, content.name == "w:sdtContent",
        content.elementChildren.count == 1, let control = content.parent, control.name == "w:sdt"
      {
        holder = control
      }
      return holder
    }
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
