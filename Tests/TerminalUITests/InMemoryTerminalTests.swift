import TerminalUI
import Testing

/// A miniature app loop, the shape the dashboard's loop has: counts ticks, `+` and `-` change a
/// number, `q` quits, and every event redraws.
private struct Counter {
  var ticks = 0
  var value = 0

  func draw(_ size: Size) -> Grid {
    var g = Grid(size: size)
    g.drawBox(g.bounds, title: "n")
    g.put("\(value) @\(ticks)", in: g.bounds.inset(1))
    return g
  }

  mutating func run<T: TerminalBackend>(on terminal: inout T) {
    terminal.present(draw(terminal.size))
    while let event = terminal.nextEvent(timeoutMilliseconds: 100) {
      switch event {
      case .tick: ticks += 1
      case .key(.char("+")): value += 1
      case .key(.char("-")): value -= 1
      case .key(.char("q")): return
      case .key, .resize: break
      }
      terminal.present(draw(terminal.size))
    }
  }
}

@Suite struct InMemoryTerminalTests {
  @Test func replaysTheScriptAndRecordsEveryFrame() {
    var terminal = InMemoryTerminal(
      width: 12, height: 3,
      script: [.tick, .key(.char("+")), .key(.char("+")), .resize(width: 9, height: 4), .tick, .key(.char("q")), .tick])
    var app = Counter()
    app.run(on: &terminal)
    #expect(app.value == 2 && app.ticks == 2)
    #expect(terminal.frames.count == 6)  // the first frame, then one per event before `q`
    #expect(terminal.delivered == 6)
    #expect(!terminal.isExhausted)
    #expect(terminal.size == Size(width: 9, height: 4))
    #expect(
      terminal.frames[2].textDump() == """
        ┌ n ───────┐
        │1 @1      │
        └──────────┘
        """)
    #expect(
      terminal.lastFrame?.textDump() == """
        ┌ n ────┐
        │2 @2   │
        │       │
        └───────┘
        """)
    #expect(terminal.requestedTimeouts == [100, 100, 100, 100, 100, 100])
  }

  @Test func aLongSessionCanKeepOnlyItsLastFrames() {
    var terminal = InMemoryTerminal(
      width: 10, height: 3, script: Array(repeating: .tick, count: 500) + [.key(.char("q"))], maximumFrames: 2)
    var app = Counter()
    app.run(on: &terminal)
    #expect(terminal.presentedCount == 501)
    #expect(terminal.frames.count == 2)
    #expect(terminal.lastFrame?.line(1) == "│0 @500  │")
    #expect(terminal.frames[0].line(1) == "│0 @499  │")
  }

  @Test func timesOutForeverOnceTheScriptIsUsedUp() {
    var terminal = InMemoryTerminal(width: 4, height: 1, script: [.tick])
    #expect(terminal.nextEvent(timeoutMilliseconds: 5) == .tick)
    #expect(terminal.isExhausted)
    #expect(terminal.nextEvent(timeoutMilliseconds: 5) == nil)
    #expect(terminal.nextEvent(timeoutMilliseconds: 5) == nil)
    terminal.enqueue([.key(.enter)])
    #expect(terminal.nextEvent(timeoutMilliseconds: 5) == .key(.enter))
  }
}
