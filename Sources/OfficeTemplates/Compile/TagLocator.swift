import OfficePackage
import TemplateLanguage

/// Finds the tags in every paragraph of a part, whatever runs or spans the
/// editor split them across, and replaces each with a `TagNode`.
///
/// A paragraph's text is the concatenation of its text pieces (Word's
/// `w:t`, ODF's text nodes and `text:s` spaces). A tag found in that text is
/// cut out of the pieces it covers and its node inserted where its first
/// character was, so a printed value takes the formatting of the run where
/// the tag begins, while the text before and after keeps its own.
struct TagLocator {
  let format: DocumentFormat
  let isProperties: Bool
  private(set) var tags: [TagNode] = []
  /// Other tools' tags left in the text (`{name}`, `{d.name}`): not
  /// errors, since braces may be meant as text, but worth a note.
  private(set) var hints: [TemplateDiagnostic] = []
  private(set) var diagnostics: [TemplateDiagnostic] = []
  /// When set, tags are only found and recorded in `anchors`; the tree is
  /// left exactly as it was (for writing comments into a copy).
  var recordsAnchorsOnly = false
  /// Where each tag (and each unclosed delimiter) stands in the unchanged
  /// tree, when `recordsAnchorsOnly` is set.
  private(set) var anchors: [TagAnchor] = []

  // Where the walk is, in the author's terms.
  private var region: String
  private var paragraphNumber = 0
  private var tableNumber = 0
  private var tables: [(table: Int, row: Int, cell: Int)] = []

  init(format: DocumentFormat, label: String, isProperties: Bool) {
    self.format = format
    self.isProperties = isProperties
    region = label
  }

  mutating func locate(in root: XMLElementNode) {
    visit(root)
  }

  // MARK: - Walking the tree

  private mutating func visit(_ element: XMLElementNode) {
    let name = element.name
    if let kind = format.regionKind(of: name), !isProperties {
      let saved = (region, paragraphNumber, tableNumber, tables)
      region = regionLabel(kind, element)
      paragraphNumber = 0
      tableNumber = 0
      tables = []
      visitChildren(element)
      (region, paragraphNumber, tableNumber, tables) = saved
      return
    }
    if name == format.table {
      tableNumber += 1
      tables.append((tableNumber, 0, 0))
      visitChildren(element)
      tables.removeLast()
      return
    }
    if format.rows.contains(name), !tables.isEmpty {
      tables[tables.count - 1].row += 1
      tables[tables.count - 1].cell = 0
    } else if format.cells.contains(name), !tables.isEmpty {
      tables[tables.count - 1].cell += 1
    }
    if isParagraph(element) {
      paragraphNumber += 1
      locateTags(in: element)
    }
    visitChildren(element)
  }

  private mutating func visitChildren(_ element: XMLElementNode) {
    // Children may be replaced while visiting; walk a snapshot.
    for child in element.children {
      if let e = child as? XMLElementNode { visit(e) }
    }
  }

  private func isParagraph(_ element: XMLElementNode) -> Bool {
    if isProperties {
      return !element.children.isEmpty && element.children.allSatisfy { $0 is XMLTextNode }
    }
    return format.paragraphs.contains(element.name)
  }

  private func regionLabel(_ kind: String, _ element: XMLElementNode) -> String {
    switch format {
    case .docx:
      return "\(kind) \(element.attribute("w:id") ?? "")"
    case .odt:
      var master = element.parent
      while let m = master, m.name != "style:master-page" { master = m.parent }
      if let style = master?.attribute("style:name") {
        return "\(kind) of page style \"\(style.replacing("_20_", with: " "))\""
      }
      return kind
    }
  }

  // MARK: - Text pieces

