import OfficePackage

/// Shared plumbing of the fixtures: XML text to a zip package, and escaping.
public enum FixturePackage {
  /// Builds a package from (name, content, stored) entries, in order, with a
  /// fixed timestamp so that fixtures are byte-identical on every run.
  public static func zip(_ entries: [(name: String, content: String, stored: Bool)]) -> [UInt8] {
    var writer = PackageWriter(timestamp: .dosEpoch)
    for entry in entries {
      if entry.stored {
        writer.addStored(entry.name, Array(entry.content.utf8))
      } else {
        writer.add(entry.name, Array(entry.content.utf8), level: .default)
      }
    }
    do {
      return try writer.finish()
    } catch {
      // Only a duplicate name or a 4 GiB package can fail; fixtures have neither.
      preconditionFailure("fixture package could not be written: \(error)")
    }
  }

  /// `text` escaped for use as XML character data.
  static func escaped(_ text: String) -> String {
    var bytes: [UInt8] = []
    XMLEscaping.appendText(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
