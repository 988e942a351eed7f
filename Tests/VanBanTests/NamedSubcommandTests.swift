import ArgumentParser
import XCTest

@testable import vanban

/// A subcommand parsed on its own (the fast start make needs), and what is
/// left to the full parser so that users see the same thing either way.
final class NamedSubcommandTests: XCTestCase {
  func testEverySubcommandNamesVanbanAsItsSuperCommand() {
    for subcommand in VanBanCommand.configuration.subcommands {
      XCTAssertEqual(
        subcommand.configuration._superCommandName, "vanban",
        "\(subcommand): its usage, parsed alone, must read 'vanban \(subcommand._commandName)'")
    }
  }

  func testAHelpRequestIsLeftToTheFullParser() {
    XCTAssertFalse(VanBanCommand.runNamedSubcommand(["render", "--help"]))
    XCTAssertFalse(VanBanCommand.runNamedSubcommand(["render", "-h"]))
  }

  func testAUsageErrorIsLeftToTheFullParser() {
    XCTAssertFalse(VanBanCommand.runNamedSubcommand(["render", "t.docx", "--bogus"]))
    XCTAssertFalse(VanBanCommand.runNamedSubcommand(["render"]))
  }

  func testARootOptionAfterASubcommandIsLeftToTheFullParser() {
    XCTAssertFalse(VanBanCommand.runNamedSubcommand(["render", "--version"]))
  }

  func testAnUnknownSubcommandIsLeftToTheFullParser() {
    XCTAssertFalse(VanBanCommand.runNamedSubcommand(["rendre", "t.docx"]))
    XCTAssertFalse(VanBanCommand.runNamedSubcommand([]))
  }

  func testAUsageErrorOfARenderNamesTheWholeCommand() throws {
    let result = try CommandRunner.vanban(["render", "t.docx", "--bogus"])
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(
      result.standardError.contains("Usage: vanban render"), result.standardError)
  }
}
