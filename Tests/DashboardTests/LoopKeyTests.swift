import Dashboard
import ECSSim
import Testing
import TerminalUI

/// Keys that drive the loop: pause, step, speed and quit.
@Suite struct LoopKeyTests {
  @Test func spacePausesAndATickWhilePausedAdvancesNothing() {
    let store = TestStore(world: FakeWorld())
    store.send(.tick, [.advance(.ms(100))])
    store.key(.char(" ")) { $0.paused = true }
    store.send(.tick)
    store.key(.char(" ")) { $0.paused = false }
    store.send(.tick, [.advance(.ms(100))])
    // . steps to the next event and pauses.
    store.key(.char("."), [.step]) { $0.paused = true }
    store.key(.char("."), [.step])
    store.send(.tick)
  }

  @Test func speedClampsAtAQuarterAndSixtyFour() {
    let store = TestStore(world: FakeWorld())
    #expect(store.state.speedLabel == "×1")
    store.key(.char(">")) { $0.speedIndex = 3 }
    store.key(.char("+")) { $0.speedIndex = 4 }
    for i in 5...8 { store.key(.char(">")) { $0.speedIndex = i } }
    store.key(.char(">"))
    #expect(store.state.speed == 64)
    #expect(store.state.speedLabel == "×64")
    store.send(.tick, [.advance(.ms(6400))])
    for i in stride(from: 7, through: 0, by: -1) { store.key(.char("<")) { $0.speedIndex = i } }
    store.key(.char("-"))
    store.key(.char("<"))
    #expect(store.state.speed == 0.25)
    #expect(store.state.speedLabel == "×0.25")
    store.send(.tick, [.advance(.ms(25))])
    #expect(UIState(size: .zero, speed: 8).speedIndex == 5)
    #expect(UIState(size: .zero, speed: 100).speedIndex == 8)
  }

  @Test func qQuits() {
    let store = TestStore(world: FakeWorld())
    store.key(.char("q")) { $0.quitting = true }
  }

  /// Quitting is the reducer's alone: `q` sets `quitting` and asks the engine for nothing, so
  /// there is no answer that could set it a second time.
  @Test func quitIsSetInOnePlace() {
    let store = TestStore(world: FakeWorld()) { effect in Issue.record("unexpected effect \(effect)"); return nil }
    store.key(.char("q")) { $0.quitting = true }
  }

  /// `.` on a world at rest pauses, and the engine's answer says why the clock did not move.
  @Test func stepWithNothingScheduled() {
    let store = TestStore(world: FakeWorld()) { $0 == .step ? .stepFoundNothingScheduled : nil }
    store.key(.char("."), [.step]) { $0.paused = true }
    store.receive(.stepFoundNothingScheduled) {
      $0.status = StatusMessage("step: nothing is scheduled; the world is at rest")
    }
    // The next key clears the message; a paused tick asks for nothing.
    store.key(.char("j")) { $0.status = nil }
    store.send(.tick)
  }

  /// A step that reached the next event brings its rows in and says where the clock is.
  @Test func stepToTheNextEventReconcilesAndSaysWhen() {
    let store = TestStore(world: FakeWorld(rows: [.tasks: ["a"]])) { $0 == .step ? .stepped(to: .seconds(90)) : nil }
    store.key(.char("."), [.step]) { $0.paused = true }
    store.world.rows[.tasks] = ["b", "a"]
    store.receive(.stepped(to: .seconds(90))) {
      $0[.tasks].selectedIndex = 1
      $0.status = StatusMessage("stepped to 00:01:30.000 (paused; Space resumes)")
    }
  }

  /// A tick advances the clock; when that brought events, the answer reconciles every pane, and
  /// when it brought none there is no answer and nothing changes.
  @Test func aTickThatBroughtEventsReconcilesThroughTheReducer() {
    var changed = true
    let store = TestStore(world: FakeWorld(rows: [.events: ["evt:1"]])) { effect in
      effect == .advance(.ms(100)) && changed ? .worldChanged : nil
    }
    store.world.rows[.events] = ["evt:2", "evt:1"]
    store.send(.tick, [.advance(.ms(100))]) {
      // The tick reconciles before it advances: the new line is already followed.
      $0[.events].selectedID = "evt:2"
    }
    store.world.rows[.events] = ["evt:3", "evt:2", "evt:1"]
    store.receive(.worldChanged) { $0[.events].selectedID = "evt:3" }
    changed = false
    store.send(.tick, [.advance(.ms(100))])
  }
}
