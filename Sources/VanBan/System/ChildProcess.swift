#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A program vanban starts (LibreOffice, pdfinfo), with posix_spawn.
///
/// Foundation's `Process` would link Foundation into the command line tool,
/// and its start-up time is most of a cold render (issue 2); what vanban
/// needs of it is this: standard input from /dev/null, standard output
/// discarded or read back, standard error discarded, an own process group to stop a whole office at once, and a deadline.
struct ChildProcess {
  let pid: pid_t
  /// The read end of standard output, when it is captured.
  private let output: Int32?

  /// Starts `program` (a path) with `arguments`; nil when it cannot start.
  init?(
    _ program: String, _ arguments: [String], captureOutput: Bool = false, ownGroup: Bool = false
  ) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    if ownGroup {
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
      posix_spawnattr_setpgroup(&attributes, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pipeEnds: [Int32] = [-1, -1]
    if captureOutput {
      guard pipe(&pipeEnds) == 0 else { return nil }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
    if captureOutput { close(pipeEnds[1]) }
    guard started == 0 else {
      if captureOutput { close(pipeEnds[0]) }
      return nil
    }
    self.pid = pid
    output = captureOutput ? pipeEnds[0] : nil
  }

  /// Reads standard output to its end (when captured).
  func readOutput() -> [UInt8] {
    guard let output else { return [] }
    defer { close(output) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
      if n > 0 {
        bytes += chunk[..<n]
      } else if n == 0 || errno != EINTR {
        return bytes
      }
    }
  }

  /// The exit status once the program has ended, nil while it runs.
  func exitStatus() -> Int32? {
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
    return Self.decode(status)
  }

  /// Waits for the end, checking every `interval` seconds and calling
  /// `poll` between checks; past `timeout` seconds the program is
  /// terminated and the result is nil.
  func wait(timeout: Double, interval: Double = 0.01, poll: () -> Void = {}) -> Int32? {
    let deadline = Self.now() + timeout
    while true {
      if let status = exitStatus() { return status }
      if Self.now() > deadline {
        terminate()
        return nil
      }
      usleep(useconds_t(interval * 1_000_000))
      poll()
    }
  }

  /// Waits for the end, however long it takes.
  func waitUntilExit() -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    return Self.decode(status)
  }

  /// SIGTERM, then SIGKILL if it has not ended ten seconds later.
  func terminate() {
    kill(pid, SIGTERM)
    for _ in 0..<100 {
      if exitStatus() != nil { return }
      usleep(100_000)
    }
    kill(pid, SIGKILL)
    _ = waitUntilExit()
  }

  /// The exit code, or the number of the signal that ended the program
  /// (as Foundation's `terminationStatus` gives it).
  private static func decode(_ status: Int32) -> Int32 {
    status & 0x7F == 0 ? (status >> 8) & 0xFF : status & 0x7F
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
