import Dashboard
import ECSSim
import Testing
import TerminalUI

/// The `/` filter and the `o`/`O` sort: each keeps the selection on its row.
@Suite struct FilterAndSortTests {
  @Test func filterTypingUpdatesThePaneLiveAndEscRestores() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web", "web-canary", "worker", "api"]]))
    store.key(.char("/")) { $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "") }
    store.key(.char("w")) {
      $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "w")
      $0[.services].filter = "w"
    }
    // "wo" keeps only worker: web is gone, so the row now at its index is selected.
    store.key(.char("o")) {
      $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "wo")
      $0[.services].filter = "wo"
      $0[.services].selectedID = "worker"
    }
    // Back to "w": worker stays selected, found at its new index.
    store.key(.backspace) {
      $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "w")
      $0[.services].filter = "w"
      $0[.services].selectedIndex = 2
    }
    // Esc after editing restores the filter from before the prompt opened (none).
    store.key(.escape) {
      $0.prompt = nil
      $0[.services].filter = ""
    }
    // Enter keeps the filter.
    store.key(.char("/")) { $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "") }
    store.type("api")
    store.key(.enter) {
      $0.prompt = nil
      $0[.services].filter = "api"
      $0[.services].selectedID = "api"
      $0[.services].selectedIndex = 0
    }
    // Esc with the filter unchanged clears it.
    store.key(.char("/")) { $0.prompt = Prompt(kind: .filter(.services, previous: "api"), text: "api") }
    store.key(.escape) {
      $0.prompt = nil
      $0[.services].filter = ""
      $0[.services].selectedIndex = 3
    }
    // Editing an existing filter and pressing Esc puts the old one back.
    store.key(.char("/")) { $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "") }
    // api drops out at "w"; the row now at its index (clamped) takes over: worker, then at
    // "we" web-canary.
    store.type("web")
    store.key(.enter) {
      $0.prompt = nil
      $0[.services].filter = "web"
      $0[.services].selectedID = "web-canary"
      $0[.services].selectedIndex = 1
    }
    store.key(.char("/")) { $0.prompt = Prompt(kind: .filter(.services, previous: "web"), text: "web") }
    store.type("-c")
    #expect(store.state[.services].filter == "web-c")
    #expect(store.state[.services].selectedID == "web-canary")
    store.key(.escape) {
      $0.prompt = nil
      $0[.services].filter = "web"
      $0[.services].selectedIndex = 1
    }
    // In the pane, Esc clears the filter.
    store.key(.escape) {
      $0[.services].filter = ""
    }
  }

  @Test func bangNegatesTheFilter() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web", "web-canary", "worker", "api"]]))
    store.key(.char("/")) { $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "") }
    // A lone ! filters nothing yet.
    store.key(.char("!")) {
      $0.prompt = Prompt(kind: .filter(.services, previous: ""), text: "!")
      $0[.services].filter = "!"
    }
    store.type("WEB")
    #expect(store.state[.services].filter == "!WEB")
    #expect(store.world.visible(.services, store.state) == ["worker", "api"])
    #expect(store.state[.services].selectedID == "api")
    #expect(FilterPattern("!web").matches("api"))
    #expect(!FilterPattern("!web").matches("Web-canary"))
    #expect(FilterPattern("!").matches("anything"))
  }

  @Test func sortCyclesColumnsAndReverses() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["c", "a", "b"]]))
    // Natural order first: c is selected; sorting moves it, the selection follows.
    store.key(.char("o")) {
      $0[.services].sort = TableSort(column: 0, ascending: true)
      $0[.services].selectedIndex = 2
    }
    store.key(.char("O")) {
      $0[.services].sort = TableSort(column: 0, ascending: false)
      $0[.services].selectedIndex = 0
    }
    store.key(.char("O")) {
      $0[.services].sort = TableSort(column: 0, ascending: true)
      $0[.services].selectedIndex = 2
    }
    // o walks the rest of the Services columns, then back to the natural order.
    for column in 1..<PaneColumns.columns(for: .services).count {
      store.key(.char("o")) { $0[.services].sort = TableSort(column: column, ascending: true) }
    }
    store.key(.char("o")) {
      $0[.services].sort = nil
      $0[.services].selectedIndex = 0
    }
    // O from the natural order sorts by the first column, descending.
    store.key(.char("O")) { $0[.services].sort = TableSort(column: 0, ascending: false) }
  }
}
