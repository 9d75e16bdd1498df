#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child started by `Spawn`, to be reaped exactly once with `wait` (an unreaped child stays a
/// zombie until the parent exits).
public struct ChildProcess: Sendable {
  public let pid: pid_t

  public init(pid: pid_t) {
    self.pid = pid
  }

  /// Blocks until the child ends and reaps it.
  public func wait() -> ExitStatus {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return ExitStatus(waitStatus: status)
  }

  /// Reaps the child if it ends within `timeout` (checked every 5 ms); nil if it is still
  /// running, and then it still has to be reaped.
  public func wait(timeout: Duration) -> ExitStatus? {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while true {
      var status: Int32 = 0
      let rc = waitpid(pid, &status, WNOHANG)
      if rc == pid { return ExitStatus(waitStatus: status) }
      if rc < 0 && errno != EINTR { return nil }
      if clock.now >= deadline { return nil }
      usleep(5_000)
    }
  }

  /// Sends `signal` (SIGKILL unless told otherwise).
  public func kill(_ signal: Int32 = SIGKILL) {
    #if canImport(Glibc)
    _ = Glibc.kill(pid, signal)
    #else
    _ = Darwin.kill(pid, signal)
    #endif
  }
}
