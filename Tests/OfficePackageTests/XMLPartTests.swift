import Dispatch
import Foundation
import OfficePackage
import XCTest

/// Parsing untrusted parts into a tree and writing them back unchanged.
final class XMLPartTests: XCTestCase {
  private func roundTrip(_ xml: String) throws -> String {
    let part = try XMLPart.parse(Array(xml.utf8), name: "word/document.xml")
    return String(decoding: part.serialized(), as: UTF8.self)
  }

  func testAWordDocumentFragmentIsWrittenBackByteForByte() throws {
    let word =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
      + #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#
      + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">"#
      + "<w:body><!-- kế hoạch --><w:p w:rsidR=\"00AB12CD\"><w:r><w:rPr><w:b/></w:rPr>"
      + #"<w:t xml:space="preserve"> Xin chào &amp; &lt;tạm biệt&gt; </w:t></w:r><w:r><w:t> </w:t></w:r>"#
      + "</w:p>\n  <?mso-application progid=\"Word.Document\"?></w:body></w:document>"

    XCTAssertEqual(try roundTrip(word), word)
  }

  func testNamespacesAttributesAndWhitespaceTextArePresentInTheTree() throws {
    let xml =
      #"<w:p xmlns:w="urn:w" w:rsidR="1"><w:r><w:t xml:space="preserve"> </w:t></w:r></w:p>"#
    let root = try XMLPart.parse(Array(xml.utf8), name: "p.xml").root

    XCTAssertEqual(root.name, "w:p")
    XCTAssertEqual(
      root.attributes,
      [XMLAttribute(name: "xmlns:w", value: "urn:w"), XMLAttribute(name: "w:rsidR", value: "1")])
    let text = root.elementChildren[0].elementChildren[0]
    XCTAssertEqual(text.attribute("xml:space"), "preserve")
    XCTAssertEqual((text.children[0] as? XMLTextNode)?.text, " ")
    XCTAssertTrue(text.parent === root.elementChildren[0])
  }

