import AwardRules

extension VanBanError {
  /// A ruleset file (or a built-in one) that is wrong: bad data, with each
  /// problem where it stands.
  public init(_ error: RulesetError) {
    self.init(
      .badData, messages: error.problems.map(\.description),
      diagnostics: error.problems.map(Diagnostic.init))
  }
}

extension CheckOptions {
  /// Applies `--ruleset` items as `check`, `render` and the other commands
  /// take them: the name of a built-in ruleset (one at most) judges every
  /// year by it; a `.toml` file (or any path) is a user ruleset laid over
  /// the one in force, in the order given.
  public mutating func apply(rulesets items: [String], catalog: RulesetCatalog)
    throws(VanBanError)
  {
    for item in items {
      if Self.isRulesetFile(item) {
        do throws(RulesetError) {
          overlays.append(try RulesetOverlay.load(path: item))
        } catch {
          throw VanBanError(error)
        }
      } else if catalog.ruleset(named: item) != nil {
        guard rulesetName == nil else {
          throw VanBanError(.usage, "error: --ruleset names two built-in rulesets; give one")
        }
        rulesetName = item
      } else {
        throw VanBanError(
          .usage,
          "error: --ruleset \(item): no such built-in ruleset or .toml file; the built-in ones are \(catalog.names)"
        )
      }
    }
  }
}

extension CheckOptions {
  /// Whether a `--ruleset` item names a file rather than a built-in ruleset.
  public static func isRulesetFile(_ item: String) -> Bool {
    item.hasSuffix(".toml") || item.contains("/")
  }
}

extension RulesetCatalog {
  /// The built-in rulesets, or why they cannot be read.
  public static func builtInOrError() throws(VanBanError) -> RulesetCatalog {
    do throws(RulesetError) {
      return try builtIn()
    } catch {
      throw VanBanError(error)
    }
  }
}
