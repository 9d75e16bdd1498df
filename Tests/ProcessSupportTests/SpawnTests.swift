import Foundation
import ProcessSupport
import Testing

/// `Spawn` and `ChildProcess`: what the tmux tests and the first-frame benchmark rely on.
@Suite struct SpawnTests {
  @Test func waitStatusDecodesExitCodesAndSignals() {
    #expect(ExitStatus(waitStatus: 0) == .exited(0))
    #expect(ExitStatus(waitStatus: 2 << 8) == .exited(2))
    #expect(ExitStatus(waitStatus: 15) == .signaled(15))
    #expect(ExitStatus.signaled(2).shellCode == 130)
    #expect(ExitStatus.exited(3).shellCode == 3)
  }

  @Test func runCapturesBothStreamsAndTheExitCode() throws {
    let r = try Spawn("sh", ["-c", "echo out; echo err >&2; exit 3"]).run()
    #expect(r == ProcessOutput(status: .exited(3), stdout: "out\n", stderr: "err\n"))
  }

  @Test func aSignalIsReportedAsOneNotAsAnExitCode() throws {
    let r = try Spawn("sh", ["-c", "kill -TERM $$"]).run()
    #expect(r.status == .signaled(SIGTERM))
  }

  /// A child of a thread that blocks signals must not inherit the mask (the dashboard under tmux
  /// would never see SIGWINCH), nor any descriptor above 2.
  @Test func theChildStartsWithNoBlockedSignalsAndOnlyThreeDescriptors() throws {
    var blocked = sigset_t()
    sigemptyset(&blocked)
    sigaddset(&blocked, SIGWINCH)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    let r = try Spawn("sh", ["-c", "grep SigBlk /proc/self/status; ls /proc/self/fd"]).run()
    #expect(r.stdout.hasPrefix("SigBlk:\t0000000000000000\n"), "\(r.stdout)")
    // ls itself holds one more descriptor, for the directory it lists.
    #expect(r.stdout.split(separator: "\n").dropFirst().count <= 4, "\(r.stdout)")
  }

  @Test func theEnvironmentIsExactlyTheOneGiven() throws {
    let r = try Spawn("/usr/bin/env", environment: ["ONLY": "this"]).run()
    #expect(r.stdout == "ONLY=this\n")
  }

  @Test func aMissingProgramThrows() {
    #expect(throws: ProcessSupportError.self) { try Spawn("no-such-program-ecsim").start() }
  }

  @Test func aRunPastItsTimeoutIsKilledAndThrows() throws {
    let clock = ContinuousClock()
    let start = clock.now
    #expect(throws: ProcessSupportError.self) { try Spawn("sleep", ["30"]).run(timeout: .milliseconds(200)) }
    #expect(clock.now - start < .seconds(25))
  }
}
