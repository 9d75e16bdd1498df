import Dashboard
import ECSSim
import Testing
import TerminalUI

/// The whole app through its real loop on a scripted terminal: ticks, a scale through its
/// dialog, a resize down to 80×24 and back, a rolling upgrade to image tag 1.5.0 (in the
/// default scenario's ECR as web:1.5.0), and `q`.
@Suite struct ScriptedSessionTests {
  static func ticks(_ n: Int) -> [TerminalEvent] { Array(repeating: .tick, count: n) }
  static func keys(_ keys: Key...) -> [TerminalEvent] { keys.map { .key($0) } }
  static func typed(_ text: String) -> [TerminalEvent] { text.map { .key(.char($0)) } }

  @Test func scaleResizeUpgradeQuit() throws {
    // From 1m: the six web:1 tasks are running and the 3m upgrade has not started.
    let app = try TestSupport.app(at: .minutes(1))
    let script: [TerminalEvent] =
      Self.ticks(10)
      + Self.keys(.char("2"), .char("s"), .backspace, .char("8"), .enter)
      // Stage two: the command, Cancel focused; → then Enter runs it.
      + Self.keys(.right, .enter)
      + Self.ticks(30)
      + [.resize(width: 80, height: 24)] + Self.ticks(5) + [.resize(width: 120, height: 40)]
      + Self.keys(.char("u")) + Self.typed("1.5.0") + Self.keys(.enter, .enter, .enter, .right, .enter)
      + Self.ticks(20)
      + Self.keys(.char("q"))
      // Never delivered: the loop stops at q.
      + Self.ticks(5)
    var terminal = InMemoryTerminal(width: 120, height: 40, script: script)
    app.run(on: &terminal, pacing: .scripted(presentEvery: 1))

    // The UI: quit with Services focused at the size the terminal ended at, nothing open.
    #expect(app.state.quitting)
    #expect(app.state.focus == .services)
    #expect(app.state.size == Size(width: 120, height: 40))
    #expect(terminal.size == Size(width: 120, height: 40))
    #expect(app.state.overlay == nil)
    #expect(terminal.delivered == script.count - 5)
    // The initial frame, one per event delivered, and the last one after the loop.
    #expect(terminal.presentedCount == terminal.delivered + 2)
    for frame in terminal.frames {
      #expect(frame.size == Size(width: 120, height: 40) || frame.size == Size(width: 80, height: 24))
    }

    // The engine: 1m + 65 ticks of 100 ms, desired count 8, a new revision web:3 with the
    // 1.5.0 image as the primary deployment, web:1 still draining beside it.
    #expect(app.sim.now == .minutes(1) + .ms(6_500))
    let web = try #require(app.sim.clusters["default"]?.services["web"])
    #expect(web.desiredCount == 8)
    #expect(web.taskDefinition.familyRevision == "web:3")
    #expect(web.taskDefinition.containerDefinitions.first?.image == "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0")
    #expect(web.deployments.map(\.taskDefinition.familyRevision) == ["web:3", "web:1"])
    #expect(web.primary.desiredCount == 8)

    // The scale dialog's second stage, as the user confirmed it.
    let confirm = try #require(terminal.frames.first { $0.textDump().contains("--desired-count 8") && $0.textDump().contains("Will run:") })
    Golden.check(confirm, "session-scale-confirm-120x40")
    // The small frame during the resize.
    let small = try #require(terminal.frames.first { $0.size == Size(width: 80, height: 24) })
    Golden.check(small, "session-resized-80x24")
    // The last frame before q: both deployments in Services.
    let beforeQuit = terminal.frames[terminal.frames.count - 3]
    let lines = beforeQuit.textDump().split(separator: "\n")
    #expect(lines.contains { $0.contains("└ web:3") && $0.contains("PRIMARY") })
    #expect(lines.contains { $0.contains("└ web:1") && $0.contains("ACTIVE") })
    Golden.check(beforeQuit, "session-upgrading-120x40")
  }

  /// Paused, the loop waits for input without a timeout (no CPU), and ticks move nothing.
  @Test func pausedLoopWaitsWithoutTimeout() throws {
    let app = try TestSupport.app(at: .minutes(1))
    var terminal = InMemoryTerminal(width: 120, height: 40, script: Self.keys(.char(" ")) + Self.ticks(3) + Self.keys(.char("q")))
    app.run(on: &terminal, pacing: .scripted(presentEvery: 1))
    #expect(app.sim.now == .minutes(1))
    #expect(terminal.requestedTimeouts == [100, -1, -1, -1, -1])
    #expect(app.state.paused)
    #expect(terminal.lastFrame?.line(0).contains("⏸ PAUSED ×1") == true)
  }
}
