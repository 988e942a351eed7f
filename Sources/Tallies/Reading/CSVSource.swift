/// A CSV file's bytes turned into UTF-8 text, in the encoding its byte-order
/// mark announces, the one the user named, or UTF-8.
///
/// Bytes that are not UTF-8, when no encoding was named, are an error that
/// says what the file probably is and how to read it — never mojibake.
public struct CSVSource: Sendable {
  /// The name diagnostics give the file.
  public let name: String
  /// The text as UTF-8, without a byte-order mark. Cells are not yet NFC:
  /// Windows-1258 and text from macOS carry combining tone marks.
  public let utf8: [UInt8]
  /// The encoding the bytes were read in.
  public let encoding: TextEncoding
  /// Whether the file began with a byte-order mark.
  public let hadByteOrderMark: Bool

  /// Decodes `bytes`. `encoding` is the user's `--encoding`; a byte-order
  /// mark wins over it, because it cannot be wrong.
  public init(bytes: [UInt8], name: String, encoding named: TextEncoding? = nil)
    throws(DataDiagnostic)
  {
    self.name = name
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      (utf8, encoding, hadByteOrderMark) = (
        try Self.checkedUTF8(bytes[3...], name, false), .utf8, true
      )
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      (utf8, encoding, hadByteOrderMark) = (
        Self.utf16(bytes[2...], littleEndian: true), .utf16LittleEndian, true
      )
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      (utf8, encoding, hadByteOrderMark) = (
        Self.utf16(bytes[2...], littleEndian: false), .utf16BigEndian, true
      )
    } else {
      hadByteOrderMark = false
      switch named {
      case .utf16LittleEndian:
        (utf8, encoding) = (Self.utf16(bytes[...], littleEndian: true), .utf16LittleEndian)
      case .utf16BigEndian:
        (utf8, encoding) = (Self.utf16(bytes[...], littleEndian: false), .utf16BigEndian)
      case .windows1258:
        (utf8, encoding) = (Windows1258.decode(bytes[...]), .windows1258)
      case .utf8, nil:
        // Only the start is checked here, for a diagnosis of the whole
        // file; every cell text a loader reads is checked when it is first
        // seen (`TextTable`), which costs far less than checking 100 MB
        // twice. Numbers are read as ASCII digits.
        if let bad = Self.firstInvalidUTF8(bytes.prefix(Self.checkedPrefix)) {
          throw Self.notUTF8(bytes[...], at: bad, name: name, named: named != nil)
        }
        (utf8, encoding) = (bytes, .utf8)  // No copy.
      }
    }
  }

  /// How much of a file is checked for UTF-8 before its rows are read.
  static let checkedPrefix = 1 << 16

  private static func checkedUTF8(_ bytes: ArraySlice<UInt8>, _ name: String, _ named: Bool)
    throws(DataDiagnostic) -> [UInt8]
  {
    if let bad = firstInvalidUTF8(bytes.prefix(checkedPrefix)) {
      throw notUTF8(bytes, at: bad, name: name, named: named)
    }
    return Array(bytes)
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let a = UInt16(bytes[index])
      let b = UInt16(bytes[index + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      index += 2
    }
    var out: [UInt8] = []
    out.reserveCapacity(units.count * 2)
    // Unpaired surrogates become U+FFFD, as every UTF-16 reader does.
    _ = transcode(
      units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false
    ) { out.append($0) }
    return out
  }

  /// The offset of the first byte that breaks UTF-8, or nil.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      firstInvalidUTF8(buffer).map { $0 + bytes.startIndex }
    }
  }

  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    var i = 0
    let end = bytes.count
    while i < end {
      // Eight ASCII bytes at a time: most of a CSV file is ASCII.
      if i + 8 <= end
        && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
        continue
      }
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return i
      }
      guard i + length <= end else { return i }
      let b1 = bytes[i + 1]
      guard b1 >= low && b1 <= high else { return i }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return nil
  }

  /// What a file that is not UTF-8 probably is, and how to read it.
  static func advice(_ bytes: ArraySlice<UInt8>)
    -> (what: String, fix: String, viWhat: String, viFix: String)
  {
    let zeros = bytes.prefix(4096).lazy.filter { $0 == 0 }.count
    if zeros * 4 > min(bytes.count, 4096) {
      return (
        "the file looks like UTF-16 without a byte-order mark",
        "run again with --encoding utf-16le (or utf-16be), or save it from the spreadsheet as "
          + "“CSV UTF-8 (Comma delimited) (*.csv)”",
        "có lẽ tệp được lưu dạng UTF-16 mà không có dấu BOM",
        "chạy lại với --encoding utf-16le (hoặc utf-16be), hoặc trong bảng tính lưu tệp thành "
          + "“CSV UTF-8 (Comma delimited) (*.csv)”"
      )
    }
    if Windows1258.vietnameseLikelihood(bytes) >= 0.5 {
      return (
        "the file is probably Windows-1258, which Excel's “CSV (Comma delimited)” writes on "
          + "Vietnamese Windows",
        "run again with --encoding windows-1258, or in Excel choose File › Save As › "
          + "“CSV UTF-8 (Comma delimited) (*.csv)” (LibreOffice: Save As › Text CSV › "
          + "Edit filter settings › Character set “Unicode (UTF-8)”)",
        "có lẽ tệp được lưu bằng Excel dạng CSV (Windows-1258)",
        "dùng --encoding windows-1258, hoặc trong Excel chọn Tệp › Lưu thành › "
          + "“CSV UTF-8 (Comma delimited) (*.csv)” (LibreOffice: Lưu thành › Text CSV › "
          + "Sửa thiết lập bộ lọc › Bộ ký tự “Unicode (UTF-8)”)"
      )
    }
    return (
      "the file is in a legacy encoding (Windows-1258, or TCVN3/VNI from old .Vn fonts)",
      "convert it to Unicode (Unikey's converter does TCVN3 and VNI) and save it as "
        + "“CSV UTF-8 (Comma delimited) (*.csv)”, or run again with --encoding windows-1258 "
        + "if it is Windows-1258",
      "tệp dùng bảng mã cũ (Windows-1258, hoặc TCVN3/VNI của các phông .Vn cũ)",
      "chuyển sang Unicode (công cụ chuyển mã của Unikey làm được TCVN3 và VNI) rồi lưu thành "
        + "“CSV UTF-8 (Comma delimited) (*.csv)”, hoặc chạy lại với --encoding windows-1258 "
        + "nếu tệp là Windows-1258"
    )
  }

  /// The error for bytes that are not UTF-8, with the likely encoding and
  /// the option or menu entry that fixes it.
  static func notUTF8(_ bytes: ArraySlice<UInt8>, at offset: Int, name: String, named: Bool)
    -> DataDiagnostic
  {
    var line = 1
    var lineStart = bytes.startIndex
    for i in bytes.startIndex..<offset where bytes[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    let byteInLine = offset - lineStart + 1
    let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
    let (what, fix, viWhat, viFix) = advice(bytes)
    let message =
      named
      ? "byte \(byte) (byte \(byteInLine) of the line) is not UTF-8, although --encoding utf-8 "
        + "was given; \(what)"
      : "byte \(byte) (byte \(byteInLine) of the line) is not UTF-8 and no --encoding was "
        + "given; \(what)"
    let vietnamese =
      named
      ? "không đọc được tệp vì không phải UTF-8 (byte \(byte), byte thứ \(byteInLine) của dòng), "
        + "dù đã chọn --encoding utf-8; \(viWhat)"
      : "không đọc được tệp vì không phải UTF-8 (byte \(byte), byte thứ \(byteInLine) của dòng); "
        + "\(viWhat)"
    return DataDiagnostic(
      file: name, line: line, message: message, fix: fix, vietnamese: vietnamese,
      vietnameseFix: viFix)
  }
}
