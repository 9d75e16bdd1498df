import Foundation
import Glibc
import ProcessSupport
import Testing

/// The live dashboard as a user meets it: the real `ecsim` binary in a real terminal (a private
/// tmux server), driven by keys and resizes, read back with `capture-pane`.
///
/// What the issue asks for: start on the default scenario, scale a service, start a rolling
/// upgrade and watch it progress, resize, quit with the terminal restored. Each test starts
/// `ecsim` under `sh -c 'set -m; …; echo EXITED=$?; sleep 5'`, so after the app ends the pane still shows
/// its exit status and what the shell's screen looks like once the app gave it back.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not on PATH"))
struct DashboardTmuxTests {
  static let paneTitles = [
    "1 Clusters", "2 Services", "3 Container instances", "4 Tasks", "5 ALB port mappings", "6 Events",
  ]

  /// Starts `ecsim <arguments>` in a fresh 120×40 tmux session with a UTF-8 locale and the
  /// backtracer off (a crash must never wait for a key), then waits for the first frame unless
  /// `waitForDashboard` is false.
  ///
  /// `set -m` gives the wrapper shell job control, so ecsim runs as the terminal's foreground
  /// process group on its own, as under an interactive shell: Ctrl-C reaches ecsim only, and a
  /// non-interactive `sh` does not die of it before printing `EXITED=`.
  static func launch(
    _ arguments: String = "--seed 1", term: String = "xterm-256color", redirect: String = "",
    waitForDashboard: Bool = true, environment: String = ""
  ) throws -> Tmux {
    let tmux = Tmux()
    let binary = CLITests.binary.path
    let command =
      "set -m; env LANG=C.UTF-8 TERM=\(term) SWIFT_BACKTRACE=enable=no \(environment) '\(binary)' \(arguments)\(redirect); "
      + "echo EXITED=$?; sleep 5"
    do {
      try tmux.start(command, width: 120, height: 40)
      if waitForDashboard { try tmux.waitFor("SIMULATION", "q quit") }
    } catch {
      tmux.kill()
      throw error
    }
    return tmux
  }

  /// The header's simulated clock (`⏱ 00:01:32`).
  static func clock(_ screen: String) -> String? {
    guard let first = screen.split(separator: "\n").first, let mark = first.range(of: "⏱ ") else { return nil }
    return String(first[mark.upperBound...].prefix(8))
  }

  /// The cells of a pane row, found by its first word, as space-separated words: panes side by
  /// side share a screen line, so the line is cut at the border glyphs first.
  static func row(startingWith first: String, in screen: String) -> [String]? {
    for line in screen.split(separator: "\n") {
      for segment in line.split(separator: "│") {
        let words = segment.split(separator: " ").map(String.init)
        if words.first == first { return words }
      }
    }
    return nil
  }

  /// The Services pane's deployment lines (`└ web:2  6 6 0 PRIMARY ███ 6/6 IN_PROGRESS`):
  /// (task definition, PRIMARY or ACTIVE).
  static func deployments(_ screen: String) -> [(taskDefinition: String, status: String)] {
    screen.split(separator: "\n").flatMap { line in
      line.split(separator: "│").compactMap { segment -> (String, String)? in
        let words = segment.split(separator: " ").map(String.init)
        guard words.count > 5, words[0] == "└" else { return nil }
        return (words[1], words[5])
      }
    }
  }

  /// The ALB pane's rows: (short task id, target state), e.g. ("dc3320bb", "healthy").
  static func targets(_ screen: String) -> [(task: String, state: String)] {
    screen.split(separator: "\n").flatMap { line in
      line.split(separator: "│").compactMap { segment -> (String, String)? in
        let words = segment.split(separator: " ").map(String.init)
        // `:80 → web-tg → i-…:32768 → dc3320bb:8080 healthy [reason]`: the state follows the task.
        guard words.contains("web-tg"), let i = words.firstIndex(where: { $0.hasSuffix(":8080") }), i + 1 < words.count
        else { return nil }
        return (String(words[i].dropLast(5)), words[i + 1])
      }
    }
  }

  // MARK: - Start

  @Test func startsOnTheDefaultScenarioWithEveryPaneAndARunningClock() throws {
    let tmux = try Self.launch()
    defer { tmux.kill() }
    let first = try tmux.waitFor(all: ["SIMULATION", "default", "seed 1"] + Self.paneTitles + ["? help", "q quit"])
    let header = try #require(first.split(separator: "\n").first)
    #expect(header.hasPrefix(" SIMULATION  ecsim · default · seed 1 │ ⏱ "))
    #expect(header.contains("▶ RUNNING ×1"))
    let start = try #require(Self.clock(first))
    // Speed ×1: the simulated clock follows the wall clock.
    try tmux.waitFor("the clock to move past \(start)", seconds: 4) { Self.clock($0).map { $0 > start } ?? false }
    #expect(tmux.display("#{alternate_on}") == "1")
  }

