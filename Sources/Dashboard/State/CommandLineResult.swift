import ECSSim

/// What one line of the command language came to, as `DashboardApp` reports it back in
/// `Action.commandsRan`: the reducer decides what the user sees (a JSON window for a verb that
/// only reads, the error in the status line, a ✓).
public enum CommandLineResult: Equatable, Sendable {
  /// Applied (or a blank line or comment); `answer` is the JSON the verb answered with, if any.
  case applied(line: String, answer: JSONValue?)
  /// Refused in the AWS CLI's words; the engine changed nothing and later lines did not run.
  case failed(line: String, message: String)

  public var line: String {
    switch self {
    case .applied(let line, _), .failed(let line, _): line
    }
  }
}
