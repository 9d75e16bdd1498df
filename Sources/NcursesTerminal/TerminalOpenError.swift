import Glibc

/// Why the dashboard could not take over the terminal.
///
/// Opening happens before anything is drawn, so the error is reported as one plain line on
/// standard error with nothing left on the screen; the message says what to do instead.
public enum TerminalOpenError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard output is a pipe or a file: a screen cannot be drawn there.
  case notATerminal
  /// Standard input is not a terminal: keys cannot be read (and curses would spin on EOF).
  case inputNotATerminal
  /// `TERM` is unset or empty.
  case noTerminalType
  /// The terminfo database has no entry for `TERM` (the value is kept for the message).
  case unknownTerminalType(String)

  /// The line to print on standard error.
  public var message: String {
    switch self {
    case .notATerminal:
      return "ecsim: standard output is not a terminal (the dashboard needs one; "
        + "use 'ecsim simulate' for headless runs)"
    case .inputNotATerminal:
      return "ecsim: standard input is not a terminal (the dashboard reads keys from it; "
        + "use 'ecsim simulate' for headless runs)"
    case .noTerminalType:
      return "ecsim: the terminal type is not set (TERM); try TERM=xterm-256color"
    case .unknownTerminalType(let name):
      return "ecsim: unknown terminal type '\(name)' (TERM); try TERM=xterm-256color"
    }
  }

  public var description: String { message }

  /// A distinct exit status per cause, so scripts can tell them apart (docs/terminal.md §3 uses
  /// 2 for "not a tty" and 3 for an unknown TERM).
  public var exitCode: Int32 {
    switch self {
    case .notATerminal, .inputNotATerminal: return 2
    case .noTerminalType, .unknownTerminalType: return 3
    }
  }

  /// Writes `message` and a newline to standard error (file descriptor 2, so no C global
  /// `stderr`, which Swift 6 refuses to read): what the executable does before `exit(exitCode)`.
  public func writeToStandardError() {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
