import Dashboard
import ECSSim
import Testing
import TerminalUI

@Suite struct EventFollowTests {
  @Test func eventsFollowTheNewestLineWhileTheTopRowIsSelected() {
    let store = TestStore(world: FakeWorld(rows: [.events: ["evt:2", "evt:1", "evt:0"]]))
    #expect(store.state[.events].selectedID == "evt:2")
    store.world.rows[.events] = ["evt:4", "evt:3", "evt:2", "evt:1", "evt:0"]
    store.send(.tick, [.advance(.ms(100))]) { $0[.events].selectedID = "evt:4" }
    // An older line selected: it is kept by id as new lines arrive above it.
    store.key(.char("6")) { $0.focus = .events }
    store.key(.char("j")) {
      $0[.events].selectedID = "evt:3"
      $0[.events].selectedIndex = 1
    }
    store.world.rows[.events] = ["evt:5", "evt:4", "evt:3", "evt:2", "evt:1", "evt:0"]
    store.send(.tick, [.advance(.ms(100))]) { $0[.events].selectedIndex = 2 }
    // g goes back to the top, and following resumes.
    store.key(.char("g")) {
      $0[.events].selectedID = "evt:5"
      $0[.events].selectedIndex = 0
    }
    store.world.rows[.events] = ["evt:6", "evt:5", "evt:4", "evt:3", "evt:2", "evt:1", "evt:0"]
    store.send(.tick, [.advance(.ms(100))]) { $0[.events].selectedID = "evt:6" }
  }
}
