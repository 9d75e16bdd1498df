import Dashboard
import ECSSim
import Testing
import TerminalUI

/// Moving the selection, focusing panes, and keeping the selected row by id as rows move.
@Suite struct SelectionTests {
  /// At 120×40 Services shows 5 data rows and Tasks 7 (bands of 24% and 28% of the 37 rows
  /// between header and status line, less border and column header): a page for PgUp/PgDn.
  @Test func pageIsTheVisibleRowsOfThePane() {
    let layout = DashboardLayout(size: Size(width: 120, height: 40), focus: .services, zoomed: false)
    #expect(layout.visibleRows(.services) == 5)
    #expect(layout.visibleRows(.tasks) == 7)
  }

  @Test func initialSelectionIsTheFirstRowOfEveryPane() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["a", "b"], .tasks: ["t"]]))
    var expected = UIState(size: Size(width: 120, height: 40))
    expected[.services].selectedID = "a"
    expected[.tasks].selectedID = "t"
    #expect(store.state == expected)
  }

  @Test func movementClampsAtBothEnds() {
    let store = TestStore(world: FakeWorld(rows: [.services: ids("svc", 30)]))
    // k on the first row stays there.
    store.key(.char("k"))
    store.key(.char("j")) {
      $0[.services].selectedID = "svc-01"
      $0[.services].selectedIndex = 1
    }
    store.key(.down) {
      $0[.services].selectedID = "svc-02"
      $0[.services].selectedIndex = 2
    }
    store.key(.up) {
      $0[.services].selectedID = "svc-01"
      $0[.services].selectedIndex = 1
    }
    // G: the last row, scrolled so it is the bottom one of 5 visible (30 − 5 = 25).
    store.key(.char("G")) {
      $0[.services].selectedID = "svc-29"
      $0[.services].selectedIndex = 29
      $0[.services].scroll = 25
    }
    store.key(.char("j"))
    store.key(.end)
    store.key(.char("g")) {
      $0[.services].selectedID = "svc-00"
      $0[.services].selectedIndex = 0
      $0[.services].scroll = 0
    }
    store.key(.home)
    // PgDn: down one page of 5; the selection becomes the bottom row on screen.
    store.key(.pageDown) {
      $0[.services].selectedID = "svc-05"
      $0[.services].selectedIndex = 5
      $0[.services].scroll = 1
    }
    store.key(.ctrl("f")) {
      $0[.services].selectedID = "svc-10"
      $0[.services].selectedIndex = 10
      $0[.services].scroll = 6
    }
    // PgUp: the selection becomes the top row on screen.
    store.key(.pageUp) {
      $0[.services].selectedID = "svc-05"
      $0[.services].selectedIndex = 5
      $0[.services].scroll = 5
    }
    store.key(.ctrl("b")) {
      $0[.services].selectedID = "svc-00"
      $0[.services].selectedIndex = 0
      $0[.services].scroll = 0
    }
    // PgUp on the first row and PgDn past the end clamp.
    store.key(.pageUp)
    for _ in 0..<5 { _ = store.reducer.reduce(&store.state, .key(.pageDown), world: store.world) }
    #expect(store.state[.services].selectedIndex == 25)
    store.key(.pageDown) {
      $0[.services].selectedID = "svc-29"
      $0[.services].selectedIndex = 29
      $0[.services].scroll = 25
    }
  }

  @Test func movementInAnEmptyPaneDoesNothing() {
    let store = TestStore(world: FakeWorld(rows: [.services: []]))
    store.key(.char("j"))
    store.key(.char("G"))
    store.key(.pageDown)
    #expect(store.state[.services].selectedID == nil)
  }

  @Test func movementActsOnTheFocusedPaneOnly() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["a", "b"], .tasks: ["t1", "t2", "t3"]]))
    store.key(.char("4")) { $0.focus = .tasks }
    store.key(.char("G")) {
      $0[.tasks].selectedID = "t3"
      $0[.tasks].selectedIndex = 2
    }
    #expect(store.state[.services].selectedID == "a")
  }

  @Test func tabAndShiftTabCycleFocusAndDigitsPickAPane() {
    let store = TestStore(world: FakeWorld())
    #expect(store.state.focus == .services)
    store.key(.tab) { $0.focus = .instances }
    store.key(.tab) { $0.focus = .tasks }
    store.key(.tab) { $0.focus = .targets }
    store.key(.tab) { $0.focus = .events }
    store.key(.tab) { $0.focus = .clusters }
    store.key(.backTab) { $0.focus = .events }
    store.key(.backTab) { $0.focus = .targets }
    store.key(.char("1")) { $0.focus = .clusters }
    store.key(.char("2")) { $0.focus = .services }
    store.key(.char("3")) { $0.focus = .instances }
    store.key(.char("4")) { $0.focus = .tasks }
    store.key(.char("5")) { $0.focus = .targets }
    store.key(.char("6")) { $0.focus = .events }
  }

  @Test func selectionFollowsItsRowWhenRowsMove() {
    let store = TestStore(world: FakeWorld(rows: [.tasks: ["a", "b", "c"]]))
    store.key(.char("4")) { $0.focus = .tasks }
    store.key(.char("j")) {
      $0[.tasks].selectedID = "b"
      $0[.tasks].selectedIndex = 1
    }
    // A new row arrives above: the selection stays on b, now the third row.
    store.world.rows[.tasks] = ["x", "a", "b", "c"]
    store.send(.tick, [.advance(.ms(100))]) { $0[.tasks].selectedIndex = 2 }
    // b disappears: its neighbour, now at b's index, takes the selection.
    store.world.rows[.tasks] = ["x", "a", "c"]
    store.send(.tick, [.advance(.ms(100))]) { $0[.tasks].selectedID = "c" }
    // The last row disappears: the row above it (the new last row) takes the selection.
    store.world.rows[.tasks] = ["x", "a"]
    store.send(.tick, [.advance(.ms(100))]) {
      $0[.tasks].selectedID = "a"
      $0[.tasks].selectedIndex = 1
    }
    // Every row gone: no selection; the first row that comes back is selected.
    store.world.rows[.tasks] = []
    store.send(.tick, [.advance(.ms(100))]) {
      $0[.tasks].selectedID = nil
      $0[.tasks].selectedIndex = 0
    }
    store.world.rows[.tasks] = ["n"]
    store.send(.tick, [.advance(.ms(100))]) { $0[.tasks].selectedID = "n" }
  }

  @Test func resizeKeepsTheSelectedRowOnScreen() {
    let store = TestStore(world: FakeWorld(rows: [.services: ids("s", 20)]))
    store.key(.char("G")) {
      $0[.services].selectedID = "s-19"
      $0[.services].selectedIndex = 19
      $0[.services].scroll = 15
    }
    // 80×24: one pane of 24 − 4 rows, less border and header: 17 rows, so the scroll is 3.
    store.send(.resize(Size(width: 80, height: 24))) {
      $0.size = Size(width: 80, height: 24)
      $0[.services].scroll = 3
    }
  }
}
