import Foundation
import Glibc
import ProcessSupport

/// A private tmux server driving the real `ecsim` binary in a terminal of a chosen size.
///
/// tmux commands run through ProcessSupport's `Spawn`, never `Foundation.Process`: the first tmux
/// command forks the tmux server, which inherits the descriptors `Process` uses to notice the
/// child's exit and any stdout pipe, so `waitUntilExit` never returns; and a `Process` child
/// starts with signals blocked, so the app under test would never see SIGWINCH. `Spawn` gives
/// the child an empty signal mask and default dispositions, closes every descriptor above 2, and
/// sends its output to temp files read after the child is reaped, not to a pipe the server could
/// keep open.
///
/// Each value owns a server on its own socket (`tmux -L <unique name>`) started without any
/// configuration (`-f /dev/null`), so a developer's tmux setup cannot change what tests see;
/// call `kill()` when done (the tests do it in a `defer`).
struct Tmux {
  /// The expected screen did not show up in time; the description carries the last screen.
  struct Timeout: Error, CustomStringConvertible {
    var waitingFor: String
    var seconds: Double
    var lastScreen: String
    var description: String {
      "timed out after \(seconds) s waiting for \(waitingFor); last screen:\n\(lastScreen)"
    }
  }

  /// The session every test uses; `-t app` addresses its only pane.
  static let session = "app"

  let socket: String

  init() {
    socket = "ecsim-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// True when an executable `tmux` is on PATH (the suite is skipped otherwise).
  static var isAvailable: Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { dir in
      FileManager.default.isExecutableFile(atPath: "\(dir)/tmux")
    }
  }

  // MARK: - Commands

  /// Runs `tmux -L <socket> -f /dev/null <args>` to completion.
  @discardableResult
  func run(_ args: [String]) -> ProcessOutput {
    Self.spawn(["tmux", "-L", socket, "-f", "/dev/null"] + args)
  }

  /// Starts the detached session `app` of `width`×`height` running `shellCommand` (tmux hands it
  /// to `/bin/sh -c`), in UTF-8 mode (`-u`) whatever the runner's locale.
  func start(_ shellCommand: String, width: Int = 120, height: Int = 40) throws {
    let r = run(["-u", "new-session", "-d", "-s", Self.session, "-x", "\(width)", "-y", "\(height)", shellCommand])
    guard r.status == .exited(0) else {
      throw TmuxFailure(description: "tmux new-session failed (\(r.status)): \(r.stderr)")
    }
  }

  /// Types keys as tmux names them (`Enter`, `Right`, `BSpace`, `C-c`, or plain text).
  func send(_ keys: String...) {
    run(["send-keys", "-t", Self.session] + keys)
  }

  /// Types `text` literally (`send-keys -l`), so words like `Enter` are not key names.
  func type(_ text: String) {
    run(["send-keys", "-t", Self.session, "-l", text])
  }

  /// The pane's visible text, one line per row (trailing spaces trimmed by tmux).
  func capture() -> String {
    run(["capture-pane", "-p", "-t", Self.session]).stdout
  }

  /// A format variable of the pane (`#{alternate_on}`, `#{pane_pid}`, …).
  func display(_ format: String) -> String {
    run(["display-message", "-p", "-t", Self.session, format]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  func resize(width: Int, height: Int) {
    run(["resize-window", "-t", Self.session, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Stops the server and everything in it, and removes its socket (tmux leaves the file).
  func kill() {
    let socketPath = run(["display-message", "-p", "#{socket_path}"]).stdout
      .trimmingCharacters(in: .whitespacesAndNewlines)
    run(["kill-server"])
    if socketPath.hasSuffix("/" + socket) { unlink(socketPath) }
  }

  /// Captures the pane every 50 ms until `predicate` holds, and returns that screen.
  ///
  /// Throws `Timeout` (with the last screen in its description) after `seconds`.
  @discardableResult
  func waitFor(
    _ what: String, seconds: Double = 8, _ predicate: (String) -> Bool
  ) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int(seconds * 1000))
    var screen = capture()
    while !predicate(screen) {
      if clock.now >= deadline { throw Timeout(waitingFor: what, seconds: seconds, lastScreen: screen) }
      usleep(50_000)
      screen = capture()
    }
    return screen
  }

  /// Waits until the screen contains every one of `texts`.
  @discardableResult
  func waitFor(_ texts: String..., seconds: Double = 8) throws -> String {
    try waitFor(all: texts, seconds: seconds)
  }

  /// Waits until the screen contains every one of `texts`.
  @discardableResult
  func waitFor(all texts: [String], seconds: Double = 8) throws -> String {
    try waitFor(texts.map { "'\($0)'" }.joined(separator: " and "), seconds: seconds) { screen in
      texts.allSatisfy { screen.contains($0) }
    }
  }

  // MARK: - Spawning

  struct TmuxFailure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `argv` to completion through `Spawn`, with output in files and signals reset (tmux's
  /// first command leaves the server behind: see `Spawn` for why that rules out pipes and
  /// Foundation's `Process`). The environment is the runner's without `TMUX`/`TMUX_PANE` (a
  /// runner inside tmux would otherwise be told it is nesting) and with `SHELL=/bin/sh`, the
  /// shell tmux runs commands in. A tmux that cannot be started reads as status 127, the
  /// shell's "command not found", with the reason on stderr.
  static func spawn(_ argv: [String]) -> ProcessOutput {
    var environment = Spawn.inheritedEnvironment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    environment["SHELL"] = "/bin/sh"
    do {
      return try Spawn(argv[0], Array(argv.dropFirst()), environment: environment).run()
    } catch {
      return ProcessOutput(status: .exited(127), stdout: "", stderr: error.description)
    }
  }
}
