import OfficePackage
import XCTest

/// Editing a tree keeps every node's parent right.
final class XMLElementNodeTests: XCTestCase {
  func testAppendingANodeTakesItOutOfItsOldParent() {
    let oldParent = XMLElementNode(name: "w:p")
    let newParent = XMLElementNode(name: "w:p")
    let run = XMLElementNode(name: "w:r")
    oldParent.append(run)
    newParent.append(run)

    XCTAssertTrue(oldParent.children.isEmpty)
    XCTAssertTrue(run.parent === newParent)
  }

  func testInsertPutsTheChildAtTheGivenPosition() {
    let paragraph = XMLElementNode(name: "w:p")
    let first = XMLElementNode(name: "w:r")
    let second = XMLElementNode(name: "w:r")
    paragraph.append(second)
    paragraph.insert(first, at: 0)

    XCTAssertEqual(paragraph.index(of: first), 0)
    XCTAssertEqual(paragraph.index(of: second), 1)
    XCTAssertTrue(first.parent === paragraph)
  }

  func testRemovingAChildClearsItsParent() {
    let paragraph = XMLElementNode(name: "w:p")
    let run = XMLElementNode(name: "w:r")
    paragraph.append(run)

    XCTAssertTrue(paragraph.remove(at: 0) === run)
    XCTAssertNil(run.parent)
  }

  func testReplacingAChildWithSeveralNodesAdoptsThemAndReleasesIt() {
    let paragraph = XMLElementNode(name: "w:p")
    let tag = XMLTextNode("{{ name }}")
    paragraph.append(XMLTextNode("A"))
    paragraph.append(tag)
    paragraph.append(XMLTextNode("C"))
    let replacements = [XMLTextNode("B1"), XMLTextNode("B2")]
    paragraph.replaceChild(at: 1, with: replacements)

    XCTAssertEqual(
      paragraph.children.compactMap { ($0 as? XMLTextNode)?.text }, ["A", "B1", "B2", "C"])
    XCTAssertNil(tag.parent)
    XCTAssertTrue(replacements.allSatisfy { $0.parent === paragraph })
  }

  func testSetAttributeChangesAnExistingValueInPlaceOrAppends() {
    let element = XMLElementNode(
      name: "w:sz",
      attributes: [XMLAttribute(name: "w:val", value: "24"), XMLAttribute(name: "x", value: "1")])
    element.setAttribute("w:val", "28")
    element.setAttribute("w:new", "y")

    XCTAssertEqual(element.attributes.map(\.name), ["w:val", "x", "w:new"])
    XCTAssertEqual(element.attribute("w:val"), "28")
  }

  func testElementChildrenSkipsTextAndMarkup() {
    let body = XMLElementNode(name: "w:body")
    body.append(XMLTextNode("\n"))
    body.append(XMLElementNode(name: "w:p"))
    body.append(XMLMarkupNode("<!-- x -->"))

    XCTAssertEqual(body.elementChildren.map(\.name), ["w:p"])
  }

  func testANodeOfAnotherModuleWritesItselfThroughAppendXML() {
    final class Placeholder: XMLNode {
      override func appendXML(to out: inout [UInt8]) { out.append(contentsOf: "@".utf8) }
    }
    let paragraph = XMLElementNode(name: "w:p")
    paragraph.append(Placeholder())
    var out: [UInt8] = []
    paragraph.appendXML(to: &out)

    XCTAssertEqual(String(decoding: out, as: UTF8.self), "<w:p>@</w:p>")
  }
}
