import Foundation
import ProcessSupport
import Testing

/// `CapturedCommand`: run and capture through swift-subprocess, as `CLITests` uses it.
@Suite struct CapturedCommandTests {
  @Test func capturesBothStreamsAndTheExitCode() async throws {
    let r = try await CapturedCommand("sh", ["-c", "echo out; echo err >&2; exit 2"]).run()
    #expect(r == ProcessOutput(status: .exited(2), stdout: "out\n", stderr: "err\n"))
  }

  @Test func aSignalIsReportedAsOneNotAsAnExitCode() async throws {
    let r = try await CapturedCommand("sh", ["-c", "kill -KILL $$"]).run()
    #expect(r.status == .signaled(SIGKILL))
  }

  @Test func standardInputIsEmpty() async throws {
    let r = try await CapturedCommand("wc", ["-c"]).run(timeout: .seconds(60))
    #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }

  @Test func environmentChangesAndWorkingDirectoryApply() async throws {
    let r = try await CapturedCommand(
      "sh", ["-c", "echo \"$ECSIM_PROBE:${HOME-unset}\"; pwd"], environment: ["ECSIM_PROBE": "yes", "HOME": nil],
      workingDirectory: "/"
    ).run()
    #expect(r.stdout == "yes:unset\n/\n")
  }

  @Test func largeOutputDoesNotBlockTheChild() async throws {
    let r = try await CapturedCommand("sh", ["-c", "head -c 1000000 /dev/zero | tr '\\0' x"]).run(timeout: .seconds(60))
    #expect(r.stdout.utf8.count == 1_000_000)
  }

  /// The child is killed, not waited for: the run throws well before its 120 s sleep would
  /// end, and the child is gone by then. The bound is loose on purpose: in a full parallel test
  /// run the cooperative threads may be busy with other tests for many seconds.
  @Test func aRunPastItsTimeoutIsKilledAndThrows() async {
    let clock = ContinuousClock()
    let start = clock.now
    let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("ecsim-timeout-\(getpid()).pid").path
    defer { unlink(pidFile) }
    await #expect(throws: ProcessSupportError.self) {
      try await CapturedCommand("sh", ["-c", "echo $$ > '\(pidFile)'; exec sleep 120"]).run(timeout: .milliseconds(200))
    }
    #expect(clock.now - start < .seconds(100))
    // No file: the shell was killed before it got that far, which is as good.
    if let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
      #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }
  }
}
