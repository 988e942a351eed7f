import OfficePackage
import TemplateLanguage

/// Writes a copy of a template with a comment at each faulty tag — a Word
/// comment in DOCX, an annotation in ODT — so the author opens the copy
/// and sees each problem where it is.
///
/// The template is read again and its tags found the way compiling finds
/// them, but the tree is left as it is: only comment marks are added
/// around the runs (DOCX) or text (ODT) of each tag. Parts that get no
/// comment are copied byte for byte. A problem that cannot carry a comment
/// where it is (in a header, a footer, a note, the document properties, or
/// a tag no longer found) is commented at the start of the body instead,
/// with its place written out.
public enum TemplateAnnotator {
  /// One comment: the problem's place and what to say.
  public struct Note: Sendable {
    public let location: TemplateLocation
    /// The place in the author's words, written before the text when the
    /// comment cannot stand at the tag itself.
    public let place: String
    /// The comment's paragraphs.
    public let paragraphs: [String]

    public init(location: TemplateLocation, place: String, paragraphs: [String]) {
      self.location = location
      self.place = place
      self.paragraphs = paragraphs
    }
  }

  /// The annotated package.
  public static func annotate(
    bytes: [UInt8], format: DocumentFormat? = nil, notes: [Note], author: String = "vanban"
  ) throws(OfficeTemplateError) -> [UInt8] {
    do {
      let reader = try PackageReader(bytes: bytes)
      let detected = try TemplateAnalysis.format(of: reader, expected: format)
      var writer = Writer(reader: reader, format: detected, author: author)
      try writer.place(notes)
      return try writer.finish()
    } catch let error as PackageError {
      throw .package(error)
    } catch let error as OfficeTemplateError {
      throw error
    } catch {
      throw .usage("\(error)")
    }
  }

  private struct Writer {
    let reader: PackageReader
    let format: DocumentFormat
    let author: String
    /// Parts changed so far, by entry name.
    var changed: [String: XMLPart] = [:]
    var added: [(name: String, bytes: [UInt8])] = []
    var mainName = ""

    init(reader: PackageReader, format: DocumentFormat, author: String) {
      self.reader = reader
      self.format = format
      self.author = author
    }

    mutating func place(_ notes: [Note]) throws {
      guard !notes.isEmpty else { return }
      let catalog = try PartCatalog(reader: reader, format: format)
      guard let mainPart = catalog.parts.first(where: { $0.label == "body" }) else { return }
      mainName = mainPart.entry.name
      let main = try XMLPart.parse(try reader.data(of: mainPart.entry), name: mainName)
      changed[mainName] = main
      var locator = TagLocator(format: format, label: "body", isProperties: false)
      locator.recordsAnchorsOnly = true
      locator.locate(in: main.root)

      // Notes at the same tag share one comment; a note whose tag cannot
      // hold one goes to the comment on the first paragraph. Each tag is
      // known by its first anchor's index (looked up, not searched for: a
      // template of thousands of faulty tags took seconds).
      let firstAnchor = Dictionary(
        locator.anchors.enumerated().map { ($1.location, $0) },
        uniquingKeysWith: { first, _ in first })
      var groups: [(anchor: Int?, notes: [Note])] = []
      var groupOfAnchor: [Int?: Int] = [:]
      for note in notes {
        var anchor = firstAnchor[note.location]
        if let a = anchor,
          note.location.part != "body" || !canHoldComment(locator.anchors[a].paragraph)
        {
          anchor = nil
        }
        if let group = groupOfAnchor[anchor] {
          groups[group].notes.append(note)
        } else {
          groupOfAnchor[anchor] = groups.count
          groups.append((anchor, [note]))
        }
      }
      // From the end of the document backwards, so ODF text split for one
      // comment leaves the offsets of earlier ones valid.
      let ordered = groups.sorted { ($0.anchor ?? -1) > ($1.anchor ?? -1) }
      var comments: [(id: Int, paragraphs: [String])] = []
      var nextID = try firstCommentID()
      for group in ordered {
        let id = nextID
        nextID += 1
        var paragraphs: [String] = []
        if let anchor = group.anchor {
          for note in group.notes { paragraphs += note.paragraphs }
          mark(locator.anchors[anchor], id: id, paragraphs: paragraphs)
        } else {
          for note in group.notes { paragraphs += [note.place + ":"] + note.paragraphs }
          guard let first = firstParagraph(main.root) else { continue }
          markWhole(first, id: id, paragraphs: paragraphs)
        }
        comments.append((id, paragraphs))
      }
      if format == .docx { try writeComments(comments.sorted { $0.id < $1.id }) }
    }

    /// Comments belong in the body's own text: not inside a text box,
    /// a note or another comment.
    func canHoldComment(_ paragraph: XMLElementNode) -> Bool {
      var current = paragraph.parent
      while let element = current {
        if ["w:txbxContent", "office:annotation", "text:note", "draw:text-box", "w:comment"]
          .contains(element.name)
        {
          return false
        }
        current = element.parent
      }
      return true
    }

