import Foundation
import OfficeFixtures
import OfficePackage
import XCTest

/// Every shipped sample, rendered, has the layout of Decree 30/2020
/// (domain.md §7), read from the XML of the DOCX (document.xml, styles.xml,
/// headers) and of the ODT (content.xml, styles.xml): A4 portrait, the
/// margins, Times New Roman, the sizes and styles of the header components
/// (national name 12–13 bold, motto 13–14 bold, "Số:" 12–13, place and date
/// 13–14 italic, bodies in capitals), the type name, the body (13–14,
/// justified, first-line indent), "Nơi nhận:" 12 bold italic and the
/// recipients 11, the signature 13–14 bold, and the page number in the top
/// margin from page 2.
final class SeedLayoutTests: XCTestCase {
  func testBaoCaoSoKetLayout() throws { try check("bao-cao-so-ket") }
  func testKeHoachTrienKhaiLayout() throws { try check("ke-hoach-trien-khai") }
  func testKeHoachPhatDongLayout() throws { try check("ke-hoach-phat-dong") }
  func testCongVanLayout() throws { try check("cong-van") }
  func testKeHoachDienHinhLayout() throws { try check("ke-hoach-dien-hinh") }
  func testToTrinhLayout() throws { try check("to-trinh") }

  /// The committed templates are what Templates/generator makes
  /// (`generate.py --check`, which converts with LibreOffice).
  func testCommittedTemplatesAreUpToDateWithTheGenerator() throws {
    try requireLibreOffice(LibreOffice.isInstalled)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", SeedSamples.root.appendingPathComponent("Templates/generator/generate.py").path,
      "--check",
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if process.terminationStatus == 2 || output.contains("No module named 'docx'") {
      if ProcessInfo.processInfo.environment["VANBAN_REQUIRE_ORACLES"] == "1" {
        XCTFail("generate.py cannot run (python-docx, LibreOffice):\n\(output)")
      }
      throw XCTSkip("generate.py cannot run here:\n\(output)")
    }
    XCTAssertEqual(process.terminationStatus, 0, output)
  }

  private func check(_ name: String) throws {
    let sample = SeedSamples.sample(name)
    let docx = try SeedSamples.rendered(sample, "docx")
    try DocxLayout(docx, name: "\(name).docx").check()
    let odt = try SeedSamples.rendered(sample, "odt")
    try OdtLayout(odt, name: "\(name).odt").check()
  }
}

// MARK: - What is checked, in either format

/// A paragraph's text and the effective size, weight and slant of its
/// visible text, whatever the format.
struct LaidOutParagraph {
  var text: String
  /// Font sizes in points of the runs with visible text.
  var sizes: Set<Double>
  var allBold: Bool
  var allItalic: Bool
  var anyBold: Bool
  var alignment: String?
  var firstLineIndentMM: Double?
  var fonts: Set<String>
}

/// The parts of an administrative document, located in either format.
struct LaidOutDocument {
  var name: String
  var pageWidthMM: Double
  var pageHeightMM: Double
  var marginsMM: (top: Double, bottom: Double, left: Double, right: Double)
  /// The paragraphs of the header table's left and right columns.
  var headerLeft: [LaidOutParagraph]
  var headerRight: [LaidOutParagraph]
  /// The body's paragraphs outside tables, in order.
  var body: [LaidOutParagraph]
  /// The paragraphs of the "Nơi nhận" cell and of the signature cell.
  var recipients: [LaidOutParagraph]
  var signature: [LaidOutParagraph]
  /// Whether the page number (a PAGE field) is in the header of pages 2…,
  /// and page 1's header has none.
  var pageNumberFromPageTwo: Bool
  var fontNames: Set<String>

