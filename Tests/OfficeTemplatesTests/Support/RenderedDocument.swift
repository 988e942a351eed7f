import OfficeFixtures
import OfficePackage
import OfficeTemplates
import TemplateLanguage
import XCTest

/// A rendered package opened for assertions: its parts' XML and the text of
/// its paragraphs, as a reader would see them.
struct RenderedDocument {
  let bytes: [UInt8]
  let reader: PackageReader
  let format: DocumentFormat

  init(_ bytes: [UInt8], format: DocumentFormat) throws {
    self.bytes = bytes
    self.format = format
    reader = try PackageReader(bytes: bytes)
  }

  func xml(_ part: String) throws -> String {
    guard let entry = reader.entry(named: part) else {
      throw XCTSkip("no part \(part)")
    }
    return String(decoding: try reader.data(of: entry), as: UTF8.self)
  }

  var body: String {
    get throws { try xml(format == .docx ? "word/document.xml" : "content.xml") }
  }

  /// The text of each paragraph of a part, in order (tabs as "\t", line
  /// breaks as "\n", ODF spaces expanded).
  func paragraphs(_ part: String? = nil) throws -> [String] {
    let name = part ?? (format == .docx ? "word/document.xml" : "content.xml")
    guard let entry = reader.entry(named: name) else { return [] }
    let xml = try XMLPart.parse(try reader.data(of: entry), name: name)
    var result: [String] = []
    let paragraphNames: Set<String> = format == .docx ? ["w:p"] : ["text:p", "text:h"]
    func text(of element: XMLElementNode) -> String {
      var s = ""
      for child in element.children {
        if let t = child as? XMLTextNode {
          if format == .odt || element.name == "w:t" { s += t.text }
        } else if let e = child as? XMLElementNode {
          switch e.name {
          case "w:br", "text:line-break": s += "\n"
          case "w:tab", "text:tab": s += "\t"
          case "text:s": s += String(repeating: " ", count: Int(e.attribute("text:c") ?? "1") ?? 1)
          case _ where paragraphNames.contains(e.name): continue
          default: s += text(of: e)
          }
        }
      }
      return s
    }
    func visit(_ element: XMLElementNode) {
      if paragraphNames.contains(element.name) { result.append(text(of: element)) }
      for child in element.elementChildren { visit(child) }
    }
    visit(xml.root)
    return result
  }
}

/// Compiles and renders a DOCX built from `body`, returning the result.
func renderDocx(
  body: String, header: String? = nil, footer: String? = nil, footnotes: [String] = [],
  title: String? = nil, _ context: Value
) throws -> RenderedDocument {
  let template = try CompiledTemplate(
    bytes: DocxFixture.make(
      body: body, header: header, footer: footer, footnotes: footnotes, coreTitle: title))
  return try RenderedDocument(template.render(context), format: .docx)
}

/// Compiles and renders an ODT built from `body`.
func renderOdt(
  body: String, header: String? = nil, footer: String? = nil, title: String? = nil,
  _ context: Value
) throws -> RenderedDocument {
  let template = try CompiledTemplate(
    bytes: OdtFixture.make(body: body, header: header, footer: footer, title: title))
  return try RenderedDocument(template.render(context), format: .odt)
}

/// The diagnostics a template's compilation reports.
func compileErrors(docx body: String) -> [TemplateDiagnostic] {
  do {
    _ = try CompiledTemplate(bytes: DocxFixture.make(body: body))
    return []
  } catch {
    guard case .template(let errors) = error else { return [] }
    return errors.diagnostics
  }
}

/// A Word paragraph with one run per piece of text.
func p(_ runs: String...) -> String {
  "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
}

/// A Word run with formatting.
func r(_ text: String, bold: Bool = false, italic: Bool = false) -> String {
  var properties = ""
  if bold { properties += "<w:b/>" }
  if italic { properties += "<w:i/>" }
  let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
  return "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
}

/// A Word table from rows of cell texts.
func table(_ rows: [[String]]) -> String {
  let columns = rows.map(\.count).max() ?? 1
  let grid = (0..<columns).map { _ in "<w:gridCol w:w=\"3000\"/>" }.joined()
  let body = rows.map { row in
    "<w:tr>"
      + row.map { "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>\(p($0))</w:tc>" }
      .joined()
      + "</w:tr>"
  }.joined()
  return
    "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>\(body)</w:tbl>"
}

/// An ODF paragraph.
func op(_ content: String) -> String { "<text:p>\(content)</text:p>" }