    func firstParagraph(_ root: XMLElementNode) -> XMLElementNode? {
      func find(_ e: XMLElementNode) -> XMLElementNode? {
        if format.paragraphs.contains(e.name), canHoldComment(e) { return e }
        if ["office:annotation", "w:txbxContent", "text:note"].contains(e.name) { return nil }
        for child in e.elementChildren { if let p = find(child) { return p } }
        return nil
      }
      let body =
        format == .docx
        ? root.elementChildren.first { $0.name == "w:body" }
        : root.elementChildren.first { $0.name == "office:body" }?.elementChildren.first {
          $0.name == "office:text"
        }
      return body.flatMap(find)
    }

    // MARK: - Marks

    func mark(_ anchor: TagAnchor, id: Int, paragraphs: [String]) {
      switch format {
      case .docx:
        guard let startRun = ancestor(anchor.start.node, named: "w:r"),
          let endRun = ancestor(anchor.end.node, named: "w:r"),
          let startParent = startRun.parent, let endParent = endRun.parent,
          let at = startParent.index(of: startRun)
        else { return markWhole(anchor.paragraph, id: id, paragraphs: paragraphs) }
        startParent.insert(wordMark("w:commentRangeStart", id), at: at)
        guard let endAt = endParent.index(of: endRun) else { return }
        endParent.insert(wordMark("w:commentRangeEnd", id), at: endAt + 1)
        endParent.insert(referenceRun(id), at: endAt + 2)
      case .odt:
        let name = "vanban-\(id)"
        let end = XMLElementNode(
          name: "office:annotation-end",
          attributes: [XMLAttribute(name: "office:name", value: name)])
        insert(end, at: anchor.end)
        insert(annotation(name, paragraphs), at: anchor.start)
      }
    }

    /// A comment over a whole paragraph (where the tag cannot hold one).
    func markWhole(_ paragraph: XMLElementNode, id: Int, paragraphs: [String]) {
      switch format {
      case .docx:
        let start =
          paragraph.elementChildren.first?.name == "w:pPr" ? 1 : 0
        paragraph.insert(wordMark("w:commentRangeStart", id), at: start)
        paragraph.append(wordMark("w:commentRangeEnd", id))
        paragraph.append(referenceRun(id))
      case .odt:
        paragraph.insert(annotation("vanban-\(id)", paragraphs, named: false), at: 0)
      }
    }

    func ancestor(_ node: XMLNode, named name: String) -> XMLElementNode? {
      var current = node.parent
      while let e = current {
        if e.name == name { return e }
        current = e.parent
      }
      return nil
    }

    func wordMark(_ name: String, _ id: Int) -> XMLElementNode {
      XMLElementNode(name: name, attributes: [XMLAttribute(name: "w:id", value: String(id))])
    }

    func referenceRun(_ id: Int) -> XMLElementNode {
      let run = XMLElementNode(name: "w:r")
      run.append(wordMark("w:commentReference", id))
      return run
    }

    func annotation(_ name: String, _ paragraphs: [String], named: Bool = true) -> XMLElementNode {
      let note = XMLElementNode(
        name: "office:annotation",
        attributes: named ? [XMLAttribute(name: "office:name", value: name)] : [])
      let creator = XMLElementNode(name: "dc:creator")
      creator.append(XMLTextNode(author))
      note.append(creator)
      for text in paragraphs {
        let p = XMLElementNode(name: "text:p")
        p.append(XMLTextNode(text))
        note.append(p)
      }
      return note
    }

    /// Inserts `element` at a byte offset of an ODF text piece, splitting
    /// a text node there (which changes nothing a reader sees).
    func insert(_ element: XMLElementNode, at position: (node: XMLNode, offset: Int)) {
      guard let parent = position.node.parent, let at = parent.index(of: position.node) else {
        return
      }
      guard let text = position.node as? XMLTextNode else {
        // A `text:s` space: before it, or after it at its end.
        parent.insert(element, at: position.offset == 0 ? at : at + 1)
        return
      }
      let bytes = Array(text.text.utf8)
      if position.offset <= 0 {
        parent.insert(element, at: at)
      } else if position.offset >= bytes.count {
        parent.insert(element, at: at + 1)
      } else {
        let after = XMLTextNode(String(decoding: bytes[position.offset...], as: UTF8.self))
        text.text = String(decoding: bytes[..<position.offset], as: UTF8.self)
        parent.insert(element, at: at + 1)
        parent.insert(after, at: at + 2)
      }
    }

    // MARK: - The DOCX comments part

    static let commentsType =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    static let commentsContentType =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"

    var relationshipsName: String {
      let pieces = mainName.split(separator: "/")
      let directory = pieces.dropLast().joined(separator: "/")
      return (directory.isEmpty ? "" : directory + "/") + "_rels/" + (pieces.last ?? "") + ".rels"
    }