  @Test func readonlyHidesAndRefusesActionsThatChangeTheWorld() throws {
    let tmux = try Self.launch("--seed 1 --readonly")
    defer { tmux.kill() }
    let screen = try tmux.waitFor("READ-ONLY")
    let hints = try #require(screen.split(separator: "\n").last)
    #expect(!hints.contains("s scale"))
    tmux.send("2", "s")
    try tmux.waitFor("read-only: scale the selected service is disabled (--readonly)")
  }

  // MARK: - Scale

  @Test func scalingWebToEightShowsTheCommandThenRunsIt() throws {
    let tmux = try Self.launch("--seed 1 --speed 16")
    defer { tmux.kill() }
    tmux.send("2", "s")
    try tmux.waitFor("Scale service web", "Desired count: 6", "[ Next ]")
    tmux.send("BSpace", "8", "Enter")
    // Stage two: the exact command, with Cancel focused so a second Enter is harmless.
    try tmux.waitFor("update-service --cluster default --service web --desired-count 8", "> Cancel <", "[ Scale ]")
    tmux.send("Right", "Enter")
    try tmux.waitFor("✓ update-service --cluster default --service web --desired-count 8")
    try tmux.waitFor("the web service at desired 8, running 8") { screen in
      guard let web = Self.row(startingWith: "web", in: screen), web.count > 3 else { return false }
      return web[1] == "8" && web[2] == "8"
    }
  }

  // MARK: - Rolling upgrade

  @Test func rollingUpgradeToWeb2ShowsBothDeploymentsDrainingAndASteadyState() throws {
    let tmux = try Self.launch("--seed 1 --speed 32")
    defer { tmux.kill() }
    // Wait for the first deployment to settle: with minimumHealthyPercent 100 the old tasks are
    // then only stopped as new ones turn healthy, which is what there is to watch.
    let steady = try tmux.waitFor("web steady with six healthy targets") { screen in
      (Self.row(startingWith: "web", in: screen)?.contains("steady") ?? false)
        && Self.targets(screen).filter { $0.state == "healthy" }.count == 6
    }
    let oldTasks = Set(Self.targets(steady).map(\.task))
    #expect(oldTasks.count == 6)

    tmux.send("2", "u")
    try tmux.waitFor("Rolling upgrade of web", "Now: web:1")
    tmux.type("web:2")
    tmux.send("Enter", "Enter", "Enter")
    try tmux.waitFor("update-service --cluster default --service web --task-definition web:2", "> Cancel <", "[ Deploy ]")
    tmux.send("Right", "Enter")
    try tmux.waitFor("✓ update-service --cluster default --service web --task-definition web:2")

    try tmux.waitFor("two deployments: PRIMARY web:2 and ACTIVE web:1") { screen in
      let d = Self.deployments(screen)
      return d.contains { $0 == ("web:2", "PRIMARY") } && d.contains { $0 == ("web:1", "ACTIVE") }
    }
    try tmux.waitFor("a new task's target healthy while an old one drains") { screen in
      let targets = Self.targets(screen)
      return targets.contains { !oldTasks.contains($0.task) && $0.state == "healthy" }
        && targets.contains { oldTasks.contains($0.task) && $0.state == "draining" }
    }
    try tmux.waitFor("web:2 alone, steady") { screen in
      Self.deployments(screen).map(\.taskDefinition) == ["web:2"]
        && (Self.row(startingWith: "web", in: screen)?.contains("steady") ?? false)
    }
    // The Events pane scrolls, so filter it: one steady state before the upgrade, one after.
    // `z` shows the Events pane alone, wide enough for whole lines.
    tmux.send("6", "/")
    tmux.type("steady")
    tmux.send("Enter", "z")
    try tmux.waitFor("two 'has reached a steady state.' events") { screen in
      screen.components(separatedBy: "(service web) has reached a steady state.").count - 1 >= 2
    }
  }

  // MARK: - Resize

