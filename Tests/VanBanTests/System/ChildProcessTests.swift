import Foundation
import XCTest

@testable import VanBan

/// `ChildProcess`: the programs vanban starts (LibreOffice, pdfinfo).
final class ChildProcessTests: XCTestCase {
  func testTheExitCodeIsReturned() throws {
    let process = try XCTUnwrap(ChildProcess("/bin/sh", ["-c", "exit 3"]))
    XCTAssertEqual(process.waitUntilExit(), 3)
  }

  func testStandardOutputIsReadBackWhenCaptured() throws {
    let process = try XCTUnwrap(
      ChildProcess("/bin/sh", ["-c", "printf 'Pages: 2\\n'; echo lost >&2"], captureOutput: true))
    XCTAssertEqual(String(decoding: process.readOutput(), as: UTF8.self), "Pages: 2\n")
    XCTAssertEqual(process.waitUntilExit(), 0)
  }

  func testAProgramPastItsDeadlineIsStoppedAndGivesNoStatus() throws {
    let process = try XCTUnwrap(ChildProcess("/bin/sleep", ["30"]))
    let started = Date()
    XCTAssertNil(process.wait(timeout: 0.2))
    XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    XCTAssertEqual(kill(process.pid, 0), -1, "the program still runs")
  }

  func testPollIsCalledWhileWaiting() throws {
    let process = try XCTUnwrap(ChildProcess("/bin/sleep", ["0.3"]))
    var polls = 0
    XCTAssertEqual(process.wait(timeout: 10, interval: 0.05) { polls += 1 }, 0)
    XCTAssertGreaterThan(polls, 1)
  }

  func testAProgramThatDoesNotExistDoesNotStart() {
    XCTAssertNil(ChildProcess("/nonexistent/soffice", []))
  }
}
