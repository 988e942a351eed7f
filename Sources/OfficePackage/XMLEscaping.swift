/// The byte-level primitives that write XML: tags, escaped text, escaped attribute values.
///
/// These are on the hot path of rendering, so they scan bytes and copy runs
/// that need no escaping in one go. Characters that XML 1.0 forbids (control
/// characters other than tab, line feed and carriage return, U+FFFE, U+FFFF)
/// are dropped rather than written: one stray control character in a data
/// value would otherwise make Word refuse the whole document.
public enum XMLEscaping {
  public static func appendStartTag(
    of element: XMLElementNode, selfClosing: Bool, to out: inout [UInt8]
  ) {
    out.append(UInt8(ascii: "<"))
    out.append(contentsOf: element.name.utf8)
    for attribute in element.attributes {
      out.append(UInt8(ascii: " "))
      out.append(contentsOf: attribute.name.utf8)
      out.append(UInt8(ascii: "="))
      out.append(UInt8(ascii: "\""))
      appendAttributeValue(attribute.value, to: &out)
      out.append(UInt8(ascii: "\""))
    }
    if selfClosing { out.append(UInt8(ascii: "/")) }
    out.append(UInt8(ascii: ">"))
  }

  public static func appendEndTag(of element: XMLElementNode, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "<"))
    out.append(UInt8(ascii: "/"))
    out.append(contentsOf: element.name.utf8)
    out.append(UInt8(ascii: ">"))
  }

  /// Escapes `&`, `<`, `>` (and a carriage return as `&#13;`, which a parser
  /// would otherwise turn into a line feed).
  public static func appendText(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendEscaped($0, inAttribute: false, to: &out) }
  }

  public static func appendText(_ text: Substring, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendEscaped($0, inAttribute: false, to: &out) }
  }

  /// Escapes `&`, `<`, `"`, and tab, line feed and carriage return as
  /// character references (a parser would turn them into spaces otherwise).
  public static func appendAttributeValue(_ value: String, to out: inout [UInt8]) {
    var value = value
    value.withUTF8 { appendEscaped($0, inAttribute: true, to: &out) }
  }

  @inline(__always)
  private static func appendEscaped(
    _ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to out: inout [UInt8]
  ) {
    var runStart = 0
    var position = 0
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      // Letters and all multi-byte UTF-8 except 0xEF need no attention.
      guard byte <= 0x3E || byte == 0xEF else {
        position += 1
        continue
      }
      // The empty replacement drops a character XML forbids.
      let replacement: StaticString
      var width = 1
      switch byte {
      case 0x26: replacement = "&amp;"
      case 0x3C: replacement = "&lt;"
      case 0x3E where !inAttribute: replacement = "&gt;"
      case 0x22 where inAttribute: replacement = "&quot;"
      case 0x0D: replacement = "&#13;"
      case 0x0A where inAttribute: replacement = "&#10;"
      case 0x09 where inAttribute: replacement = "&#9;"
      case 0x09, 0x0A:
        position += 1
        continue
      case 0x00..<0x20: replacement = ""
      case 0xEF:
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        guard position + 2 < count, bytes[position + 1] == 0xBF, bytes[position + 2] >= 0xBE
        else {
          position += 1
          continue
        }
        replacement = ""
        width = 3
      default:
        position += 1
        continue
      }
      if runStart < position {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
      }
      if replacement.utf8CodeUnitCount > 0 {
        out.append(
          contentsOf: UnsafeBufferPointer(
            start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
      }
      position += width
      runStart = position
    }
    if runStart < count {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
    }
  }
}
