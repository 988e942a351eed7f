import OfficePackage
import OfficeTemplates
import TemplateLanguage

@_exported import struct OfficePackage.PackageLimits
@_exported import enum OfficePackage.CompressionLevel
@_exported import class OfficeTemplates.CompiledTemplate
@_exported import struct OfficeTemplates.TemplateCache
@_exported import enum OfficeTemplates.DocumentFormat
@_exported import enum TemplateLanguage.Value

/// Renders documents: compile a template once, fill it, write it whole or
/// not at all.
public struct DocumentRenderer: Sendable {
  public let template: CompiledTemplate
  public let templatePath: String

  /// Compiles the template at `path`, with the filters of `environment`
  /// (the standard ones plus the data filters by default), or takes it
  /// from `cache` when compiled there before.
  public init(
    templatePath path: String, environment: TemplateEnvironment = DataInputs.environment,
    cache: TemplateCache? = nil
  ) throws(VanBanError) {
    do {
      if let cache {
        template = try cache.template(at: path, environment: environment)
      } else {
        template = try CompiledTemplate(path: path, environment: environment)
      }
    } catch {
      throw VanBanError(error, template: path)
    }
    templatePath = path
  }

  /// The document's bytes for `context`.
  public func render(_ context: Value, compression: CompressionLevel = .default)
    throws(VanBanError) -> [UInt8]
  {
    do {
      return try template.render(context, compression: compression)
    } catch {
      throw VanBanError(error, template: templatePath)
    }
  }

  /// Renders and writes `output` atomically (a temporary file renamed over
  /// it), or to standard output for `-`. The output must have the
  /// template's format.
  public func render(
    _ context: Value, to output: String, compression: CompressionLevel = .default
  ) throws(VanBanError) {
    if output != "-" {
      guard let format = DocumentFormat(fileName: output), format == template.format else {
        throw VanBanError(
          .usage, file: output,
          "the output must be a .\(template.format.fileExtension) file like its template \(templatePath)"
        )
      }
    }
    let bytes = try render(context, compression: compression)
    do {
      try AtomicFile.write(bytes, to: output)
    } catch {
      throw VanBanError(.outputFailure, file: output, error.message)
    }
  }
}
