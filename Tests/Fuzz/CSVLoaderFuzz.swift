// libFuzzer entry for the CSV loader: any bytes, any encoding, any file
// kind must give diagnostics, never a crash. Built with the Tallies and
// VietnameseText sources by run-fuzz.sh (outside SwiftPM: SwiftPM has no
// fuzzer targets); the metadata reader is left out, it needs TOMLKit.

/// The first byte picks the encoding and the kind the file must be;
/// the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let selector = data[0]
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  let encodings: [TextEncoding?] = [nil, .utf8, .utf16LittleEndian, .utf16BigEndian, .windows1258]
  let kinds: [DataFileKind?] = [nil, .tallies, .nominees, .units]
  let options = LoadOptions(
    encoding: encodings[Int(selector) % encodings.count],
    period: selector & 0x80 != 0 ? 2021...2025 : nil)
  // The fuzzed file beside a units file, so unit checks run too.
  let units = Array(
    "Tên đơn vị,Ký hiệu,Địa danh,Chức danh thủ trưởng\nBan Dân tộc,BDT,Khánh Hòa,Trưởng Ban\n".utf8)
  var inputs = [
    DataLoader.Input(name: "fuzz.csv", bytes: bytes, kind: kinds[Int(selector >> 3) % kinds.count])
  ]
  if selector & 0x40 != 0 {
    inputs.insert(DataLoader.Input(name: "units.csv", bytes: units), at: 0)
  }
  let dataset = DataLoader.load(inputs, options: options)
  // Everything that reads the records must hold up too.
  let aggregation = dataset.aggregation
  var total = aggregation.total.total
  for summary in aggregation.years { total &+= summary.counts.total + summary.groups.count }
  for nominee in dataset.nominees where nominee.kind == .collective {
    total &+= dataset.composition(of: nominee).members
  }
  for diagnostic in dataset.diagnostics { total &+= diagnostic.description.utf8.count }
  for report in dataset.reports { total &+= report.summary.utf8.count }
  return total == Int.min ? 1 : 0
}