  /// A stretch of a paragraph's text and the node that holds it.
  private struct Piece {
    let node: XMLNode
    /// Which of the paragraph's holders (`PieceLayout.holders`) has it.
    let holder: Int
    var start: Int
    /// The piece's text; once a tag is cut out of it, only the text before
    /// the tag, which earlier tags may cut further.
    var bytes: [UInt8]
    /// Whether a tag was cut out of the piece, leaving text before it.
    var isCut: Bool
    var end: Int { start + bytes.count }
  }

  /// Where a paragraph's pieces stand: the elements holding them (`w:t`,
  /// `text:span`, the paragraph), each with its pieces in order.
  private struct PieceLayout {
    var holders: [XMLElementNode] = []
    var piecesOfHolder: [[Int]] = []
  }

  private func pieces(of paragraph: XMLElementNode) -> ([Piece], PieceLayout) {
    var result: [Piece] = []
    var layout = PieceLayout()
    var offset = 0
    func add(_ node: XMLNode, _ text: [UInt8], to holder: inout Int?, of element: XMLElementNode) {
      if holder == nil {
        holder = layout.holders.count
        layout.holders.append(element)
        layout.piecesOfHolder.append([])
      }
      let index = result.count
      result.append(
        Piece(
          node: node, holder: holder!, start: offset, bytes: text, isCut: false))
      layout.piecesOfHolder[holder!].append(index)
      offset += text.count
    }
    func collect(_ element: XMLElementNode, inText: Bool) {
      // Each element is visited once, so it becomes a holder at most once.
      var holder: Int?
      for child in element.children {
        if let text = child as? XMLTextNode {
          if inText { add(text, Array(text.text.utf8), to: &holder, of: element) }
        } else if let e = child as? XMLElementNode {
          if isParagraph(e) || format.regionKind(of: e.name) != nil { continue }
          if format == .odt, e.name == "text:s" {
            // Clamped: a hostile count must not ask for gigabytes of spaces.
            let count = max(1, min(Int(e.attribute("text:c") ?? "1") ?? 1, 1024))
            add(e, Array(repeating: UInt8(ascii: " "), count: count), to: &holder, of: element)
            continue
          }
          collect(e, inText: format.holdsText(e.name))
        }
      }
    }
    collect(paragraph, inText: isProperties || format == .odt)
    return (result, layout)
  }

  // MARK: - Cutting tags out

  private mutating func locateTags(in paragraph: XMLElementNode) {
    // Most paragraphs hold no tag: look for a brace before collecting the
    // pieces (the walk also sees nested paragraphs, so it may say yes for
    // nothing, never no for a tag).
    guard Self.containsBrace(paragraph) else { return }
    var (pieces, layout) = pieces(of: paragraph)
    guard !pieces.isEmpty else { return }
    var text: [UInt8] = []
    for piece in pieces { text += piece.bytes }
    guard text.contains(UInt8(ascii: "{")) || text.contains(UInt8(ascii: "}")) else { return }

    let scanned = TagScanner.scan(text)
    var found: [TagScanner.Found] = []
    for piece in scanned {
      switch piece {
      case .tag(let tag): found.append(tag)
      case .unclosed(let kind, let offset):
        var range = offset..<min(text.count, offset + 2)
        var problem = TemplateProblem.unclosedTag(opening: kind.opening, closing: kind.closing)
        // docxtemplater's `{#list}` opens what Jinja reads as a comment.
        if kind == .comment, let (foreign, end) = ForeignTag.at(offset, in: text) {
          range = offset..<end
          problem = foreign.problem
        }
        diagnostics.append(TemplateDiagnostic(problem, at: location(text, range)))
        if recordsAnchorsOnly { recordAnchor(range, in: paragraph, pieces, text) }
      case .text, .rawText: break
      }
    }
    for (foreign, range) in ForeignTag.all(in: text, pieces: scanned) {
      hints.append(TemplateDiagnostic(foreign.problem, at: location(text, range)))
    }
    if recordsAnchorsOnly {
      for tag in found { recordAnchor(tag.range, in: paragraph, pieces, text) }
      return
    }
    var splits = Splits(pieces: pieces.count, holders: layout.holders.count)
    // From the last tag to the first, so earlier offsets stay valid.
    for (index, tag) in found.enumerated().reversed() {
      var cut = tag.range
      if tag.trimBefore {
        let floor = index > 0 ? found[index - 1].range.upperBound : 0
        while cut.lowerBound > floor, isSpace(text[cut.lowerBound - 1]) {
          cut = (cut.lowerBound - 1)..<cut.upperBound
        }
      }
      if tag.trimAfter {
        let ceiling = index + 1 < found.count ? found[index + 1].range.lowerBound : text.count
        while cut.upperBound < ceiling, isSpace(text[cut.upperBound]) {
          cut = cut.lowerBound..<(cut.upperBound + 1)
        }
      }
      let holder = layout.holders[
        pieces[firstPiece(endingAfter: tag.range.lowerBound, in: pieces)].holder]
      let node = TagNode(
        found: tag, location: location(text, tag.range), context: context(in: holder),
        paragraph: paragraph)
      splice(node, cutting: cut, from: &pieces, into: &splits)
      tags.append(node)
    }
    splits.apply(to: layout, pieces: pieces)
    unescapeLiteralDelimiters(in: layout.holders)
    Self.removeEmptiedRuns(
      layout.holders.indices.filter { splits.touched[$0] }.map { layout.holders[$0] },
      format: format)
  }

