import OfficePackage
import TemplateLanguage

/// Serializes a part's tree, with its tags bound, into the items of a
/// template program: literal XML chunks between the tags, and markers where
/// a table's grid must follow its rendered columns.
struct PartProgramBuilder {
  let format: DocumentFormat
  private(set) var literals: [UInt8] = []
  private(set) var chunks: [Range<Int>] = []
  private(set) var items: [TemplateItem] = []
  private(set) var markers: [TableMarker] = []
  /// What each tag of `items` acts on, in the same order, for inspection.
  private(set) var tagStructures: [BoundStructure] = []
  private var pending: [UInt8] = []
  private var containers: [ContainerKey: Int] = [:]

  init(format: DocumentFormat) { self.format = format }

  /// Two tags belong to the same block structure when they stand in the
  /// same parent (lifted tags), or in paragraphs of one parent at the same
  /// depth of runs (inline tags): only then is the XML between them
  /// balanced, so it can be repeated or left out.
  private struct ContainerKey: Hashable {
    let parent: ObjectIdentifier
    /// The element names from the tag up to its paragraph, each followed
    /// by a space (no qualified name holds one): one short string to hash
    /// per tag rather than an array.
    let path: String
  }

  mutating func build(_ part: XMLPart) {
    pending = part.prolog
    write(part.root)
    pending += part.epilog
    flush()
  }

  private mutating func flush() {
    guard !pending.isEmpty else { return }
    let start = literals.count
    literals += pending
    chunks.append(start..<literals.count)
    items.append(.literal(chunks.count - 1))
    pending.removeAll(keepingCapacity: true)
  }

  private mutating func write(_ node: XMLNode) {
    switch node {
    case let tag as TagNode:
      flush()
      tagStructures.append(tag.bound)
      items.append(
        .tag(
          TemplateTag(
            kind: tag.found.kind, prefix: tag.found.prefix, inner: tag.found.inner,
            container: container(of: tag), outputContext: tag.context.rawValue,
            location: tag.location)))
    case let element as XMLElementNode:
      write(element)
    default:
      node.appendXML(to: &pending)
    }
  }

  private mutating func write(_ element: XMLElementNode) {
    if element.name == format.renderedPageBreak { return }
    if format == .docx, format.holdsText(element.name),
      element.children.contains(where: { $0 is TagNode }),
      element.attribute("xml:space") == nil
    {
      // A value may begin or end with a space; Word drops those otherwise.
      element.setAttribute("xml:space", "preserve")
    }
    let grid = element.name == format.table && hasCellLoop(element)
    if grid {
      writeTableWithFlexibleGrid(element)
      return
    }
    if element.children.isEmpty {
      XMLEscaping.appendStartTag(of: element, selfClosing: true, to: &pending)
      return
    }
    XMLEscaping.appendStartTag(of: element, selfClosing: false, to: &pending)
    for child in element.children { write(child) }
    XMLEscaping.appendEndTag(of: element, to: &pending)
  }

  // MARK: - Tables whose columns repeat

  /// Whether `{%tc …%}` replaced a cell of this table (not of a nested one).
  private func hasCellLoop(_ table: XMLElementNode) -> Bool {
    for row in table.elementChildren where format.rows.contains(row.name) {
      if row.children.contains(where: { ($0 as? TagNode)?.found.prefix == .cell }) { return true }
    }
    return false
  }

  private mutating func writeTableWithFlexibleGrid(_ table: XMLElementNode) {
    var columns: [XMLElementNode] = []
    var placed = false
    XMLEscaping.appendStartTag(of: table, selfClosing: false, to: &pending)
    for child in table.children {
      guard let element = child as? XMLElementNode else {
        write(child)
        continue
      }
      let isGrid =
        format == .docx ? element.name == "w:tblGrid" : element.name == "table:table-column"
      if isGrid {
        columns += format == .docx ? element.elementChildren : expandedColumns(element)
        if !placed {
          marker(.grid(format: format, columns: []))
          placed = true
        }
        continue
      }
      if format.rows.contains(element.name) {
        marker(.rowStart)
        XMLEscaping.appendStartTag(of: element, selfClosing: element.children.isEmpty, to: &pending)
        for cell in element.children {
          if let c = cell as? XMLElementNode, format.cells.contains(c.name) {
            marker(.cell(span: span(of: c)))
          }
          write(cell)
        }
        if !element.children.isEmpty { XMLEscaping.appendEndTag(of: element, to: &pending) }
        continue
      }
      write(element)
    }
    if let index = markers.firstIndex(where: {
      if case .grid(_, let c) = $0 { return c.isEmpty } else { return false }
    }) {
      markers[index] = .grid(format: format, columns: columns.map(GridColumn.init))
    }
    marker(.tableEnd)
    XMLEscaping.appendEndTag(of: table, to: &pending)
  }

  private func expandedColumns(_ column: XMLElementNode) -> [XMLElementNode] {
    let repeated = GridColumn.count(column.attribute("table:number-columns-repeated"))
    let single = XMLElementNode(
      name: column.name,
      attributes: column.attributes.filter { $0.name != "table:number-columns-repeated" })
    return Array(repeating: single, count: repeated)
  }

  private func span(of cell: XMLElementNode) -> Int {
    if format == .odt { return GridColumn.count(cell.attribute("table:number-columns-spanned")) }
    return GridColumn.count(
      cell.elementChildren.first(where: { $0.name == "w:tcPr" })?.elementChildren
        .first(where: { $0.name == "w:gridSpan" })?.attribute("w:val"))
  }

  private mutating func marker(_ marker: TableMarker) {
    flush()
    markers.append(marker)
    items.append(.marker(markers.count - 1))
  }

  // MARK: - Containers

  private mutating func container(of tag: TagNode) -> Int {
    var path = ""
    var current = tag.parent
    var key: ContainerKey?
    while let element = current {
      path += element.name
      path += " "
      if format.paragraphs.contains(element.name) || element === tag.paragraph {
        key = element.parent.map { ContainerKey(parent: ObjectIdentifier($0), path: path) }
        break
      }
      current = element.parent
    }
    let resolved =
      key ?? ContainerKey(parent: ObjectIdentifier(tag.parent ?? tag.paragraph), path: "")
    if let id = containers[resolved] { return id }
    containers[resolved] = containers.count + 1
    return containers.count
  }
}
