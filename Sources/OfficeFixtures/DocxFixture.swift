import OfficePackage

/// Builds small, complete .docx packages from WordprocessingML snippets, for tests.
///
/// The caller controls the XML exactly (split runs, formatting, fields);
/// the fixture supplies everything around it that Word and LibreOffice
/// require: content types, relationships, styles, settings, properties and
/// an A4 section. Output is byte-identical for identical input.
public enum DocxFixture {
  /// Namespace declarations Word puts on its root elements (`w:document`,
  /// `w:hdr`, `w:ftr`, `w:footnotes`), including `mc:Ignorable`.
  public static let namespaceDeclarations =
    #"xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" "#
    + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#
    + #"xmlns:o="urn:schemas-microsoft-com:office:office" "#
    + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
    + #"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" "#
    + #"xmlns:v="urn:schemas-microsoft-com:vml" "#
    + #"xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" "#
    + #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#
    + #"xmlns:w10="urn:schemas-microsoft-com:office:word" "#
    + #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
    + #"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" "#
    + #"xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" "#
    + #"xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" "#
    + #"xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" "#
    + #"xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" "#
    + #"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#
    + #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#
    + #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" "#
    + #"mc:Ignorable="w14 w15 wp14""#

  /// Word's declaration, followed by CR LF as Word writes it.
  public static let declaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

  /// Relationship ids used in `word/_rels/document.xml.rels`, for snippets
  /// that refer to them.
  public static let headerRelationshipID = "rId3"
  public static let footerRelationshipID = "rId4"

  /// A complete, valid .docx whose `word/document.xml` body is `body`.
  ///
  /// - Parameters:
  ///   - body: inner XML of `<w:body>`, without the final `w:sectPr` (an A4
  ///     one is added, referring to the header and footer when given).
  ///   - header: inner XML of `<w:hdr>` in `word/header1.xml`.
  ///   - footer: inner XML of `<w:ftr>` in `word/footer1.xml`.
  ///   - footnotes: inner XML of each `<w:footnote>`, with ids 1…n, after the
  ///     separator footnotes -1 and 0 that Word always writes.
  ///   - coreTitle: plain text for `dc:title` in `docProps/core.xml`.
  ///   - styles: whether to include `word/styles.xml`.
  public static func make(
    body: String, header: String? = nil, footer: String? = nil, footnotes: [String] = [],
    coreTitle: String? = nil, styles: Bool = true
  ) -> [UInt8] {
    var entries: [(name: String, content: String, stored: Bool)] = [
      (
        "[Content_Types].xml",
        contentTypes(
          header: header != nil, footer: footer != nil, footnotes: !footnotes.isEmpty,
          styles: styles), false
      ),
      ("_rels/.rels", packageRelationships, false),
      ("docProps/core.xml", coreProperties(title: coreTitle), false),
      ("docProps/app.xml", appProperties, false),
      (
        "word/document.xml", document(body: body, header: header != nil, footer: footer != nil),
        false
      ),
      (
        "word/_rels/document.xml.rels",
        documentRelationships(
          header: header != nil, footer: footer != nil, footnotes: !footnotes.isEmpty,
          styles: styles), false
      ),
      ("word/settings.xml", settings(footnotes: !footnotes.isEmpty), false),
    ]
    if styles { entries.append(("word/styles.xml", stylesPart, false)) }
    if let header {
      entries.append(
        (
          "word/header1.xml", declaration + "<w:hdr \(namespaceDeclarations)>\(header)</w:hdr>",
          false
        ))
    }
    if let footer {
      entries.append(
        (
          "word/footer1.xml", declaration + "<w:ftr \(namespaceDeclarations)>\(footer)</w:ftr>",
          false
        ))
    }
    if !footnotes.isEmpty {
      entries.append(("word/footnotes.xml", footnotesPart(footnotes), false))
    }
    return FixturePackage.zip(entries)
  }

