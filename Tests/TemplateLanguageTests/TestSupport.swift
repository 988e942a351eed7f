import TemplateLanguage
import XCTest

/// Renders a plain-text template against a context written as JSON, the
/// way the expected outputs were obtained from Jinja2 3.1.6
/// (`Environment(undefined=StrictUndefined)`).
func render(_ source: String, _ json: String = "{}") throws -> String {
  let context = try JSONValueReader.parse(json)
  return try TextTemplate(source).render(Scope(context))
}

/// Renders against a context built from Swift values.
func render(_ source: String, context: Value) throws -> String {
  try TextTemplate(source).render(Scope(context))
}

/// The problems compiling `source` reports, or a test failure if it compiles.
func compileErrors(
  _ source: String, file: StaticString = #filePath, line: UInt = #line
) -> [TemplateDiagnostic] {
  do {
    _ = try TextTemplate(source)
    XCTFail("expected \(source) not to compile", file: file, line: line)
    return []
  } catch {
    return error.diagnostics
  }
}

/// The problems rendering `source` reports, or a test failure if it renders.
func renderErrors(
  _ source: String, _ json: String = "{}", limits: RenderLimits = RenderLimits(),
  file: StaticString = #filePath, line: UInt = #line
) -> [TemplateDiagnostic] {
  let template: TextTemplate
  do {
    template = try TextTemplate(source)
  } catch {
    XCTFail("expected \(source) to compile, got \(error)", file: file, line: line)
    return []
  }
  do {
    let context = try JSONValueReader.parse(json)
    let output = try template.render(Scope(context), limits: limits)
    XCTFail("expected \(source) to fail, got \(output)", file: file, line: line)
    return []
  } catch let error as TemplateErrors {
    return error.diagnostics
  } catch {
    XCTFail("unexpected error \(error)", file: file, line: line)
    return []
  }
}
