import Foundation
import Glibc

/// A private tmux server driving the real `ecsim` binary in a terminal of a chosen size.
///
/// Spawned with `posix_spawnp`, never `Foundation.Process` (terminal-notes §4.4): the first tmux
/// command forks the tmux server, which inherits the descriptors `Process` uses to notice the
/// child's exit and any stdout pipe, so `waitUntilExit` never returns; and a `Process` child
/// starts with signals blocked, so the app under test would never see SIGWINCH. Here the child
/// gets an empty signal mask and default dispositions, every descriptor above 2 is closed, and
/// its output goes to a temp file that is read after `waitpid`, not to a pipe the server could
/// keep open.
///
/// Each value owns a server on its own socket (`tmux -L <unique name>`) started without any
/// configuration (`-f /dev/null`), so a developer's tmux setup cannot change what tests see;
/// call `kill()` when done (the tests do it in a `defer`).
struct Tmux {
  /// What a tmux command printed and how it ended.
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

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
  func run(_ args: [String]) -> Output {
    Self.spawn(["tmux", "-L", socket, "-f", "/dev/null"] + args)
  }

  /// Starts the detached session `app` of `width`×`height` running `shellCommand` (tmux hands it
  /// to `/bin/sh -c`), in UTF-8 mode (`-u`) whatever the runner's locale.
  func start(_ shellCommand: String, width: Int = 120, height: Int = 40) throws {
    let r = run(["-u", "new-session", "-d", "-s", Self.session, "-x", "\(width)", "-y", "\(height)", shellCommand])
    guard r.status == 0 else {
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

  /// `posix_spawnp` + `waitpid`: stdin from /dev/null, stdout and stderr into temp files,
  /// an empty signal mask and default signal dispositions, descriptors above 2 closed. The
  /// environment is the runner's without `TMUX`/`TMUX_PANE` (a runner inside tmux would
  /// otherwise be told it is nesting) and with `SHELL=/bin/sh`, the shell tmux runs commands in.
  static func spawn(_ argv: [String]) -> Output {
    let outPath = tempPath("out"), errPath = tempPath("err")
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    closeDescriptorsFromThree(&actions)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    environment["SHELL"] = "/bin/sh"
    let envStrings = environment.map { "\($0.key)=\($0.value)" }

    let cArgs = argv.map { strdup($0) } + [nil]
    let cEnv = envStrings.map { strdup($0) } + [nil]
    defer {
      cArgs.forEach { free($0) }
      cEnv.forEach { free($0) }
    }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, argv[0], &actions, &attributes, cArgs, cEnv)
    guard rc == 0 else {
      return Output(status: -1, stdout: "", stderr: "posix_spawnp \(argv[0]): \(String(cString: strerror(rc)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exited = status & 0x7f == 0
    return Output(
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
  }

  /// Adds "close every descriptor from 3 up" to the spawn: the tmux server outlives the client
  /// and would otherwise keep, for instance, the pipes of `CLITests` running in parallel open, so
  /// their reads would never see EOF. glibc ≥ 2.34 does it atomically
  /// (`posix_spawn_file_actions_addclosefrom_np`, looked up at run time because Swift's Glibc
  /// module does not show it); elsewhere the descriptors open now are closed one by one.
  static func closeDescriptorsFromThree(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") {
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
      return
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for fd in open.compactMap({ Int32($0) }) where fd > 2 {
      posix_spawn_file_actions_addclose(&actions, fd)
    }
  }

  static func tempPath(_ kind: String) -> String {
    "\(NSTemporaryDirectory())/ecsim-tmux-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).\(kind)"
  }
}
