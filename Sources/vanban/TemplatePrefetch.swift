import ArgumentParser
import Dispatch
import FoundationEssentials
import Synchronization
import VanBan

/// Compiles the template of a `render` on another core while the command
/// line is parsed.
///
/// make starts one vanban per document, and a cold render is mostly start-up:
/// swift-argument-parser's parsing (~3 ms, its first reflection of the
/// commands) and compiling the template (~3 ms) are each about a third of it,
/// and neither needs the other. So the template is guessed before parsing —
/// the first argument naming an existing .docx or .odt file that is not the
/// value of -o — and compiled meanwhile. A wrong guess costs only the other
/// core's time: `renderer(for:)` uses the compiled template for exactly the
/// path the parsed command names, and compiles afresh otherwise.
enum TemplatePrefetch {
  private final class Compilation: Sendable {
    let path: String
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<DocumentRenderer, VanBanError>?>(nil)

    init(path: String) { self.path = path }

    func run() {
      let result = Result { () throws(VanBanError) in try DocumentRenderer(templatePath: path) }
      outcome.withLock { $0 = result }
      done.signal()
    }

    /// The outcome, once `run` has finished.
    func wait() -> Result<DocumentRenderer, VanBanError>? {
      done.wait()
      done.signal()  // for whoever waits next
      return outcome.withLock { $0 }
    }
  }

  private static let started = Mutex<Compilation?>(nil)

  /// Starts compiling the template `arguments` (the whole command line)
  /// most likely name, if they run `render`.
  static func start(_ arguments: [String]) {
    guard let path = guess(arguments, isFile: isRegularFile) else { return }
    let compilation = Compilation(path: path)
    started.withLock { $0 = compilation }
    DispatchQueue.global(qos: .userInitiated).async { compilation.run() }
  }

  /// The renderer for the template at `path`: the one compiled in advance
  /// when it was this path, else compiled now.
  static func renderer(for path: String) throws(VanBanError) -> DocumentRenderer {
    if let compilation = started.withLock({ $0 }), compilation.path == path,
      let outcome = compilation.wait()
    {
      return try outcome.get()
    }
    return try DocumentRenderer(templatePath: path)
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
