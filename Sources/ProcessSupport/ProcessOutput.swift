/// What a finished child printed and how it ended: the one result shape for every way this
/// target runs a program, so tests read `status`, `stdout` and `stderr` the same way whichever
/// launcher ran it.
public struct ProcessOutput: Equatable, Sendable {
  public var status: ExitStatus
  public var stdout: String
  public var stderr: String

  public init(status: ExitStatus, stdout: String, stderr: String) {
    self.status = status
    self.stdout = stdout
    self.stderr = stderr
  }
}