  /// What cutting tags out does to the text nodes of a paragraph, applied
  /// once per holder at the end: a paragraph of thousands of tags must not
  /// search and shift its holder's children once per tag.
  private struct Splits {
    /// What stands in a cut piece's place.
    enum Part {
      case node(XMLNode)
      /// The text left before the first tag cut out of the piece: known
      /// only when every tag is cut, so it is made into a node then, once,
      /// rather than copied at every cut (which made a run of n tags cost
      /// n²).
      case textBefore
    }

    /// Per original piece, what stands in its node's place — text before
    /// the tag, the tag, text after it — in reverse order (nil: the node
    /// stays). Tags are cut from the last to the first, so each cut
    /// replaces what stands first; reversed, that is the end, and a run
    /// holding thousands of tags is cut in linear time, not quadratic.
    var replacements: [[Part]?]
    /// Per holder, whether one of its pieces was cut.
    var touched: [Bool]

    init(pieces: Int, holders: Int) {
      replacements = Array(repeating: nil, count: pieces)
      touched = Array(repeating: false, count: holders)
    }

    /// Records `parts` in the place of the node of `piece`, the piece at
    /// `index`. When a tag was cut out of the piece already, its text
    /// before stands first in the replacement (last, as stored), and
    /// `parts` take its place there.
    mutating func replace(_ piece: Piece, at index: Int, with parts: [Part]) {
      touched[piece.holder] = true
      if piece.isCut, replacements[index] != nil {
        replacements[index]!.removeLast()
        replacements[index]!.append(contentsOf: parts.reversed())
      } else {
        replacements[index] = parts.reversed()
      }
    }

    /// Rebuilds each touched holder's children, walking them beside the
    /// holder's pieces (both in document order).
    func apply(to layout: PieceLayout, pieces: [Piece]) {
      for (h, holder) in layout.holders.enumerated() where touched[h] {
        let held = layout.piecesOfHolder[h]
        var next = 0
        var children: [XMLNode] = []
        for child in holder.children {
          if next < held.count, child === pieces[held[next]].node {
            if let parts = replacements[held[next]] {
              for part in parts.reversed() {
                switch part {
                case .node(let node): children.append(node)
                case .textBefore:
                  let piece = pieces[held[next]]
                  children.append(TagLocator.node(like: piece.node, bytes: piece.bytes))
                }
              }
            } else {
              children.append(child)
            }
            next += 1
          } else {
            children.append(child)
          }
        }
        holder.replaceChildren(with: children)
      }
    }
  }

