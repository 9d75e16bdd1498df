import CNcursesw
import Glibc

// State shared with signal handlers. `@convention(c)` handlers cannot capture anything, so these
// are globals; they are written before the handlers are installed or are `sig_atomic_t` flags
// (docs/terminal.md §8, verified to compile in Swift 6 mode).
nonisolated(unsafe) private var stopSignal: sig_atomic_t = 0
nonisolated(unsafe) private var cursesActive: sig_atomic_t = 0
nonisolated(unsafe) private var handlersInstalled = false
nonisolated(unsafe) private var previousFatal: [sigaction] = Array(repeating: sigaction(), count: 65)

/// Gives the terminal back in a usable state however the process ends.
///
/// Without it a crash leaves the shell without echo and line editing, and the Swift backtracer
/// waits for a key inside the curses screen (docs/terminal.md §8). So:
/// - normal exit: an `atexit` hook calls `endwin()` if the screen is still active;
/// - SIGINT, SIGTERM, SIGHUP: only set a flag (`stopRequested`), which the loop checks on every
///   wake-up, so the dashboard exits through its normal path (restoring the screen) — the handler
///   is installed without `SA_RESTART`, so a waiting `wget_wch` returns at once;
/// - SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP, SIGFPE: `endwin()`, then the previous handler
///   (the Swift backtracer or the default) is put back and the signal raised again, so the crash
///   report still reaches standard error and the exit status still says what happened.
public enum TerminalGuard {
  /// True once SIGINT, SIGTERM or SIGHUP arrived: the loop should stop and close the terminal.
  public static var stopRequested: Bool { stopSignal != 0 }

  /// The signal that asked the program to stop (SIGINT, SIGTERM or SIGHUP), or 0. A program that
  /// stopped because of it should exit with 128 + the number, as shells expect (130 for Ctrl-C).
  public static var stopSignalNumber: Int32 { Int32(stopSignal) }

  /// Forgets an earlier stop request (for a program that asks "really quit?").
  public static func clearStopRequest() { stopSignal = 0 }

  /// Clears the signal mask inherited from the parent.
  ///
  /// A child started by `Foundation.Process` begins with almost every signal blocked, SIGWINCH,
  /// SIGINT and SIGTERM included; resize and Ctrl-C would then never arrive
  /// (docs/terminal.md §2.9).
  public static func unblockSignals() {
    var none = sigset_t()
    sigemptyset(&none)
    sigprocmask(SIG_SETMASK, &none, nil)
  }

  /// Installs the exit hook and the signal handlers (once). Call it after `newterm`, so these
  /// handlers replace the ones ncurses installs for SIGINT and SIGTERM.
  public static func install() {
    guard !handlersInstalled else { return }
    handlersInstalled = true
    atexit { TerminalGuard.restoreTerminal() }

    var stop = sigaction()
    stop.__sigaction_handler.sa_handler = { sig in stopSignal = sig_atomic_t(sig) }
    sigemptyset(&stop.sa_mask)
    stop.sa_flags = 0  // no SA_RESTART: the read returns early and the loop sees the flag
    for s in [SIGINT, SIGTERM, SIGHUP] { sigaction(s, &stop, nil) }

    var fatal = sigaction()
    fatal.__sigaction_handler.sa_handler = { sig in
      TerminalGuard.restoreTerminal()  // best effort: the process is dying anyway
      var previous = previousFatal[Int(sig)]
      sigaction(sig, &previous, nil)
      raise(sig)
    }
    sigemptyset(&fatal.sa_mask)
    fatal.sa_flags = 0
    for s in [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGTRAP, SIGFPE] {
      var previous = sigaction()
      sigaction(s, &fatal, &previous)
      previousFatal[Int(s)] = previous
    }
  }

  /// Records that a curses screen is up, so exit and crash paths know to call `endwin()`.
  static func markActive(_ active: Bool) { cursesActive = active ? 1 : 0 }

  static var isActive: Bool { cursesActive != 0 }

  /// Leaves curses mode if it is still on: the shell gets its echo, line editing and cursor back.
  static func restoreTerminal() {
    guard cursesActive != 0 else { return }
    cursesActive = 0
    endwin()
  }
}
