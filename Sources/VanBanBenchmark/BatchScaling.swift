import Foundation
import VanBan
import OrderedCollections

/// `VanBanBenchmark --batch [N]`: how `vanban batch` scales with cores —
/// N documents (1,000 by default) of the representative report rendered
/// and written (atomically, as the command writes them) with one job, then
/// two, in alternating rounds; the best round of each is kept.
///
/// It runs twice: writing into memory (`/dev/shm`, a tmpfs), which shows
/// how the batch itself scales, and into the temporary folder on disk,
/// where creating each file costs what the file system makes it cost
/// (on a virtual disk, often more than rendering the document, and not in
/// parallel).
enum BatchScaling {
  static func measure(documents: Int, rounds: Int = 3, level: CompressionLevel) throws {
    var places: [(String, URL)] = []
    if FileManager.default.isWritableFile(atPath: "/dev/shm") {
      places.append(("memory (/dev/shm)", URL(fileURLWithPath: "/dev/shm")))
    }
    places.append(
      (
        "disk (\(FileManager.default.temporaryDirectory.path))",
        FileManager.default.temporaryDirectory
      ))
    for (name, base) in places {
      try measure(documents: documents, rounds: rounds, level: level, into: base, named: name)
    }
    print(
      String(
        format: "  control:   %.2f× with 2 threads on arithmetic alone (2.0 when the machine "
          + "really gives two free cores)", machineScaling()))
  }

  /// How much faster two threads do twice the arithmetic than one thread
  /// once: the most any program could gain from -j 2 right now.
  static func machineScaling() -> Double {
    @Sendable func spin(_ n: Int) -> UInt64 {
      var x: UInt64 = 1
      for i in 0..<n { x = x &* 6_364_136_223_846_793_005 &+ UInt64(i) }
      return x
    }
    var best = [Double](repeating: .infinity, count: 3)
    for _ in 0..<3 {
      for j in [1, 2] {
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: j) { _ in
          if spin(200_000_000) == 42 { print("") }
        }
        best[j] = min(best[j], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      }
    }
    return 2 * best[1] / best[2]
  }

  static func measure(
    documents: Int, rounds: Int, level: CompressionLevel, into base: URL, named name: String
  ) throws {
    let folder = base.appendingPathComponent(
      "vanban-batch-bench-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let templatePath = folder.appendingPathComponent("report.docx").path
    try Data(ReportFixture.template).write(to: URL(fileURLWithPath: templatePath))
    let batch = BatchRenderer(renderer: try DocumentRenderer(templatePath: templatePath))
    var context = ReportFixture.context
    if case .map(var m) = context {
      m["docs"] = .list((1...documents).map { .int($0) })
      context = .map(m)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let jobs = [1, max(2, min(cores, 2))]
    var best: [Int: Double] = [:]
    let before: CPUTimes? = CPUTimes.now()
    for round in 0..<rounds {
      for j in jobs {
        let items = try batch.items(
          context, each: .init(name: "d", expression: "docs"),
          output: folder.path + "/r\(round)-j\(j)/{{ d }}.docx")
        let start = DispatchTime.now().uptimeNanoseconds
        let outcomes = batch.render(items, jobs: j, compression: level)
        let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let failed = outcomes.filter { $0.error != nil }.count
        if failed > 0 { print("batch: \(failed) documents failed") }
        best[j] = min(best[j] ?? .infinity, time)
        try? FileManager.default.removeItem(atPath: folder.path + "/r\(round)-j\(j)")
      }
    }
    let steal = CPUTimes.now()?.stealShare(since: before)
    let one = best[1] ?? .nan
    let two = best[jobs[1]] ?? .nan
    let speedUp = one / two
    print(
      "batch:       \(documents) documents rendered and written to \(name), compression \(level.rawValue), \(cores) cores"
    )
    print(String(format: "  -j 1:      %.3f s (%.0f documents/s)", one, Double(documents) / one))
    print(
      String(
        format: "  -j %d:      %.3f s (%.0f documents/s)", jobs[1], two, Double(documents) / two))
    print(
      String(
        format: "  speed-up:  %.2f× with -j %d (target ≥ 1.8 on 2 cores): %@", speedUp, jobs[1],
        speedUp >= 1.8 ? "PASS" : "FAIL"))
    if let steal {
      print(
        String(
          format: "  cpu steal: %.0f%% of the machine's time went to other guests of the host%@",
          steal * 100, steal > 0.1 ? " — the cores were not free; run again on a quiet machine" : ""
        ))
    }
  }
}

/// The machine's CPU time counters (`/proc/stat`), to tell whether the
/// cores were really free while the benchmark ran (Linux only).
struct CPUTimes {
  var total: UInt64
  var steal: UInt64

  static func now() -> CPUTimes? {
    guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") })
    else { return nil }
    let fields = line.split(separator: " ").dropFirst().compactMap { UInt64($0) }
    guard fields.count >= 8 else { return nil }
    return CPUTimes(total: fields.prefix(8).reduce(0, +), steal: fields[7])
  }

  func stealShare(since start: CPUTimes?) -> Double? {
    guard let start, total > start.total else { return nil }
    return Double(steal - start.steal) / Double(total - start.total)
  }
}