    /// The comments part the main document already refers to, if any.
    func existingCommentsName() throws -> String? {
      guard format == .docx, let entry = reader.entry(named: relationshipsName) else { return nil }
      let rels = try XMLPart.parse(try reader.data(of: entry), name: entry.name)
      guard
        let target = rels.root.elementChildren.first(where: {
          $0.attribute("Type") == Self.commentsType
        })?.attribute("Target")
      else { return nil }
      let directory = mainName.split(separator: "/").dropLast().joined(separator: "/")
      return target.hasPrefix("/")
        ? String(target.dropFirst()) : (directory.isEmpty ? target : directory + "/" + target)
    }

    mutating func firstCommentID() throws -> Int {
      guard let name = try existingCommentsName(), let entry = reader.entry(named: name) else {
        return 0
      }
      let part = try XMLPart.parse(try reader.data(of: entry), name: name)
      changed[name] = part
      // Word's ids are 32-bit; a larger one (hostile) must not overflow `+ 1`.
      let ids = part.root.elementChildren.compactMap { Int32($0.attribute("w:id") ?? "") }
      return Int(ids.max() ?? -1) + 1
    }

    mutating func writeComments(_ comments: [(id: Int, paragraphs: [String])]) throws {
      guard !comments.isEmpty else { return }
      let initials = String(author.prefix(2)).uppercased()
      func comment(_ id: Int, _ paragraphs: [String]) -> XMLElementNode {
        let c = XMLElementNode(
          name: "w:comment",
          attributes: [
            XMLAttribute(name: "w:id", value: String(id)),
            XMLAttribute(name: "w:author", value: author),
            XMLAttribute(name: "w:initials", value: initials),
          ])
        for (i, text) in paragraphs.enumerated() {
          let p = XMLElementNode(name: "w:p")
          if i == 0 {
            let ref = XMLElementNode(name: "w:r")
            ref.append(XMLElementNode(name: "w:annotationRef"))
            p.append(ref)
          }
          let r = XMLElementNode(name: "w:r")
          let t = XMLElementNode(
            name: "w:t", attributes: [XMLAttribute(name: "xml:space", value: "preserve")])
          t.append(XMLTextNode(text))
          r.append(t)
          p.append(r)
          c.append(p)
        }
        return c
      }
      if let name = try existingCommentsName(), let part = changed[name] {
        for (id, paragraphs) in comments { part.root.append(comment(id, paragraphs)) }
        return
      }
      let root = XMLElementNode(
        name: "w:comments",
        attributes: [
          XMLAttribute(
            name: "xmlns:w", value: "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
          XMLAttribute(
            name: "xmlns:r",
            value: "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ])
      for (id, paragraphs) in comments { root.append(comment(id, paragraphs)) }
      var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n".utf8)
      root.appendXML(to: &bytes)
      let directory = mainName.split(separator: "/").dropLast().joined(separator: "/")
      let commentsName = (directory.isEmpty ? "" : directory + "/") + "comments.xml"
      guard reader.entry(named: commentsName) == nil else {
        throw PackageError(
          part: commentsName,
          message:
            "the package has a comments part its document does not refer to; re-save it from Word")
      }
      added.append((commentsName, bytes))

      // The relationship from the document, and the part's content type.
      if let entry = reader.entry(named: relationshipsName) {
        let rels = try XMLPart.parse(try reader.data(of: entry), name: entry.name)
        let ids = Set(rels.root.elementChildren.compactMap { $0.attribute("Id") })
        var id = "rIdVanbanComments"
        var n = 1
        while ids.contains(id) {
          n += 1
          id = "rIdVanbanComments\(n)"
        }
        rels.root.append(
          XMLElementNode(
            name: "Relationship",
            attributes: [
              XMLAttribute(name: "Id", value: id),
              XMLAttribute(name: "Type", value: Self.commentsType),
              XMLAttribute(name: "Target", value: "comments.xml"),
            ]))
        changed[entry.name] = rels
      } else {
        let rels = Array(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdVanbanComments\" Type=\"\(Self.commentsType)\" Target=\"comments.xml\"/>"
            + "</Relationships>").utf8)
        added.append((relationshipsName, rels))
      }
      if let entry = reader.entry(named: "[Content_Types].xml") {
        let types = try XMLPart.parse(try reader.data(of: entry), name: entry.name)
        types.root.append(
          XMLElementNode(
            name: "Override",
            attributes: [
              XMLAttribute(name: "PartName", value: "/" + commentsName),
              XMLAttribute(name: "ContentType", value: Self.commentsContentType),
            ]))
        changed[entry.name] = types
      }
    }

    mutating func finish() throws -> [UInt8] {
      if format == .odt, let content = changed[mainName],
        content.root.attribute("xmlns:dc") == nil
      {
        content.root.setAttribute("xmlns:dc", "http://purl.org/dc/elements/1.1/")
      }
      var writer = PackageWriter()
      for entry in reader.entries {
        if let part = changed[entry.name] {
          if entry.isCompressed {
            writer.add(entry.name, part.serialized(), level: .default)
          } else {
            writer.addStored(entry.name, part.serialized())
          }
        } else {
          writer.addRaw(entry.name, copyOf: entry, rawData: try reader.rawData(of: entry))
        }
      }
      for (name, bytes) in added { writer.add(name, bytes, level: .default) }
      return try writer.finish()
    }
  }
}