  @Test func resizingSwitchesToOnePaneThenTooSmallThenBack() throws {
    let tmux = try Self.launch()
    defer { tmux.kill() }
    tmux.send("2")
    try tmux.waitFor("key 2")
    tmux.resize(width: 80, height: 24)
    let small = try tmux.waitFor("[2 Services]", "SIMULATION", "2 Services (")
    #expect(!small.contains("3 Container instances"))
    #expect(small.split(separator: "\n", omittingEmptySubsequences: false).count >= 24)
    tmux.resize(width: 50, height: 12)
    try tmux.waitFor("terminal too small:", "have 50×12, need 60×15")
    tmux.resize(width: 120, height: 40)
    try tmux.waitFor(all: Self.paneTitles + ["SIMULATION", "q quit"])
    #expect(!tmux.capture().contains("EXITED"))
  }

  // MARK: - Leaving

  @Test func quitRestoresTheTerminal() throws {
    let tmux = try Self.launch()
    defer { tmux.kill() }
    #expect(tmux.display("#{alternate_on}") == "1")
    tmux.send("q")
    let after = try tmux.waitFor("EXITED=0")
    #expect(!after.contains("SIMULATION"))
    #expect(after.split(separator: "\n").first == "EXITED=0")
    #expect(tmux.display("#{alternate_on}") == "0")
  }

  /// TerminalGuard: SIGINT only sets a flag and the loop leaves through its normal path (closing
  /// the terminal); the exit status is then 128 + SIGINT, as shells expect.
  @Test func ctrlCRestoresTheTerminalAndExits130() throws {
    let tmux = try Self.launch()
    defer { tmux.kill() }
    tmux.send("C-c")
    let after = try tmux.waitFor("EXITED=130")
    #expect(!after.contains("SIMULATION"))
    #expect(tmux.display("#{alternate_on}") == "0")
  }

  /// The same for SIGTERM (TerminalGuard treats SIGINT, SIGTERM and SIGHUP alike).
  @Test func sigtermRestoresTheTerminalAndExits143() throws {
    let tmux = try Self.launch()
    defer { tmux.kill() }
    // The pane runs `sh -c`; `env` execs ecsim, so ecsim is the shell's only child.
    let shell = tmux.display("#{pane_pid}")
    let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    let pid = try #require(children.split(separator: " ").first.flatMap { pid_t($0) })
    let name = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)
    #expect(name == "ecsim\n")
    #expect(Glibc.kill(pid, SIGTERM) == 0)
    let after = try tmux.waitFor("EXITED=143")
    #expect(!after.contains("SIMULATION"))
    #expect(tmux.display("#{alternate_on}") == "0")
  }

  /// A crash (a trap in Swift, SIGILL/SIGTRAP) gives the terminal back before the process dies:
  /// TerminalGuard's fatal-signal handler leaves curses mode, then the signal is raised again so
  /// the exit status still says what happened. The crash is requested through a debug-build hook.
  @Test func aCrashRestoresTheTerminal() throws {
    let tmux = try Self.launch(
      "--seed 1", redirect: "", waitForDashboard: false, environment: "ECSIM_TEST_CRASH_AFTER_FIRST_FRAME=1")
    defer { tmux.kill() }
    let after = try tmux.waitFor("EXITED=")
    let status = after.split(separator: "\n").first { $0.hasPrefix("EXITED=") }.flatMap { Int($0.dropFirst(7)) }
    #expect(status.map { $0 >= 128 } == true, "a crash ends with a signal status, got \(after)")
    #expect(tmux.display("#{alternate_on}") == "0")
    #expect(!after.contains("SIMULATION"))
  }

  // MARK: - No terminal

  @Test func standardOutputToAPipeExitsTwo() async throws {
    let r = try await CLITests.ecsim(["dashboard", "--seed", "1"])
    #expect(r.status == .exited(2))
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr
        == "ecsim: standard output is not a terminal (the dashboard needs one; use 'ecsim simulate' for headless runs)\n")
  }

  @Test func standardInputNotATerminalExitsTwo() throws {
    let tmux = try Self.launch(redirect: " < /dev/null", waitForDashboard: false)
    defer { tmux.kill() }
    let screen = try tmux.waitFor("EXITED=2", "ecsim: standard input is not a terminal")
    #expect(!screen.contains("SIMULATION"))
  }

  @Test func unknownTerminalTypeExitsThree() throws {
    let tmux = try Self.launch(term: "nonexistent-term", waitForDashboard: false)
    defer { tmux.kill() }
    let screen = try tmux.waitFor("EXITED=3")
    #expect(screen.hasPrefix("ecsim: unknown terminal type 'nonexistent-term' (TERM); try TERM=xterm-256color\nEXITED=3"))
    #expect(tmux.display("#{alternate_on}") == "0")
  }
}
