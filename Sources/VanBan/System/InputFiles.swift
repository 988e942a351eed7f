#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files a command reads, known by device and inode, so that no output
/// replaces one of them: `-o $<` written for `-o $@` in a Makefile would
/// otherwise overwrite the template with its own rendering, whatever path
/// or link names it.
public struct InputFiles: Sendable {
  private struct Identity: Equatable {
    let device: UInt64
    let inode: UInt64
  }

  /// Each file read, by identity, with the path it was given as. A list:
  /// a command reads a handful of files, and a dictionary keyed by a type
  /// of this module costs a cold start a runtime conformance lookup.
  private let paths: [(identity: Identity, path: String)]

  public init(_ paths: [String]) {
    var known: [(identity: Identity, path: String)] = []
    for path in paths {
      if let identity = Self.identity(of: path), !known.contains(where: { $0.identity == identity })
      {
        known.append((identity, path))
      }
    }
    self.paths = known
  }

  /// Throws a usage error, before anything is written, when one of
  /// `outputs` (nil: an output not asked for) is one of the files read.
  /// `-` is standard output, never a file read.
  public func check(_ outputs: [String?]) throws(VanBanError) {
    for case let output? in outputs where output != "-" {
      guard let identity = Self.identity(of: output),
        let input = paths.first(where: { $0.identity == identity })?.path
      else { continue }
      let named = input == output ? "" : " (as \(input))"
      throw VanBanError(
        .usage, file: output,
        "error: \(output) is a file this command reads\(named); writing it would destroy it — "
          + "give another output file")
    }
  }

  private static func identity(of path: String) -> Identity? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }
}