  func testAttributeValuesAreUnescapedAndEscapedAgain() throws {
    let xml = #"<a v="x &amp; y &lt; &quot;q&quot; &#10;&#9;z" w="&apos;"/>"#
    let part = try XMLPart.parse(Array(xml.utf8), name: "a.xml")

    XCTAssertEqual(part.root.attribute("v"), "x & y < \"q\" \n\tz")
    XCTAssertEqual(part.root.attribute("w"), "'")
    XCTAssertEqual(
      String(decoding: part.serialized(), as: UTF8.self),
      #"<a v="x &amp; y &lt; &quot;q&quot; &#10;&#9;z" w="'"/>"#)
  }

  func testACDATASectionBecomesEscapedText() throws {
    XCTAssertEqual(try roundTrip("<a><![CDATA[1 < 2 & 3]]></a>"), "<a>1 &lt; 2 &amp; 3</a>")
  }

  func testEmptyElementsAreWrittenSelfClosing() throws {
    XCTAssertEqual(try roundTrip("<a><b></b><c /></a>"), "<a><b/><c/></a>")
  }

  func testAPartWithoutDeclarationIsWrittenWithoutOne() throws {
    let part = try XMLPart.parse(Array("<a/>".utf8), name: "a.xml")

    XCTAssertNil(part.declaration)
    XCTAssertEqual(part.serialized(), Array("<a/>".utf8))
  }

  func testLibreOfficesDeclarationAndLineFeedAreKept() throws {
    let xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:o\"/>"
    let part = try XMLPart.parse(Array(xml.utf8), name: "content.xml")

    XCTAssertEqual(part.declaration, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    XCTAssertEqual(String(decoding: part.serialized(), as: UTF8.self), xml)
  }

  func testAPartInAnotherEncodingIsWrittenBackAsUTF8() throws {
    let latin1: [UInt8] =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8) + [0xE9]
      + Array("</a>".utf8)

    XCTAssertEqual(
      String(decoding: try XMLPart.parse(latin1, name: "a.xml").serialized(), as: UTF8.self),
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>café</a>")
  }

  func testADoctypeIsRejected() {
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document>\n<w:document/>"

    XCTAssertThrowsError(try XMLPart.parse(Array(xml.utf8), name: "word/document.xml")) { error in
      let error = error as? PackageError
      XCTAssertEqual(error?.part, "word/document.xml")
      XCTAssertEqual(error?.line, 2)
      XCTAssertEqual(
        error?.message,
        "the part contains a DOCTYPE declaration, which no Office part needs; the file may be "
          + "crafted — re-save it from Word or LibreOffice")
    }
  }

  func testNestingPastLibxml2sDepthLimitIsExplainedInTheAuthorsTerms() {
    let xml = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)

    XCTAssertThrowsError(try XMLPart.parse(Array(xml.utf8), name: "word/document.xml")) { error in
      let message = (error as? PackageError)?.message ?? "\(error)"
      XCTAssertTrue(message.hasPrefix("its elements are nested more than 256 deep"), message)
      XCTAssertFalse(message.contains("XML_PARSE_HUGE"), message)
    }
  }

  func testABillionLaughsDocumentIsRejectedWithoutExpandingAnything() {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    xml += "]>\n<lolz>&lol9;</lolz>"

    let started = ContinuousClock.now
    XCTAssertThrowsError(try XMLPart.parse(Array(xml.utf8), name: "word/document.xml")) { error in
      XCTAssertTrue("\(error)".contains("DOCTYPE"), "\(error)")
    }
    XCTAssertLessThan(ContinuousClock.now - started, .milliseconds(100))
  }

  func testAnExternalEntityIsNeverRead() {
    let xml = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>"

    XCTAssertThrowsError(try XMLPart.parse(Array(xml.utf8), name: "a.xml")) { error in
      XCTAssertTrue("\(error)".contains("DOCTYPE"), "\(error)")
    }
  }

  func testAnUndeclaredEntityIsAnErrorNotText() {
    XCTAssertThrowsError(try XMLPart.parse(Array("<a>&nbsp;</a>".utf8), name: "a.xml")) { error in
      XCTAssertTrue("\(error)".contains("Entity 'nbsp' not defined"), "\(error)")
    }
  }

  func testMalformedXMLIsReportedWithPartLineAndColumn() {
    let xml = "<w:p xmlns:w=\"urn:w\">\n  <w:r></w:t>\n</w:p>"

    XCTAssertThrowsError(try XMLPart.parse(Array(xml.utf8), name: "word/document.xml")) { error in
      let error = error as? PackageError
      XCTAssertEqual(error?.part, "word/document.xml")
      XCTAssertEqual(error?.line, 2)
      XCTAssertEqual(error?.column, 14)
      XCTAssertTrue(
        error?.message.contains("Opening and ending tag mismatch: r line 2 and t") == true,
        error?.message ?? "")
    }
  }

  func testAnUndeclaredNamespacePrefixIsAnError() {
    XCTAssertThrowsError(try XMLPart.parse(Array("<w:p/>".utf8), name: "a.xml")) { error in
      XCTAssertTrue("\(error)".contains("Namespace prefix w on p is not defined"), "\(error)")
    }
  }

  func testParseErrorsAreNotPrintedToStandardError() throws {
    let captured = try captureStandardError {
      _ = try? XMLPart.parse(Array("<a><b></a>".utf8), name: "a.xml")
      _ = try? XMLPart.parse(Array("<!DOCTYPE a><a/>".utf8), name: "a.xml")
    }

    XCTAssertEqual(captured, "")
  }

  func testPartsCanBeParsedOnManyThreadsAtOnceEachWithItsOwnError() {
    let results = LockedSlots<String>(count: 32)
    DispatchQueue.concurrentPerform(iterations: 32) { index in
      let xml = index.isMultiple(of: 2) ? "<a>\(index)</a>" : "<a>\n\(index)</b>"
      do throws(PackageError) {
        let part = try XMLPart.parse(Array(xml.utf8), name: "part\(index).xml")
        results.set(index, String(decoding: part.serialized(), as: UTF8.self))
      } catch {
        results.set(index, "\(error.part ?? ""):\(error.line ?? 0)")
      }
    }

    for index in 0..<32 {
      let expected = index.isMultiple(of: 2) ? "<a>\(index)</a>" : "part\(index).xml:2"
      XCTAssertEqual(results.get(index), expected)
    }
  }

  func testErrorsDescribeThemselvesAsPartLineColumnMessage() {
    XCTAssertEqual(
      PackageError(part: "word/document.xml", line: 2, column: 14, message: "broken").description,
      "word/document.xml:2:14: broken")
    XCTAssertEqual(PackageError(part: "a.xml", message: "broken").description, "a.xml: broken")
    XCTAssertEqual(PackageError(message: "broken").description, "broken")
  }

  /// Runs `body` with file descriptor 2 redirected to a file; returns what was written.
  private func captureStandardError(_ body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stderr-\(UUID().uuidString)"
    ).path
    let file = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
    XCTAssertGreaterThanOrEqual(file, 0)
    defer { unlink(path) }
    let saved = dup(2)
    dup2(file, 2)
    defer {
      dup2(saved, 2)
      close(saved)
      close(file)
    }
    try body()
    return try String(contentsOfFile: path, encoding: .utf8)
  }
}
