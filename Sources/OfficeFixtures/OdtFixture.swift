/// Builds small but complete .odt packages from ODF snippets, for tests and benchmarks.
///
/// The package keeps the ODF rules: `mimetype` first and stored, a manifest
/// listing every part. Output is byte-identical for identical input.
public enum OdtFixture {
  /// Namespace declarations LibreOffice puts on its root elements.
  public static let namespaceDeclarations =
    #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#
    + #"xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" "#
    + #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#
    + #"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#
    + #"xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" "#
    + #"xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" "#
    + #"xmlns:xlink="http://www.w3.org/1999/xlink" "#
    + #"xmlns:dc="http://purl.org/dc/elements/1.1/" "#
    + #"xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" "#
    + #"xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" "#
    + #"xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" "#
    + #"xmlns:officeooo="http://openoffice.org/2009/office" "#
    + #"xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0""#

  public static let mediaType = "application/vnd.oasis.opendocument.text"

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

  /// A complete, valid .odt.
  ///
  /// - Parameters:
  ///   - body: inner XML of `<office:text>` in `content.xml`.
  ///   - header: inner XML of `<style:header>` of the master page "Standard".
  ///   - footer: inner XML of `<style:footer>` of that master page.
  ///   - title: plain text for `dc:title` in `meta.xml`.
  ///   - automaticStyles: inner XML of `<office:automatic-styles>` in `content.xml`.
  public static func make(
    body: String, header: String? = nil, footer: String? = nil, title: String? = nil,
    automaticStyles: String = ""
  ) -> [UInt8] {
    FixturePackage.zip([
      ("mimetype", mediaType, true),
      ("content.xml", content(body: body, automaticStyles: automaticStyles), false),
      ("styles.xml", styles(header: header, footer: footer), false),
      ("meta.xml", meta(title: title), false),
      ("META-INF/manifest.xml", manifest, false),
    ])
  }

  private static let fontFaces =
    "<office:font-face-decls>"
    + #"<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" "#
    + #"style:font-family-generic="roman" style:font-pitch="variable"/>"#
    + "</office:font-face-decls>"

  private static func content(body: String, automaticStyles: String) -> String {
    declaration + #"<office:document-content \#(namespaceDeclarations) office:version="1.3">"#
      + fontFaces
      + "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
      + "<office:body><office:text>" + body + "</office:text></office:body>"
      + "</office:document-content>"
  }

  /// A4 with the margins of Decree 30/2020; Liberation Serif 14 pt, Vietnamese.
  private static func styles(header: String?, footer: String?) -> String {
    declaration + #"<office:document-styles \#(namespaceDeclarations) office:version="1.3">"#
      + fontFaces
      + "<office:styles>"
      + #"<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" "#
      + #"fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style>"#
      + #"<style:style style:name="Standard" style:family="paragraph" style:class="text"/>"#
      + #"<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>"#
      + #"<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>"#
      + "</office:styles>"
      + #"<office:automatic-styles><style:page-layout style:name="pm1">"#
      + #"<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" "#
      + #"style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" "#
      + #"fo:margin-left="3cm" fo:margin-right="1.5cm"/>"#
      + #"<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>"#
      + #"<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>"#
      + "</style:page-layout></office:automatic-styles>"
      + #"<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">"#
      + (header.map { "<style:header>" + $0 + "</style:header>" } ?? "")
      + (footer.map { "<style:footer>" + $0 + "</style:footer>" } ?? "")
      + "</style:master-page></office:master-styles>"
      + "</office:document-styles>"
  }

  private static func meta(title: String?) -> String {
    declaration
      + #"<office:document-meta \#(namespaceDeclarations) office:version="1.3"><office:meta>"#
      + "<meta:generator>vanban fixtures</meta:generator>"
      + (title.map { "<dc:title>" + FixturePackage.escaped($0) + "</dc:title>" } ?? "")
      + "</office:meta></office:document-meta>"
  }

  private static let manifest =
    declaration
    + #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">"#
    + #"<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="\#(mediaType)"/>"#
    + #"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#
    + #"<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>"#
    + #"<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>"#
    + "</manifest:manifest>"
}
