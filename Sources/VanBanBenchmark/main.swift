import CZlib
import Foundation
import OfficePackage
import VanBan

// Measures the render stage on a representative report (see ReportFixture):
// warm throughput from one compiled template, the "zip floor" (compressing
// and writing the same output parts alone), zlib against libdeflate, and
// peak memory over many renders. Run in release mode:
//   swift run -c release VanBanBenchmark [--iterations N] [--memory-documents N]
//     [--compression store|fast|default] [--write-fixture DIR]
//   swift run -c release VanBanBenchmark --batch [N]   # batch scaling, -j 1 vs -j 2 (BatchScaling)
//   swift run -c release VanBanBenchmark --compile-scaling [N]   # compile time of N vs 2N tags

var arguments = CommandLine.arguments.dropFirst()
var iterations = 2000
var memoryDocuments = 10_000
var level = CompressionLevel.default
var fixtureDirectory: String?
var batchDocuments: Int?
var scalingTags: Int?
while let argument = arguments.popFirst() {
  switch argument {
  case "--iterations": iterations = Int(arguments.popFirst() ?? "") ?? iterations
  case "--memory-documents": memoryDocuments = Int(arguments.popFirst() ?? "") ?? memoryDocuments
  case "--compression": level = CompressionLevel(rawValue: arguments.popFirst() ?? "") ?? level
  case "--write-fixture": fixtureDirectory = arguments.popFirst()
  case "--batch":
    batchDocuments = 1000
    if let n = arguments.first.flatMap({ Int($0) }) {
      batchDocuments = n
      arguments.removeFirst()
    }
  case "--compile-scaling":
    scalingTags = 10_000
    if let n = arguments.first.flatMap({ Int($0) }) {
      scalingTags = n
      arguments.removeFirst()
    }
  default:
    print("unknown argument \(argument)")
    exit(2)
  }
}

if let batchDocuments {
  try BatchScaling.measure(documents: batchDocuments, level: level)
  exit(0)
}

if let scalingTags {
  try CompileScaling.measure(tags: scalingTags)
  exit(0)
}

let templateBytes = ReportFixture.template
let context = ReportFixture.context

if let directory = fixtureDirectory {
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  try Data(templateBytes).write(to: URL(fileURLWithPath: directory + "/report.docx"))
  try Data(context.jsonText.utf8).write(to: URL(fileURLWithPath: directory + "/report.json"))
  print("wrote \(directory)/report.docx and report.json")
  exit(0)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let template = try CompiledTemplate(bytes: templateBytes)
let sample = try template.render(context, compression: level)

// The parts the render writes (the others are raw copies).
let reader = try PackageReader(bytes: sample)
let source = try PackageReader(bytes: templateBytes)
var rendered: [(String, [UInt8])] = []
var copied: [(PackageEntry, [UInt8])] = []
for entry in reader.entries {
  let original = source.entry(named: entry.name)
  if let original, original.crc32 == entry.crc32 {
    copied.append((original, try source.rawData(of: original)))
  } else {
    rendered.append((entry.name, try reader.data(of: entry)))
  }
}

// Warm up, then measure in interleaved rounds and keep each side's best
// round, so that load from other processes does not decide the ratio.
for _ in 0..<50 { _ = try template.render(context, compression: level) }
let rounds = 20
let perRound = max(1, iterations / rounds)
var renderTime = Double.infinity
var floorTime = Double.infinity
for _ in 0..<rounds {
  renderTime = min(
    renderTime,
    try seconds {
      for _ in 0..<perRound { _ = try template.render(context, compression: level) }
    })
  floorTime = min(
    floorTime,
    try seconds {
      for _ in 0..<perRound {
        var writer = PackageWriter()
        writer.reserveCapacity(sample.count + 4096)
        for (entry, raw) in copied { writer.addRaw(entry.name, copyOf: entry, rawData: raw) }
        for (name, bytes) in rendered { writer.add(name, bytes, level: level) }
        _ = try writer.finish()
      }
    })
}

/// zlib's raw deflate at the level libdeflate is asked for, on the same parts.
func zlibDeflate(_ input: [UInt8], level: Int32) -> Int {
  var stream = z_stream()
  deflateInit2_(
    &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
    Int32(MemoryLayout<z_stream>.size))
  var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
  var input = input
  let produced = input.withUnsafeMutableBufferPointer { inBuffer in
    output.withUnsafeMutableBufferPointer { outBuffer in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      stream.next_out = outBuffer.baseAddress
      stream.avail_out = uInt(outBuffer.count)
      deflate(&stream, Z_FINISH)
      return outBuffer.count - Int(stream.avail_out)
    }
  }
  deflateEnd(&stream)
  return produced
}
let zlibLevel: Int32 = level == .fast ? 1 : 6
let zlibTime = seconds {
  for _ in 0..<iterations {
    for (_, bytes) in rendered { _ = zlibDeflate(bytes, level: zlibLevel) }
  }
}
let deflateTime = seconds {
  for _ in 0..<iterations {
    for (_, bytes) in rendered { _ = Deflate.compress(bytes, level: level) }
  }
}

let msPerDocument = renderTime * 1000 / Double(perRound)
let floorMs = floorTime * 1000 / Double(perRound)
let renderedBytes = rendered.map(\.1.count).reduce(0, +)
print(
  "template: report with \(rendered.count) rendered parts (\(renderedBytes) bytes of XML), compression \(level.rawValue)"
)
print(
  String(
    format: "render:      %.3f ms/document, %.0f documents/s (best of %d rounds of %d, one core)",
    msPerDocument, 1000 / msPerDocument, rounds, perRound))
print(String(format: "zip floor:   %.3f ms/document (compress and write the same parts)", floorMs))
print(String(format: "ratio:       %.2f × the zip floor (target ≤ 1.25)", msPerDocument / floorMs))
print(
  String(
    format: "compressors: libdeflate %.3f ms, zlib %.3f ms per document's parts",
    deflateTime * 1000 / Double(iterations), zlibTime * 1000 / Double(iterations)))

// Peak memory over many renders in one process.
for _ in 0..<memoryDocuments { _ = try template.render(context, compression: level) }
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(
  String(
    format: "memory:      peak %.1f MB after %d documents (target ≤ 64 MB)",
    Double(usage.ru_maxrss) / 1024, memoryDocuments + iterations))
print(
  "machine:     ms_per_document=\(msPerDocument) floor_ms=\(floorMs) peak_mb=\(Double(usage.ru_maxrss) / 1024)"
)