  func check(file: StaticString = #filePath, line: UInt = #line) {
    func fail(_ message: String) { XCTFail("\(name): \(message)", file: file, line: line) }
    func within(_ p: LaidOutParagraph, _ range: ClosedRange<Double>, _ what: String) {
      if p.sizes.isEmpty || !p.sizes.allSatisfy({ range.contains($0) }) {
        fail(
          "\(what) “\(p.text)” is \(p.sizes.sorted()) pt, not \(range.lowerBound)–\(range.upperBound)"
        )
      }
    }
    // Page.
    if abs(pageWidthMM - 210) > 1 || abs(pageHeightMM - 297) > 1 {
      fail("the page is \(pageWidthMM) × \(pageHeightMM) mm, not A4 (210 × 297)")
    }
    let m = marginsMM
    if !(19.5...25.5).contains(m.top) { fail("top margin \(m.top) mm, not 20–25") }
    if !(19.5...25.5).contains(m.bottom) { fail("bottom margin \(m.bottom) mm, not 20–25") }
    if !(29.5...35.5).contains(m.left) { fail("left margin \(m.left) mm, not 30–35") }
    if !(14.5...20.5).contains(m.right) { fail("right margin \(m.right) mm, not 15–20") }
    let used = (headerLeft + headerRight + body + recipients + signature).reduce(into: fontNames) {
      $0.formUnion($1.fonts)
    }
    let others = used.subtracting(["Times New Roman"])
    if !others.isEmpty { fail("text uses fonts other than Times New Roman: \(others.sorted())") }
    if !pageNumberFromPageTwo {
      fail("no page number in the header of page 2 on, or one on page 1")
    }

    // Header table.
    guard
      let national = headerRight.first(where: { $0.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" })
    else {
      return fail("the header's right column has no Quốc hiệu")
    }
    within(national, 12...13, "the Quốc hiệu")
    if !national.allBold { fail("the Quốc hiệu is not bold") }
    guard let motto = headerRight.first(where: { $0.text == "Độc lập - Tự do - Hạnh phúc" }) else {
      return fail("the header has no Tiêu ngữ")
    }
    within(motto, 13...14, "the Tiêu ngữ")
    if !motto.allBold { fail("the Tiêu ngữ is not bold") }
    guard let date = headerRight.first(where: { $0.text.contains(", ngày") }) else {
      return fail("the header has no place and date")
    }
    within(date, 13...14, "the place and date")
    if !date.allItalic { fail("the place and date “\(date.text)” is not italic") }
    guard let number = headerLeft.firstIndex(where: { $0.text.hasPrefix("Số:") }) else {
      return fail("the header has no “Số:” line")
    }
    within(headerLeft[number], 12...13, "the “Số:” line")
    if headerLeft[number].anyBold || headerLeft[number].allItalic {
      fail("“Số:” is not upright regular")
    }
    let bodies = headerLeft[..<number].filter { !$0.text.isEmpty }
    if bodies.isEmpty { fail("the header has no issuing body") }
    for b in bodies {
      within(b, 12...13, "the governing or issuing body")
      if b.text != b.text.uppercased() { fail("“\(b.text)” in the header is not in capitals") }
    }
    if let issuer = bodies.last, !issuer.allBold {
      fail("the issuing body “\(issuer.text)” is not bold")
    }
    if bodies.count > 1, bodies.dropLast().contains(where: { $0.anyBold }) {
      fail("the governing body is bold")
    }
    if let vv = headerLeft[(number + 1)...].first(where: { $0.text.hasPrefix("V/v") }) {
      within(vv, 12...13, "the “V/v” summary")
      if vv.anyBold || vv.allItalic { fail("the “V/v” summary is not upright regular") }
    }

    // Type name and summary (a Công văn has neither).
    let texts = body.filter { !$0.text.isEmpty }
    if let type = texts.first, type.text == type.text.uppercased(), !type.text.hasPrefix("KÍNH GỬI")
    {
      within(type, 13...14, "the type name")
      if !type.allBold { fail("the type name “\(type.text)” is not bold") }
      if type.alignment != "center" { fail("the type name is not centred") }
      if texts.count > 1 {
        within(texts[1], 13...14, "the summary")
        if !texts[1].allBold { fail("the summary “\(texts[1].text)” is not bold") }
      }
    }
    // Body: justified, first-line indent, 13–14.
    let bodyParagraphs = texts.filter { $0.alignment == "justify" }
    if bodyParagraphs.count < 3 { fail("fewer than 3 justified body paragraphs") }
    for p in bodyParagraphs {
      within(p, 13...14, "the body paragraph")
      guard let indent = p.firstLineIndentMM, (9.5...13).contains(indent) else {
        fail(
          "the body paragraph “\(p.text.prefix(40))…” has a first-line indent of \(p.firstLineIndentMM.map { "\($0) mm" } ?? "none"), not 1–1,27 cm"
        )
        continue
      }
    }
    // Nơi nhận and signature.
    guard let title = recipients.first(where: { $0.text.hasPrefix("Nơi nhận:") }) else {
      return fail("no “Nơi nhận:”")
    }
    within(title, 12...12, "“Nơi nhận:”")
    if !title.allBold || !title.allItalic { fail("“Nơi nhận:” is not bold italic") }
    let items = recipients.filter { $0.text.hasPrefix("- ") }
    if items.isEmpty { fail("no recipients under “Nơi nhận:”") }
    for r in items { within(r, 11...11, "the recipient") }
    if let last = items.last, !(last.text.hasPrefix("- Lưu:") && last.text.hasSuffix(".")) {
      fail("the last recipient “\(last.text)” is not “- Lưu: …”")
    }
    let authority = signature.filter { !$0.text.isEmpty && $0.text == $0.text.uppercased() }
    if authority.isEmpty { fail("no signature title") }
    for s in signature where !s.text.isEmpty {
      within(s, 13...14, "the signature line")
      if !s.allBold { fail("the signature line “\(s.text)” is not bold") }
    }
  }
}

// MARK: - DOCX

/// Reads a rendered DOCX: styles resolved through basedOn and docDefaults.
struct DocxLayout {
  let name: String
  let document: XMLElementNode
  let styles: XMLElementNode
  let reader: PackageReader

  init(_ bytes: [UInt8], name: String) throws {
    self.name = name
    let reader = try PackageReader(bytes: bytes)
    self.reader = reader
    document = try Xml.part(reader, "word/document.xml", of: name)
    styles = try Xml.part(reader, "word/styles.xml", of: name)
  }

  struct RunProps {
    var size: Double?
    var bold: Bool?
    var italic: Bool?
    var font: String?
    mutating func apply(_ rPr: XMLElementNode?) {
      guard let rPr else { return }
      if let sz = rPr.child("w:sz")?.attribute("w:val"), let v = Double(sz) { size = v / 2 }
      if let b = rPr.child("w:b") { bold = Xml.on(b) }
      if let i = rPr.child("w:i") { italic = Xml.on(i) }
      if let f = rPr.child("w:rFonts")?.attribute("w:ascii") { font = f }
    }
  }

  func style(_ id: String) -> XMLElementNode? {
    styles.elementChildren.first { $0.name == "w:style" && $0.attribute("w:styleId") == id }
  }

  /// Run properties of a paragraph style, defaults and basedOn chain applied.
  func styleRunProps(_ id: String?) -> RunProps {
    var props = RunProps()
    props.apply(styles.child("w:docDefaults")?.child("w:rPrDefault")?.child("w:rPr"))
    var chain: [XMLElementNode] = []
    var next = id ?? "Normal"
    while let s = style(next), !chain.contains(where: { $0 === s }) {
      chain.insert(s, at: 0)
      guard let base = s.child("w:basedOn")?.attribute("w:val") else { break }
      next = base
    }
    for s in chain { props.apply(s.child("w:rPr")) }
    return props
  }

  func styleParagraphProp(_ id: String?, _ get: (XMLElementNode) -> String?) -> String? {
    var next = id
    var seen = 0
    while let n = next, let s = style(n), seen < 10 {
      if let pPr = s.child("w:pPr"), let v = get(pPr) { return v }
      next = s.child("w:basedOn")?.attribute("w:val")
      seen += 1
    }
    return nil
  }

  func paragraph(_ p: XMLElementNode) -> LaidOutParagraph {
    let pPr = p.child("w:pPr")
    let styleID = pPr?.child("w:pStyle")?.attribute("w:val")
    let base = styleRunProps(styleID)
    var text = ""
    var out = LaidOutParagraph(
      text: "", sizes: [], allBold: true, allItalic: true, anyBold: false, alignment: nil,
      firstLineIndentMM: nil, fonts: [])
    var visible = false
    for r in p.descendants(named: "w:r") {
      let t = r.descendants(named: "w:t").map(\.text).joined()
      text += t
      guard !t.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
      visible = true
      var props = base
      props.apply(r.child("w:rPr"))
      if let s = props.size { out.sizes.insert(s) }
      out.allBold = out.allBold && (props.bold ?? false)
      out.anyBold = out.anyBold || (props.bold ?? false)
      out.allItalic = out.allItalic && (props.italic ?? false)
      if let f = props.font { out.fonts.insert(f) }
    }
    if !visible {
      out.allBold = false
      out.allItalic = false
    }
    out.text = text.trimmingCharacters(in: .whitespaces)
    let jc =
      pPr?.child("w:jc")?.attribute("w:val")
      ?? styleParagraphProp(styleID) { $0.child("w:jc")?.attribute("w:val") }
    out.alignment = jc == "both" ? "justify" : jc
    let indent =
      pPr?.child("w:ind")?.attribute("w:firstLine")
      ?? styleParagraphProp(styleID) { $0.child("w:ind")?.attribute("w:firstLine") }
    out.firstLineIndentMM = indent.flatMap(Double.init).map { $0 / 1440 * 25.4 }
    return out
  }

  func check() throws {
    guard let body = document.child("w:body"), let sectPr = body.child("w:sectPr") else {
      throw SeedError("\(name): no body or section properties")
    }
    func mm(_ twips: String?) -> Double { (twips.flatMap(Double.init) ?? 0) / 1440 * 25.4 }
    let size = sectPr.child("w:pgSz")
    let margins = sectPr.child("w:pgMar")
    let tables = body.elementChildren.filter { $0.name == "w:tbl" }
    guard let header = tables.first,
      let signatureTable = tables.first(where: { t in
        t.descendants(named: "w:t").contains { $0.text.hasPrefix("Nơi nhận") }
      })
    else { throw SeedError("\(name): no header table or no “Nơi nhận” table") }
    func column(_ table: XMLElementNode, _ index: Int) -> [LaidOutParagraph] {
      table.elementChildren.filter { $0.name == "w:tr" }.flatMap { row -> [LaidOutParagraph] in
        let cells = row.elementChildren.filter { $0.name == "w:tc" }
        guard index < cells.count else { return [] }
        return cells[index].descendants(named: "w:p").map(paragraph)
      }
    }
    // Page number: a PAGE field in the default header, none in the first
    // page's header, and a title page set.
    var pageNumber = sectPr.child("w:titlePg").map(Xml.on) ?? false
    for ref in sectPr.elementChildren where ref.name == "w:headerReference" {
      guard let id = ref.attribute("r:id"), let target = relationshipTarget(id) else { continue }
      let xml = try XMLPart.parse(
        reader.data(of: reader.entry(named: "word/" + target)!), name: target
      ).root
      let hasPage =
        xml.descendants(named: "w:instrText").contains { $0.text.contains("PAGE") }
        || xml.descendants(named: "w:fldSimple").contains {
          ($0.attribute("w:instr") ?? "").contains("PAGE")
        }
      switch ref.attribute("w:type") {
      case "default": pageNumber = pageNumber && hasPage
      case "first": pageNumber = pageNumber && !hasPage
      default: break
      }
    }
    // Fonts of the text itself (styles of the default template that no
    // paragraph uses, such as Word's "Macro Text", do not count).
    let fonts = Set<String>()
    let layout = LaidOutDocument(
      name: name, pageWidthMM: mm(size?.attribute("w:w")), pageHeightMM: mm(size?.attribute("w:h")),
      marginsMM: (
        mm(margins?.attribute("w:top")), mm(margins?.attribute("w:bottom")),
        mm(margins?.attribute("w:left")),
        mm(margins?.attribute("w:right"))
      ),
      headerLeft: column(header, 0), headerRight: column(header, 1),
      body: body.elementChildren.filter { $0.name == "w:p" }.map(paragraph),
      recipients: column(signatureTable, 0), signature: column(signatureTable, 1),
      pageNumberFromPageTwo: pageNumber, fontNames: fonts)
    layout.check()
  }

  func relationshipTarget(_ id: String) -> String? {
    guard let e = reader.entry(named: "word/_rels/document.xml.rels"),
      let rels = try? XMLPart.parse(reader.data(of: e), name: "rels").root
    else { return nil }
    return rels.elementChildren.first { $0.attribute("Id") == id }?.attribute("Target")
  }
}

// MARK: - ODT

/// Reads a rendered ODT: automatic styles (content.xml) over named styles
/// (styles.xml) over the default style.
struct OdtLayout {
  let name: String
  let content: XMLElementNode
  let styles: XMLElementNode
  var byName: [String: XMLElementNode] = [:]

  init(_ bytes: [UInt8], name: String) throws {
    self.name = name
    let reader = try PackageReader(bytes: bytes)
    content = try Xml.part(reader, "content.xml", of: name)
    styles = try Xml.part(reader, "styles.xml", of: name)
    for root in [styles, content] {
      for s in root.descendants(named: "style:style") {
        if let n = s.attribute("style:name") {
          byName[(s.attribute("style:family") ?? "") + ":" + n] = s
        }
      }
    }
  }

  /// A property of a style's text or paragraph properties, through its parents.
  func property(_ family: String, _ name: String?, _ element: String, _ attribute: String)
    -> String?
  {
    var next = name
    var seen = 0
    while let n = next, let s = byName[family + ":" + n], seen < 12 {
      if let v = s.child(element)?.attribute(attribute) { return v }
      next = s.attribute("style:parent-style-name")
      seen += 1
    }
    let defaults = styles.descendants(named: "style:default-style").first {
      $0.attribute("style:family") == family
    }
    return defaults?.child(element)?.attribute(attribute)
  }

  func paragraph(_ p: XMLElementNode) -> LaidOutParagraph {
    let pStyle = p.attribute("text:style-name")
    var out = LaidOutParagraph(
      text: "", sizes: [], allBold: true, allItalic: true, anyBold: false, alignment: nil,
      firstLineIndentMM: nil, fonts: [])
    var visible = false
    // Text pieces with the span style that holds them.
    func walk(_ node: XMLElementNode, _ span: String?) {
      for child in node.children {
        if let t = child as? XMLTextNode {
          out.text += t.text
          guard !t.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
          visible = true
          func text(_ a: String) -> String? {
            (span.flatMap { property("text", $0, "style:text-properties", a) })
              ?? property("paragraph", pStyle, "style:text-properties", a)
          }
          if let size = text("fo:font-size").flatMap(Xml.points) { out.sizes.insert(size) }
          let bold = text("fo:font-weight") == "bold"
          out.allBold = out.allBold && bold
          out.anyBold = out.anyBold || bold
          out.allItalic = out.allItalic && text("fo:font-style") == "italic"
          if let f = text("style:font-name") { out.fonts.insert(f) }
        } else if let e = child as? XMLElementNode {
          if e.name == "text:s" { out.text += " " }
          walk(e, e.name == "text:span" ? (e.attribute("text:style-name") ?? span) : span)
        }
      }
    }
    walk(p, nil)
    if !visible {
      out.allBold = false
      out.allItalic = false
    }
    out.text = out.text.trimmingCharacters(in: .whitespaces)
    let align = property("paragraph", pStyle, "style:paragraph-properties", "fo:text-align")
    out.alignment = align == "justify" ? "justify" : (align == "start" ? "left" : align)
    out.firstLineIndentMM = property(
      "paragraph", pStyle, "style:paragraph-properties", "fo:text-indent"
    )
    .flatMap(Xml.millimetres)
    return out
  }

  func check() throws {
    guard let text = content.descendants(named: "office:text").first else {
      throw SeedError("\(name): no office:text")
    }
    let tables = text.elementChildren.filter { $0.name == "table:table" }
    guard let header = tables.first,
      let signatureTable = tables.first(where: { t in
        t.descendants(named: "text:p").contains { paragraph($0).text.hasPrefix("Nơi nhận") }
      })
    else { throw SeedError("\(name): no header table or no “Nơi nhận” table") }
    func column(_ table: XMLElementNode, _ index: Int) -> [LaidOutParagraph] {
      table.descendants(named: "table:table-row").flatMap { row -> [LaidOutParagraph] in
        let cells = row.elementChildren.filter { $0.name == "table:table-cell" }
        guard index < cells.count else { return [] }
        return cells[index].descendants(named: "text:p").map(paragraph)
      }
    }
    // The page layout of the master page the first paragraph starts; the
    // body's top is the page margin plus the header's height.
    let masters = styles.descendants(named: "style:master-page")
    let firstStyle =
      text.descendants(named: "text:p").first.flatMap { $0.attribute("text:style-name") }
      ?? header.attribute("table:style-name")
    let firstMasterName =
      [("paragraph", firstStyle), ("table", header.attribute("table:style-name"))]
      .compactMap { family, n in
        n.flatMap { byName[family + ":" + $0]?.attribute("style:master-page-name") }
      }
      .first { !$0.isEmpty } ?? "Standard"
    guard let first = masters.first(where: { $0.attribute("style:name") == firstMasterName }) else {
      throw SeedError("\(name): no master page \(firstMasterName)")
    }
    let laterName = first.attribute("style:next-style-name") ?? firstMasterName
    let later = masters.first { $0.attribute("style:name") == laterName } ?? first
    func hasPageNumber(_ master: XMLElementNode) -> Bool {
      master.child("style:header").map { !$0.descendants(named: "text:page-number").isEmpty }
        ?? false
    }
    let pageNumber = !hasPageNumber(first) && hasPageNumber(later)
    let layoutName = later.attribute("style:page-layout-name")
    guard
      let pageLayout = styles.descendants(named: "style:page-layout").first(where: {
        $0.attribute("style:name") == layoutName
      }),
      let page = pageLayout.child("style:page-layout-properties")
    else { throw SeedError("\(name): no page layout") }
    func mm(_ a: String, _ e: XMLElementNode? = nil) -> Double {
      (e ?? page).attribute(a).flatMap(Xml.millimetres) ?? 0
    }
    let headerHeight =
      later.child("style:header") == nil
      ? 0
      : pageLayout.child("style:header-style")?.child("style:header-footer-properties").map {
        mm("fo:min-height", $0)
      } ?? 0
    let footerHeight =
      later.child("style:footer") == nil
      ? 0
      : pageLayout.child("style:footer-style")?.child("style:header-footer-properties").map {
        mm("fo:min-height", $0)
      } ?? 0
    let fonts = Set<String>()
    let layout = LaidOutDocument(
      name: name, pageWidthMM: mm("fo:page-width"), pageHeightMM: mm("fo:page-height"),
      marginsMM: (
        mm("fo:margin-top") + headerHeight, mm("fo:margin-bottom") + footerHeight,
        mm("fo:margin-left"),
        mm("fo:margin-right")
      ),
      headerLeft: column(header, 0), headerRight: column(header, 1),
      body: text.elementChildren.filter { $0.name == "text:p" }.map(paragraph),
      recipients: column(signatureTable, 0), signature: column(signatureTable, 1),
      pageNumberFromPageTwo: pageNumber,
      fontNames: fonts)
    layout.check()
  }
}

// MARK: - XML helpers

enum Xml {
  /// The root element of a part of the package.
  static func part(_ reader: PackageReader, _ part: String, of name: String) throws
    -> XMLElementNode
  {
    guard let e = reader.entry(named: part) else { throw SeedError("\(name) has no \(part)") }
    return try XMLPart.parse(reader.data(of: e), name: part).root
  }

  /// A Word toggle (`<w:b/>`, `<w:b w:val="0"/>`).
  static func on(_ e: XMLElementNode) -> Bool {
    guard let v = e.attribute("w:val") else { return true }
    return !["0", "false", "off"].contains(v)
  }

  /// "14pt", "0.5in", "1.27cm", "12.7mm" in millimetres.
  static func millimetres(_ s: String) -> Double? {
    for (unit, factor) in [("mm", 1.0), ("cm", 10.0), ("in", 25.4), ("pt", 25.4 / 72)]
    where s.hasSuffix(unit) {
      return Double(s.dropLast(unit.count)).map { $0 * factor }
    }
    return nil
  }

  static func points(_ s: String) -> Double? {
    if s.hasSuffix("pt") { return Double(s.dropLast(2)) }
    return millimetres(s).map { $0 / 25.4 * 72 }
  }
}

extension XMLElementNode {
  func child(_ name: String) -> XMLElementNode? { elementChildren.first { $0.name == name } }

  func descendants(named name: String) -> [XMLElementNode] {
    var out: [XMLElementNode] = []
    func walk(_ e: XMLElementNode) {
      for c in e.elementChildren {
        if c.name == name { out.append(c) }
        walk(c)
      }
    }
    walk(self)
    return out
  }

  /// The text of the element's text nodes (for w:t, w:instrText).
  var text: String {
    children.compactMap { ($0 as? XMLTextNode)?.text }.joined()
  }
}
