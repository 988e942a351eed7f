import ArgumentParser
#if canImport(Glibc)
  import Glibc
#endif
import FoundationEssentials
import Synchronization
import VanBan

/// Compiles the template of a `render` on another core while the command
/// line is parsed.
///
/// make starts one vanban per document, and a cold render is mostly start-up:
/// swift-argument-parser's parsing (~2 ms, its first reflection of the
/// commands) and compiling the template (~2 ms; ~0.4 ms from the template
/// cache) are large parts of it, and neither needs the other. So the
/// template is guessed before parsing — the first argument naming an
/// existing .docx or .odt file that is not the value of -o — and compiled
/// meanwhile. A wrong guess costs only the other core's time:
/// `renderer(for:)` uses the compiled template for exactly the path the
/// parsed command names, and compiles afresh otherwise.
///
/// The compilation gets a thread of its own rather than Dispatch's global
/// queue: for one job, the queue starts a worker and a manager thread with
/// an event loop, and the process exits with both still parked — about
/// 0.1 ms of a cold render more.
enum TemplatePrefetch {
  private final class Compilation: @unchecked Sendable {
    let path: String
    // Written by the compiling thread before it ends; read only after
    // `pthread_join`, which orders the write before the read.
    private var result: Result<DocumentRenderer, VanBanError>?
    private let thread = Mutex<pthread_t?>(nil)

    init(path: String) { self.path = path }

    func start() {
      var thread = pthread_t()
      let context = Unmanaged.passRetained(self).toOpaque()
      let started = pthread_create(
        &thread, nil,
        { context in
          let compilation = Unmanaged<Compilation>.fromOpaque(context!).takeRetainedValue()
          compilation.result = Result { () throws(VanBanError) in
            try DocumentRenderer(templatePath: compilation.path, cache: .standard)
          }
          return nil
        }, context)
      if started == 0 {
        self.thread.withLock { $0 = thread }
      } else {
        Unmanaged<Compilation>.fromOpaque(context).release()
      }
    }

    /// The outcome, once the compiling thread has finished; nil when no
    /// thread could be started.
    func wait() -> Result<DocumentRenderer, VanBanError>? {
      thread.withLock { thread in
        if let running = thread {
          pthread_join(running, nil)
          thread = nil
        }
      }
      return result
    }
  }

  private static let started = Mutex<Compilation?>(nil)

  /// Starts compiling the template `arguments` (the whole command line)
  /// most likely name, if they run `render`.
  static func start(_ arguments: [String]) {
    guard let path = guess(arguments, isFile: isRegularFile) else { return }
    let compilation = Compilation(path: path)
    started.withLock { $0 = compilation }
    compilation.start()
  }

  /// The renderer for the template at `path`: the one compiled in advance
  /// when it was this path, else compiled now.
  static func renderer(for path: String) throws(VanBanError) -> DocumentRenderer {
    if let compilation = started.withLock({ $0 }), compilation.path == path,
      let outcome = compilation.wait()
    {
      return try outcome.get()
    }
    return try DocumentRenderer(templatePath: path, cache: .standard)
  }

  /// The template a `render` command line most likely names.
  static func guess(_ arguments: [String], isFile: (String) -> Bool) -> String? {
    guard arguments.count > 2, arguments[1] == RenderCommand.configuration.commandName else {
      return nil
    }
    var previous = ""
    for argument in arguments.dropFirst(2) {
      defer { previous = argument }
      if previous == "-o" || previous == "--output" { continue }
      let lower = argument.lowercased()
      if lower.hasSuffix(".docx") || lower.hasSuffix(".odt"), isFile(argument) { return argument }
    }
    return nil
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var isFolder: Bool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder
  }
}
