import Dashboard
import ECSSim
import Testing
import TerminalUI

/// Random keys, ticks and resizes against the whole app: nothing may crash, every frame is
/// exactly the terminal's size, and the engine's invariants hold throughout.
@Suite struct MonkeyTests {
  static let eventCount = 20_000

  static let keymapKeys = Keymap.standard.bindings.map(\.key)
  static let printable: [Key] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_:/!.,=@#é漢👍".map { .char($0) }
  static let editing: [Key] = [
    .enter, .escape, .tab, .backTab, .up, .down, .left, .right, .backspace, .delete, .home, .end,
    .pageUp, .pageDown, .ctrl("u"), .ctrl("k"),
  ]

  static func randomEvent(_ rng: inout SplitMix64) -> TerminalEvent {
    let roll = rng.below(100)
    switch roll {
    case 0..<30: return .tick
    case 30..<62: return .key(rng.pick(keymapKeys))
    case 62..<82: return .key(rng.pick(printable))
    case 82..<98: return .key(rng.pick(editing))
    default: return .resize(width: 1 + rng.below(200), height: 1 + rng.below(60))
    }
  }

  @Test func twentyThousandRandomEvents() throws {
    let app = try TestSupport.app(at: .seconds(30))
    var terminal = InMemoryTerminal(width: 120, height: 40, maximumFrames: 1)
    var rng = SplitMix64(state: 0x5EED_0001)
    var resizes = 0, renders = 0
    for i in 1...Self.eventCount {
      let event = Self.randomEvent(&rng)
      // Through the in-memory backend, so a resize changes its size as a real one would.
      terminal.enqueue([event])
      guard let delivered = terminal.nextEvent(timeoutMilliseconds: 0) else {
        Issue.record("event \(i) was not delivered")
        return
      }
      var mustRender = i % 10 == 0
      switch delivered {
      case .key(let key): app.send(.key(key))
      case .tick: app.send(.tick)
      case .resize:
        app.send(.resize(terminal.size))
        resizes += 1
        mustRender = true
      }
      if mustRender {
        let frame = app.render()
        renders += 1
        if frame.size != terminal.size || app.state.size != terminal.size {
          Issue.record("event \(i) (\(delivered)): frame \(frame.size), state \(app.state.size), terminal \(terminal.size)")
          return
        }
        terminal.present(frame)
      }
      if i % 500 == 0 {
        let violations = InvariantChecker.check(app.sim)
        if !violations.isEmpty {
          Issue.record("after event \(i) at \(app.sim.now.clock): \(violations.joined(separator: "; "))")
          return
        }
      }
    }
    #expect(resizes > 100)
    #expect(renders > Self.eventCount / 10)
    #expect(terminal.presentedCount == renders)
  }

  /// The random keys above rarely get through a dialog, so this one acts like a hurried user:
  /// pick a pane and a row, open a dialog for a change, sometimes edit a field, confirm (Right,
  /// Enter) or cancel, let time pass. Commands really run; the engine's invariants must hold.
  @Test func hurriedUserThroughTheDialogs() throws {
    let app = try TestSupport.app(at: .seconds(30))
    var rng = SplitMix64(state: 0x5EED_0002)
    let actions: [Character] = ["t", "s", "u", "x", "D", "A", "p", "F"]
    app.press(.char(">"), .char(">"), .char(">"))  // ×8
    var ran = 0
    for round in 1...1_000 {
      app.press(.char(Character(String(1 + rng.below(6)))))
      for _ in 0..<rng.below(4) { app.press(.char("j")) }
      app.press(.char(rng.pick(actions)))
      if case .form(let form)? = app.state.overlay {
        if !form.fields.isEmpty, rng.below(3) == 0 {
          app.press(.backspace)
          app.type(String(rng.below(12)))
        }
        for _ in 0..<4 where !(app.state.overlay.map { if case .form(let f) = $0 { f.isConfirming } else { false } } ?? true) {
          app.press(.enter)
        }
        let confirming: Bool = if case .form(let f)? = app.state.overlay { f.isConfirming } else { false }
        if confirming && rng.below(5) > 0 {
          app.press(.right, .enter)
          ran += 1
        } else {
          app.press(.escape)
        }
      }
      if app.state.overlay != nil { app.press(.escape) }
      for _ in 0..<rng.below(20) { app.send(.tick) }
      if round % 100 == 0 {
        let violations = InvariantChecker.check(app.sim)
        if !violations.isEmpty {
          Issue.record("round \(round) at \(app.sim.now.clock): \(violations.joined(separator: "; "))")
          return
        }
        #expect(app.render().size == TestSupport.large)
      }
    }
    #expect(ran > 150, "only \(ran) dialogs were confirmed")
    #expect(app.sim.now > .minutes(10))
  }
}
