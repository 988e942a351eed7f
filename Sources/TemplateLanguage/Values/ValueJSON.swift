extension Value {
  /// The value as compact JSON, for tools that hand a context to another
  /// program (the benchmark gives docxtpl the same context).
  public var jsonText: String { json }
}