  private static func contentTypes(header: Bool, footer: Bool, footnotes: Bool, styles: Bool)
    -> String
  {
    let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    var overrides = [
      ("/word/document.xml", wordML + "document.main+xml"),
      ("/word/settings.xml", wordML + "settings+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
      (
        "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"
      ),
    ]
    if styles { overrides.append(("/word/styles.xml", wordML + "styles+xml")) }
    if header { overrides.append(("/word/header1.xml", wordML + "header+xml")) }
    if footer { overrides.append(("/word/footer1.xml", wordML + "footer+xml")) }
    if footnotes { overrides.append(("/word/footnotes.xml", wordML + "footnotes+xml")) }
    return declaration
      + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + overrides.map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
      + "</Types>"
  }

  private static let packageRelationships =
    declaration
    + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
    + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
    + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
    + "</Relationships>"

  private static func documentRelationships(
    header: Bool, footer: Bool, footnotes: Bool, styles: Bool
  ) -> String {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    var relationships = [("rId2", "settings", "settings.xml")]
    if styles { relationships.insert(("rId1", "styles", "styles.xml"), at: 0) }
    if header { relationships.append((headerRelationshipID, "header", "header1.xml")) }
    if footer { relationships.append((footerRelationshipID, "footer", "footer1.xml")) }
    if footnotes { relationships.append(("rId5", "footnotes", "footnotes.xml")) }
    return declaration
      + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
      + relationships.map {
        #"<Relationship Id="\#($0.0)" Type="\#(base)\#($0.1)" Target="\#($0.2)"/>"#
      }.joined()
      + "</Relationships>"
  }

  private static func document(body: String, header: Bool, footer: Bool) -> String {
    var section = "<w:sectPr>"
    if header {
      section += #"<w:headerReference w:type="default" r:id="\#(headerRelationshipID)"/>"#
    }
    if footer {
      section += #"<w:footerReference w:type="default" r:id="\#(footerRelationshipID)"/>"#
    }
    // A4, with the margins of Decree 30/2020 (top 2 cm, bottom 2 cm, left 3 cm, right 1.5 cm).
    section +=
      #"<w:pgSz w:w="11906" w:h="16838"/>"#
      + #"<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>"#
      + #"<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>"#
    return declaration + "<w:document \(namespaceDeclarations)><w:body>" + body + section
      + "</w:body></w:document>"
  }

  private static func settings(footnotes: Bool) -> String {
    declaration + "<w:settings \(namespaceDeclarations)>"
      + #"<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#
      + (footnotes
        ? #"<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>"# : "")
      + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
      + "</w:settings>"
  }

  private static func footnotesPart(_ footnotes: [String]) -> String {
    let spacing = #"<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>"#
    var part =
      declaration + "<w:footnotes \(namespaceDeclarations)>"
      + #"<w:footnote w:type="separator" w:id="-1"><w:p>\#(spacing)<w:r><w:separator/></w:r></w:p></w:footnote>"#
      + #"<w:footnote w:type="continuationSeparator" w:id="0"><w:p>\#(spacing)<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
    for (offset, footnote) in footnotes.enumerated() {
      part += #"<w:footnote w:id="\#(offset + 1)">"# + footnote + "</w:footnote>"
    }
    return part + "</w:footnotes>"
  }

  private static func coreProperties(title: String?) -> String {
    declaration
      + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
      + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
      + #"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
      + (title.map { "<dc:title>" + FixturePackage.escaped($0) + "</dc:title>" } ?? "")
      + "<dc:creator>vanban</dc:creator></cp:coreProperties>"
  }

  private static let appProperties =
    declaration
    + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#
    + #"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
    + "<Application>vanban fixtures</Application></Properties>"

  /// Times New Roman 14 pt, Vietnamese, as administrative documents use;
  /// plus the few styles snippets commonly refer to.
  private static let stylesPart =
    declaration + "<w:styles \(namespaceDeclarations)>"
    + #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#
    + #"<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
    + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
    + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
    + #"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#
    + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
    + #"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"#
    + #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>"#
    + #"<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>"#
    + #"<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>"#
    + "</w:styles>"

  /// `package` with the `w:` prefix of `word/document.xml` renamed to `ns0:`,
  /// as Python's ElementTree writes a document it has rewritten.
  public static func renamingWordPrefix(of package: [UInt8]) throws -> [UInt8] {
    let reader = try PackageReader(bytes: package)
    var writer = PackageWriter(timestamp: .dosEpoch)
    for entry in reader.entries {
      var data = try reader.data(of: entry)
      if entry.name == "word/document.xml" {
        let renamed = String(decoding: data, as: UTF8.self)
          .replacing("<w:", with: "<ns0:").replacing("</w:", with: "</ns0:")
          .replacing(" w:", with: " ns0:").replacing("xmlns:w=", with: "xmlns:ns0=")
        data = Array(renamed.utf8)
      }
      writer.add(entry.name, data, level: .default)
    }
    return try writer.finish()
  }
}