  /// How a value is written where its tag begins.
  private func context(in holder: XMLElementNode) -> OutputContext {
    if isProperties || holder.name == DocumentFormat.fieldCode { return .plain }
    return format == .docx ? .wordText : .odfText
  }

  private static func containsBrace(_ element: XMLElementNode) -> Bool {
    element.children.contains { child in
      if let text = child as? XMLTextNode {
        return text.text.utf8.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
      }
      return (child as? XMLElementNode).map(containsBrace) ?? false
    }
  }

  private func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
  }

  /// Removes the bytes `cut` from the pieces and puts `tag` where the cut
  /// begins (in `splits`, applied when every tag is cut out).
  private func splice(
    _ tag: TagNode, cutting cut: Range<Int>, from pieces: inout [Piece], into splits: inout Splits
  ) {
    let first = firstPiece(endingAfter: cut.lowerBound, in: pieces)
    var i = first
    var inserted = false
    while i < pieces.count, pieces[i].start < cut.upperBound {
      let localStart = max(0, cut.lowerBound - pieces[i].start)
      let localEnd = min(pieces[i].bytes.count, cut.upperBound - pieces[i].start)
      var replacement: [Splits.Part] = []
      if localStart > 0 { replacement.append(.textBefore) }
      if !inserted {
        replacement.append(.node(tag))
        inserted = true
      }
      if localEnd < pieces[i].bytes.count {
        let after = Array(pieces[i].bytes[localEnd...])
        replacement.append(.node(Self.node(like: pieces[i].node, bytes: after)))
      }
      splits.replace(pieces[i], at: i, with: replacement)
      if i == first {
        // The text before the tag stays the piece's, for earlier tags to
        // cut; dropping the rest in place copies nothing.
        pieces[i].bytes.removeSubrange(localStart...)
        if localStart > 0 { pieces[i].isCut = true }
      }
      i += 1
    }
  }

  /// The first piece that ends after `offset`. Pieces are in text order and
  /// their ends never decrease (cutting only shortens a piece up to where
  /// the next begins): a binary search keeps a paragraph of thousands of
  /// tags from costing tags × pieces.
  private func firstPiece(endingAfter offset: Int, in pieces: [Piece]) -> Int {
    var low = 0
    var high = pieces.count
    while low < high {
      let middle = (low + high) / 2
      if pieces[middle].end > offset { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// A text node, or for ODF spaces a `text:s` element, holding `bytes`.
  private static func node(like original: XMLNode, bytes: [UInt8]) -> XMLNode {
    if let element = original as? XMLElementNode {
      let spaces = XMLElementNode(name: element.name, attributes: element.attributes)
      if bytes.count > 1 {
        spaces.setAttribute("text:c", String(bytes.count))
      } else {
        spaces.attributes.removeAll { $0.name == "text:c" }
      }
      return spaces
    }
    return XMLTextNode(String(decoding: bytes, as: UTF8.self))
  }

  private func unescapeLiteralDelimiters(in holders: [XMLElementNode]) {
    for holder in holders {
      for child in holder.children {
        guard let text = child as? XMLTextNode, text.text.utf8.contains(UInt8(ascii: "_")) else {
          continue
        }
        text.text = TagScanner.unescapeLiteralDelimiters(text.text)
      }
    }
  }

  /// A run whose whole text was a tag (or part of one) is removed, so no
  /// empty formatting is left behind; runs holding anything else stay.
  static func removeEmptiedRuns(_ touched: [XMLElementNode], format: DocumentFormat) {
    // Gathered per parent and removed in one pass each: a paragraph of
    // thousands of runs must not be searched and shifted once per run.
    var doomed: Set<ObjectIdentifier> = []
    var parents: [XMLElementNode] = []
    for holder in touched {
      let isEmpty = holder.children.allSatisfy { ($0 as? XMLTextNode)?.text.isEmpty ?? false }
      guard isEmpty else { continue }
      let removed: XMLElementNode
      switch format {
      case .docx:
        guard holder.name == "w:t", let run = holder.parent, run.name == "w:r",
          run.elementChildren.allSatisfy({ $0 === holder || $0.name == "w:rPr" })
        else { continue }
        removed = run
      case .odt:
        guard holder.name == "text:span" else { continue }
        removed = holder
      }
      guard let parent = removed.parent, doomed.insert(ObjectIdentifier(removed)).inserted
      else { continue }
      if !parents.contains(where: { $0 === parent }) { parents.append(parent) }
    }
    for parent in parents { parent.removeChildren { doomed.contains(ObjectIdentifier($0)) } }
  }

  private mutating func recordAnchor(
    _ range: Range<Int>, in paragraph: XMLElementNode, _ pieces: [Piece], _ text: [UInt8]
  ) {
    guard let first = pieces.first(where: { $0.end > range.lowerBound }),
      let last = pieces.last(where: { $0.start < range.upperBound })
    else { return }
    anchors.append(
      TagAnchor(
        location: location(text, range), paragraph: paragraph,
        start: (first.node, range.lowerBound - first.start),
        end: (last.node, range.upperBound - last.start)))
  }

  // MARK: - Locations

  private func location(_ text: [UInt8], _ range: Range<Int>) -> TemplateLocation {
    let table = tables.last
    return TemplateLocation(
      part: region, paragraph: isProperties ? nil : paragraphNumber, table: table?.table,
      row: table?.row, cell: table?.cell, excerpt: Self.excerpt(text, range))
  }

  private static let ellipsis = Array("…".utf8)
  private static let openMark = Array("⟦".utf8)
  private static let closeMark = Array("⟧".utf8)

  /// The paragraph's text with ⟦ ⟧ around the tag, shortened to 40 code
  /// points on each side. Counted on the UTF-8 bytes: every tag gets an
  /// excerpt, and counting `Character`s would make each tag of a long
  /// paragraph pay a grapheme-breaking pass over all of it.
  static func excerpt(_ text: [UInt8], _ range: Range<Int>) -> String {
    func isContinuation(_ i: Int) -> Bool { text[i] & 0xC0 == 0x80 }
    /// The tag itself, its middle left out past 120 bytes (as messages
    /// quote it, see `TemplateProblem.shortened`).
    func shortened(_ tag: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
      guard tag.count > 120 else { return tag }
      var head = tag.startIndex + 80
      while isContinuation(head) { head -= 1 }
      var tail = tag.endIndex - 30
      while isContinuation(tail) { tail += 1 }
      return tag[..<head] + Self.ellipsis + tag[tail...]
    }
    var start = range.lowerBound
    for _ in 0..<40 where start > 0 {
      start -= 1
      while start > 0, isContinuation(start) { start -= 1 }
    }
    var end = range.upperBound
    for _ in 0..<40 where end < text.count {
      end += 1
      while end < text.count, isContinuation(end) { end += 1 }
    }
    // One buffer, decoded once: this runs for every tag of a template.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(end - start + 12)
    if start > 0 { bytes += Self.ellipsis }
    bytes += text[start..<range.lowerBound]
    bytes += Self.openMark
    bytes += shortened(text[range])
    bytes += Self.closeMark
    bytes += text[range.upperBound..<end]
    if end < text.count { bytes += Self.ellipsis }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Where a tag stands in a part's tree that was left unchanged: its
/// paragraph, and the text pieces (with byte offsets) where it begins and
/// ends.
struct TagAnchor {
  let location: TemplateLocation
  let paragraph: XMLElementNode
  /// The piece holding the tag's first byte, and that byte's offset in it.
  let start: (node: XMLNode, offset: Int)
  /// The piece holding the tag's last byte, and the offset just after it.
  let end: (node: XMLNode, offset: Int)
}
