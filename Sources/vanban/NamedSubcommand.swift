import ArgumentParser

extension VanBanCommand {
  /// Parses and runs the subcommand that `arguments` (the command line
  /// without the program name) start with, as a command of its own; returns
  /// false, having done nothing, when that does not parse cleanly.
  ///
  /// Why: make starts one vanban per document, and swift-argument-parser,
  /// parsing through the root command, reflects the subcommand's arguments
  /// some ten times and looks for a completion-script request — about a
  /// third of a cold render (issue 2, measured with callgrind). Parsed alone,
  /// with `vanban` as its super-command, the subcommand is reflected a few
  /// times and the completion check is skipped. Everything else — help,
  /// `--version`, completion scripts, every usage error — is left to
  /// `main(nil)`, which parses again through the root, so that what a user
  /// sees does not depend on this shortcut.
  static func runNamedSubcommand(_ arguments: [String]) -> Bool {
    guard let name = arguments.first,
      let subcommand = configuration.subcommands.first(where: {
        $0.configuration.commandName == name
      }),
      var command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
      // A help request parses into ArgumentParser's own help command.
      type(of: command) == subcommand
    else { return false }
    do {
      try command.run()
    } catch {
      exit(withError: error)
    }
    return true
  }
}
