import Dispatch
import FoundationEssentials
import TemplateLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shows how far a batch is, on standard error, and prints each failure
/// as it happens.
///
/// On a terminal: one line redrawn in place (`\r`), at most ten times a
/// second — a bar, the count, the rate and the time left. Otherwise (make,
/// CI logs): a plain line at most every few seconds and one at the end,
/// so a log is readable and not flooded. `quiet` prints failures only.
/// Safe to call from many threads at once.
public final class ProgressReporter: @unchecked Sendable {
  /// How progress is shown.
  public enum Style: Sendable, Equatable {
    /// A bar redrawn in place: standard error is a terminal.
    case bar
    /// Plain lines now and then: a log or a pipe.
    case lines
    /// Failures only.
    case quiet
  }

  public let style: Style
  public let total: Int
  /// What is counted: "documents", "PDF".
  public let noun: String
  public let format: DiagnosticsFormat
  private let lock = Lock()
  private let start = DispatchTime.now().uptimeNanoseconds
  private var done = 0
  private var failed = 0
  private var lastDraw: UInt64 = 0
  private var barShown = false
  private var finished = false
  private let descriptor: Int32

  /// `quiet`, or a bar when standard error is a terminal, else plain lines.
  public static func style(quiet: Bool, descriptor: Int32 = 2) -> Style {
    if quiet { return .quiet }
    if isatty(descriptor) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" {
      return .bar
    }
    return .lines
  }

  public init(
    total: Int, noun: String = "documents", style: Style, format: DiagnosticsFormat = .text,
    descriptor: Int32 = 2
  ) {
    self.total = total
    self.noun = noun
    self.style = style
    self.format = format
    self.descriptor = descriptor
  }

  /// One item finished; `failure` when it failed, printed at once.
  public func advance(failure: [Diagnostic]? = nil, kind: VanBanError.Kind? = nil) {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    if let failure {
      failed += 1
      clearBar()
      for line in format.lines(failure, kind: kind) { emit(line + "\n") }
    }
    let now = DispatchTime.now().uptimeNanoseconds
    switch style {
    case .bar:
      if done == total || now - lastDraw > 100_000_000 || !barShown {
        lastDraw = now
        emit("\r" + barLine(now) + "\u{1B}[K")
        barShown = true
      }
    case .lines:
      if done < total, now - lastDraw > 5_000_000_000, now - start > 2_000_000_000 {
        lastDraw = now
        emit(statusLine(now) + "\n")
      }
    case .quiet:
      break
    }
  }

  /// Prints a failure without counting an item (one counted already).
  public func report(_ failure: [Diagnostic], kind: VanBanError.Kind? = nil) {
    lock.lock()
    defer { lock.unlock() }
    failed += 1
    clearBar()
    for line in format.lines(failure, kind: kind) { emit(line + "\n") }
  }

  /// Clears the bar and prints the summary (not with `quiet`).
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard !finished else { return }
    finished = true
    clearBar()
    guard style != .quiet else { return }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var line = "vanban: \(done - failed) of \(total) \(noun) written in \(Self.duration(seconds))"
    if seconds > 0, done > 0 { line += " (\(Self.rate(Double(done) / seconds)))" }
    if failed > 0 { line += "; \(failed) failed" }
    emit(line + "\n")
  }

  public var failures: Int {
    lock.lock()
    defer { lock.unlock() }
    return failed
  }

  // MARK: - Lines

  private func barLine(_ now: UInt64) -> String {
    let fraction = total == 0 ? 1 : Double(done) / Double(total)
    let width = 24
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    return "\(bar) \(done)/\(total) \(noun)" + rateAndETA(now)
      + (failed > 0 ? ", \(failed) failed" : "")
  }

  private func statusLine(_ now: UInt64) -> String {
    "vanban: \(done)/\(total) \(noun)" + rateAndETA(now) + (failed > 0 ? ", \(failed) failed" : "")
  }

  private func rateAndETA(_ now: UInt64) -> String {
    let seconds = Double(now - start) / 1e9
    guard seconds > 0.05, done > 0 else { return "" }
    let rate = Double(done) / seconds
    let left = Double(total - done) / rate
    return ", \(Self.rate(rate)), \(Self.duration(left)) left"
  }

  private func clearBar() {
    if barShown {
      emit("\r\u{1B}[K")
      barShown = false
    }
  }

  static func rate(_ perSecond: Double) -> String {
    perSecond >= 10
      ? "\(Int(perSecond.rounded()))/s" : PrintfFormat.string("%.1f", perSecond) + "/s"
  }

  /// `0:07`, `1:02:03`; below ten seconds with tenths (`2.4 s`).
  static func duration(_ seconds: Double) -> String {
    if seconds < 10 { return PrintfFormat.string("%.1f", seconds) + " s" }
    let s = Int(seconds.rounded())
    func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    if s >= 3600 { return "\(s / 3600):\(twoDigits(s / 60 % 60)):\(twoDigits(s % 60))" }
    return "\(s / 60):\(twoDigits(s % 60))"
  }

  private func emit(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
  }
}
