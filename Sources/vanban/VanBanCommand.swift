import ArgumentParser
import VanBan

/// The `vanban` command: Vietnamese official documents from data.
@main
struct VanBanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: VanBanCommand.name,
    abstract:
      "Turn emulation-and-commendation data into Vietnamese official documents (DOCX, ODT).",
    discussion: """
      Exit codes: 0 success; \(VanBanError.Kind.usage.exitCode) usage error; \
      \(VanBanError.Kind.badData.exitCode) bad data; \(VanBanError.Kind.badTemplate.exitCode) bad template; \
      \(VanBanError.Kind.rulesFailed.exitCode) proposals failed the award criteria; \
      \(VanBanError.Kind.outputFailure.exitCode) output could not be written.

      Every command takes --diagnostics json (one JSON object per problem, for editors and \
      CI); commands that write files take --depfile (the files read, as a Makefile rule). \
      Shell completion: vanban --generate-completion-script bash|zsh|fish.

      Examples:
        vanban init van-phong && make -C van-phong
        vanban render Templates/bao-cao-so-ket.docx --context c.json -o out/bao-cao.docx
        vanban batch ke-hoach.docx --data don-vi.csv --each 'unit in units' \\
          --output 'out/{{ unit.symbol }}/ke-hoach.docx'
      """,
    version: VanBanVersion.current,
    subcommands: [
      RenderCommand.self, BatchCommand.self, InitCommand.self, CheckDataCommand.self,
      CheckCommand.self, InspectCommand.self, LintCommand.self, PreviewCommand.self,
    ]
  )

  static let name = "vanban"

  static func main() {
    if runNamedSubcommand(Array(CommandLine.arguments.dropFirst())) { return }
    main(nil)
  }
}

/// Runs a command body and turns a `VanBanError` into its message on
/// standard error and its documented exit code.
func reportingErrors(_ body: () throws(VanBanError) -> Void) throws {
  do {
    try body()
  } catch {
    printError(error.description)
    throw ExitCode(error.kind.exitCode)
  }
}
