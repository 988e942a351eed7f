import OfficePackage

/// Which parts of a package may hold tags, and what an author calls each
/// ("body", "header of section 2", "document properties").
struct PartCatalog {
  /// A part that may hold tags.
  struct Part {
    let entry: PackageEntry
    let label: String
    /// Document properties hold plain text, not paragraphs and runs.
    let isProperties: Bool
  }

  let format: DocumentFormat
  let parts: [Part]
  /// The main document, parsed already to name the headers and footers.
  let mainPart: XMLPart?

  init(reader: PackageReader, format: DocumentFormat) throws(PackageError) {
    self.format = format
    switch format {
    case .odt:
      var parts: [Part] = []
      for (name, label, isProperties) in [
        ("content.xml", "body", false), ("styles.xml", "page styles", false),
        ("meta.xml", "document properties", true),
      ] {
        if let entry = reader.entry(named: name) {
          parts.append(Part(entry: entry, label: label, isProperties: isProperties))
        }
      }
      guard parts.contains(where: { $0.entry.name == "content.xml" }) else {
        throw PackageError(
          message:
            "the file has no content.xml, so it is not an ODT document; save it from LibreOffice as .odt"
        )
      }
      self.parts = parts
      mainPart = nil
    case .docx:
      let relationships = try Self.relationships(reader, "_rels/.rels", base: "")
      let mainName =
        relationships.first(where: { $0.type.hasSuffix("/officeDocument") })?.target
        ?? "word/document.xml"
      guard let mainEntry = reader.entry(named: mainName) else {
        throw PackageError(
          message:
            "the file has no \(mainName), so it is not a Word document; save it from Word or LibreOffice as .docx"
        )
      }
      let main = try XMLPart.parse(try reader.data(of: mainEntry), name: mainName)
      mainPart = main
      var parts = [Part(entry: mainEntry, label: "body", isProperties: false)]
      let directory = mainName.split(separator: "/").dropLast().joined(separator: "/")
      let mainRelationships = try Self.relationships(
        reader, "\(directory)/_rels/\(mainName.split(separator: "/").last ?? "").rels",
        base: directory)
      let sections = Self.sectionReferences(main.root)
      let kinds = [
        "/header": "header", "/footer": "footer", "/footnotes": "footnotes",
        "/endnotes": "endnotes", "/comments": "comments",
      ]
      var seen: Set<String> = [mainName]
      for relationship in mainRelationships {
        guard let kind = kinds.first(where: { relationship.type.hasSuffix($0.key) })?.value,
          let entry = reader.entry(named: relationship.target), seen.insert(entry.name).inserted
        else { continue }
        var label = kind
        if let reference = sections[relationship.id] {
          label =
            "\(reference.type == "default" ? "" : reference.type + " ")\(kind) of section \(reference.section)"
        }
        parts.append(Part(entry: entry, label: label, isProperties: false))
      }
      for relationship in relationships
      where relationship.type.hasSuffix("/core-properties")
        || relationship.type.hasSuffix("/extended-properties")
        || relationship.type.hasSuffix("/custom-properties")
      {
        if let entry = reader.entry(named: relationship.target), seen.insert(entry.name).inserted {
          parts.append(Part(entry: entry, label: "document properties", isProperties: true))
        }
      }
      self.parts = parts
    }
  }

  private struct Relationship {
    let id: String
    let type: String
    let target: String
  }

  /// The relationships of a `.rels` part, targets resolved to entry names.
  private static func relationships(_ reader: PackageReader, _ name: String, base: String)
    throws(PackageError) -> [Relationship]
  {
    guard let entry = reader.entry(named: name) else { return [] }
    let part = try XMLPart.parse(try reader.data(of: entry), name: name)
    return part.root.elementChildren.compactMap { element in
      guard element.name.hasSuffix("Relationship"), element.attribute("TargetMode") != "External",
        let id = element.attribute("Id"), let type = element.attribute("Type"),
        let target = element.attribute("Target")
      else { return nil }
      return Relationship(id: id, type: type, target: resolve(target, base: base))
    }
  }

  /// `../media/a.png` against `word` gives `media/a.png`; `/word/x.xml` is absolute.
  private static func resolve(_ target: String, base: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var components = base.split(separator: "/").map(String.init)
    for piece in target.split(separator: "/") {
      switch piece {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() }
      default: components.append(String(piece))
      }
    }
    return components.joined(separator: "/")
  }

  /// Which section first refers to each header or footer relationship.
  private static func sectionReferences(_ root: XMLElementNode) -> [String: (
    section: Int, type: String
  )] {
    var result: [String: (section: Int, type: String)] = [:]
    var section = 0
    func visit(_ element: XMLElementNode) {
      if element.name == "w:sectPr" {
        section += 1
        for reference in element.elementChildren
        where reference.name == "w:headerReference" || reference.name == "w:footerReference" {
          guard let id = reference.attribute("r:id"), result[id] == nil else { continue }
          let type = reference.attribute("w:type") ?? "default"
          result[id] = (
            section, type == "first" ? "first-page" : type == "even" ? "even-page" : "default"
          )
        }
        return
      }
      // A section break is a property of the body or of a paragraph, never
      // inside a run, where most of a document's elements are.
      guard element.name != "w:r" else { return }
      for case let child as XMLElementNode in element.children { visit(child) }
    }
    visit(root)
    return result
  }
}
