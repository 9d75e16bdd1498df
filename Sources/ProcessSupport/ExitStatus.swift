#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child process ended, kept as exit code or signal so a crash is never mistaken for an
/// exit code that happens to have the same number.
public enum ExitStatus: Equatable, Hashable, Sendable, CustomStringConvertible {
  /// The child called `exit` with this code.
  case exited(Int32)
  /// The child was killed by this signal.
  case signaled(Int32)

  /// Decodes a `waitpid` status. `WIFEXITED` and friends are C macros Swift cannot call: the exit
  /// code sits in bits 8–15 when the low 7 bits (the signal) are 0.
  public init(waitStatus status: Int32) {
    let signal = status & 0x7f
    self = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
  }

  /// The number a shell's `$?` would show: the exit code, or 128 plus the signal.
  public var shellCode: Int32 {
    switch self {
    case .exited(let code): code
    case .signaled(let signal): 128 + signal
    }
  }

  public var description: String {
    switch self {
    case .exited(let code): "exit status \(code)"
    case .signaled(let signal): "killed by signal \(signal)"
    }
  }
}
