import Foundation

#if canImport(Glibc)
  import Glibc
#endif
import Tallies

// Loads a generated tally file of N rows (default 1,000,000) and reports
// the time to load and validate it, rows per second, and peak memory
// against the file's size. Usage: TalliesBenchmark [rows] [--keep FILE]
// Target (issue 4): under 3 s in a release build on one core, peak memory
// under 10x the file size.

let arguments = CommandLine.arguments.dropFirst()
let rows = arguments.first.flatMap { Int($0) } ?? 1_000_000

/// A tally file with `rows` distinct rows, shaped like real ones: many
/// units, every award and kind, Vietnamese text, a quoted cell with a
/// comma, and some counts written with a thousands dot.
func makeFile(rows: Int) -> [UInt8] {
  let awards = [
    "Giấy khen", "Bằng khen của Chủ tịch UBND tỉnh", "LĐTT", "CSTĐCS", "BK TTg",
    "Tập thể lao động xuất sắc", "Cờ thi đua của Chính phủ", "Biểu dương",
  ]
  let kinds = [
    "tập thể", "cá nhân", "cá nhân", "cá nhân", "cá nhân", "tập thể", "tập thể", "hộ gia đình",
  ]
  let statuses = ["đã khen", "đề nghị", "đang lựa chọn"]
  let authorities = [
    "Trưởng Ban", "Chủ tịch UBND tỉnh", "Trưởng Ban", "Trưởng Ban", "Thủ tướng Chính phủ",
    "Chủ tịch UBND tỉnh", "Thủ tướng Chính phủ", "Trưởng Ban",
  ]
  var out = Array(
    "Năm,Đơn vị,Hình thức,Đối tượng,Số lượng,Thẩm quyền,Trạng thái,Phong trào,Dịp,Thành tích\n".utf8
  )
  out.reserveCapacity(rows * 130)
  for i in 0..<rows {
    // Every row distinct: award, status, movement, year, then unit vary.
    let a = i % awards.count
    let status = statuses[i / 8 % 3]
    let movement = "\"Thi đua \(i / 24 % 5), văn hóa công sở\""
    let year = 2021 + i / 120 % 5
    let unit = "Phòng Dân tộc huyện \(i / 600 + 1)"
    let count = i % 97 == 0 ? "1.234" : String(i % 40)
    let line =
      "\(year),\(unit),\(awards[a]),\(kinds[a]),\(count),\(authorities[a]),"
      + "\(status),\(movement),Tổng kết năm \(year),\n"
    out += Array(line.utf8)
  }
  return out
}

func peakResidentKiB() -> Int {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
    return 0
  }
  for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }
  return 0
}

let fileArgument = arguments.firstIndex(of: "--file").map { arguments.index(after: $0) }
let bytes: [UInt8]
if let fileArgument, fileArgument < arguments.endIndex {
  // An existing file (e.g. one saved by LibreOffice), read before timing.
  bytes = [UInt8](FileManager.default.contents(atPath: arguments[fileArgument]) ?? Data())
} else {
  bytes = makeFile(rows: rows)
}
if let keep = arguments.firstIndex(of: "--keep").map({ arguments.index(after: $0) }),
  keep < arguments.endIndex
{
  _ = FileManager.default.createFile(atPath: arguments[keep], contents: Data(bytes))
}
/// CPU seconds this process has used: on a shared machine, wall-clock time
/// also counts the time other processes had the core.
func cpuSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let before = peakResidentKiB()
let start = Date()
let cpuStart = cpuSeconds()
let dataset = DataLoader.load([DataLoader.Input(name: "bench.csv", bytes: bytes)])
let seconds = Date().timeIntervalSince(start)
let cpu = cpuSeconds() - cpuStart
let loadOnly = arguments.contains("--load-only")
let aggregationStart = Date()
let aggregation = Aggregation(loadOnly ? [] : dataset.tallies)
let aggregationSeconds = Date().timeIntervalSince(aggregationStart)
let peak = peakResidentKiB()
let fileMiB = Double(bytes.count) / 1_048_576
let report = dataset.reports[0]
print(report.summary)
for d in report.diagnostics.prefix(3) { print(d) }
let rowsRead = report.rowsRead
print(String(format: "file: %.1f MiB, %d rows", fileMiB, rowsRead))
print(
  String(
    format: "load+validate: %.3f s wall, %.3f s CPU (%.0f rows/s by CPU time)", seconds, cpu,
    Double(rowsRead) / cpu))
print(
  String(
    format: "aggregation: %.3f s (%d years, %d units, %d groups)", aggregationSeconds,
    aggregation.years.count, aggregation.units.count, aggregation.groups.count))
print(
  String(
    format:
      "peak RSS: %.1f MiB before load, %.1f MiB after (%.1fx the file; %.1fx counting only the load)",
    Double(before) / 1024, Double(peak) / 1024, Double(peak) / 1024 / fileMiB,
    Double(peak - before) / 1024 / fileMiB))
