/// The filters and tests a template may use.
///
/// One table each, so later work (Vietnamese formatting, data selection)
/// only adds entries. Immutable once built, so compiled templates can share
/// it across threads.
public final class TemplateEnvironment: Sendable {
  public let filters: [String: Filter]
  public let tests: [String: Test]

  public init(filters: [String: Filter], tests: [String: Test]) {
    self.filters = filters
    self.tests = tests
  }

  /// Jinja's filters and tests plus the Vietnamese administrative ones.
  public static let standard = TemplateEnvironment(
    filters: StandardFilters.table.merging(VietnameseFilters.table) { _, new in new },
    tests: StandardTests.table)

  /// A copy with more filters (or replacements for existing ones).
  public func adding(filters more: [String: Filter]) -> TemplateEnvironment {
    TemplateEnvironment(filters: filters.merging(more) { _, new in new }, tests: tests)
  }
}
