import Dashboard
import ECSSim
import Testing
import TerminalUI

/// A world of fixed rows per pane: ids only, filtered with the pane's `FilterPattern` and sorted
/// by id (any column), so the reducer's bookkeeping is tested without an engine.
struct FakeWorld: DashboardWorld {
  var rows: [PaneKind: [String]] = [:]
  /// Tab candidates by the whole line typed so far.
  var candidates: [String: [String]] = [:]

  func visible(_ pane: PaneKind, _ state: UIState) -> [String] {
    let p = state[pane]
    let pattern = FilterPattern(p.filter)
    var r = (rows[pane] ?? []).filter { pattern.matches($0) }
    if let sort = p.sort { r.sort { sort.ascending ? $0 < $1 : $0 > $1 } }
    return r
  }

  func rowCount(_ pane: PaneKind, _ state: UIState) -> Int { visible(pane, state).count }
  func rowID(_ pane: PaneKind, at index: Int, _ state: UIState) -> String? {
    let r = visible(pane, state)
    return index >= 0 && index < r.count ? r[index] : nil
  }
  func index(_ pane: PaneKind, of id: String, _ state: UIState) -> Int? { visible(pane, state).firstIndex(of: id) }
  func completions(for line: String) -> [String] { candidates[line] ?? [] }
}

/// The Composable Architecture's TestStore, small: each `send` states the effects and every
/// change to the state; anything else that changed fails the test.
final class TestStore {
  var state: UIState
  var world: FakeWorld
  let reducer = Reducer()

  init(size: Size = Size(width: 120, height: 40), readonly: Bool = false, world: FakeWorld) {
    self.world = world
    state = UIState(size: size, readonly: readonly)
    reducer.reconcile(&state, world: world)
  }

  func send(
    _ action: Action, _ effects: [Effect] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ update: (inout UIState) -> Void = { _ in }
  ) {
    var expected = state
    update(&expected)
    let actual = reducer.reduce(&state, action, world: world)
    #expect(actual == effects, sourceLocation: sourceLocation)
    #expect(state == expected, sourceLocation: sourceLocation)
  }

  /// A key: `lastKey` always becomes its label; the closure states the rest.
  func key(
    _ key: Key, _ effects: [Effect] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ update: (inout UIState) -> Void = { _ in }
  ) {
    send(.key(key), effects, sourceLocation: sourceLocation) {
      $0.lastKey = key.label
      update(&$0)
    }
  }

  func type(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for c in text { _ = reducer.reduce(&state, .key(.char(c)), world: world) }
  }
}

func ids(_ prefix: String, _ n: Int) -> [String] {
  (0..<n).map { $0 < 10 ? "\(prefix)-0\($0)" : "\(prefix)-\($0)" }
}

@Suite struct ReducerTests {
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

  @Test func helpOpensScrollsAndCloses() {
    let store = TestStore(world: FakeWorld())
    store.key(.char("?")) { $0.overlay = .help(scroll: 0) }
    store.key(.char("j")) { $0.overlay = .help(scroll: 1) }
    store.key(.down) { $0.overlay = .help(scroll: 2) }
    store.key(.char("k")) { $0.overlay = .help(scroll: 1) }
    store.key(.up) { $0.overlay = .help(scroll: 0) }
    store.key(.up)
    // A page is the height less 8: 32 lines at 120×40.
    store.key(.pageDown) { $0.overlay = .help(scroll: 32) }
    store.key(.char("g")) { $0.overlay = .help(scroll: 0) }
    store.key(.char("?")) { $0.overlay = nil }
    store.key(.f(1)) { $0.overlay = .help(scroll: 0) }
    // q closes help; it does not quit.
    store.key(.char("q")) { $0.overlay = nil }
    store.key(.char("?")) { $0.overlay = .help(scroll: 0) }
    store.key(.escape) { $0.overlay = nil }
    // A key that means something in the panes does nothing while help is open.
    store.key(.char("?")) { $0.overlay = .help(scroll: 0) }
    store.key(.char("s"))
    store.key(.enter) { $0.overlay = nil }
  }

  @Test func textOverlayScrollStopsAtTheLastLine() {
    let store = TestStore(world: FakeWorld())
    store.state.overlay = .text(title: "t", lines: ["1", "2", "3"], scroll: 0)
    store.key(.char("j")) { $0.overlay = .text(title: "t", lines: ["1", "2", "3"], scroll: 1) }
    store.key(.pageDown) { $0.overlay = .text(title: "t", lines: ["1", "2", "3"], scroll: 2) }
    store.key(.char("j"))
    store.key(.escape) { $0.overlay = nil }
  }

  @Test func commandPromptRunsTheLineAndKeepsHistory() {
    let store = TestStore(world: FakeWorld())
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.key(.char("l")) { $0.prompt = Prompt(kind: .command, text: "l") }
    store.key(.char("s")) { $0.prompt = Prompt(kind: .command, text: "ls") }
    store.key(.enter, [.run(["ls"])]) {
      $0.prompt = nil
      $0.history = ["ls"]
    }
    // Spaces around the line are dropped; the same line twice is one history entry.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("  ls ")
    store.key(.enter, [.run(["ls"])]) { $0.prompt = nil }
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("describe-clusters")
    store.key(.enter, [.run(["describe-clusters"])]) {
      $0.prompt = nil
      $0.history = ["ls", "describe-clusters"]
    }
    // An empty line runs nothing.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.key(.enter) { $0.prompt = nil }
    // Esc abandons the line.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("run web")
    store.key(.escape) { $0.prompt = nil }
    #expect(store.state.history == ["ls", "describe-clusters"])
  }

  @Test func upAndDownBrowseTheHistory() {
    let store = TestStore(world: FakeWorld())
    store.state.history = ["ls", "describe-clusters"]
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    // ↓ before ↑ does nothing.
    store.key(.down)
    store.key(.up) {
      $0.prompt = Prompt(kind: .command, text: "describe-clusters")
      $0.prompt?.historyIndex = 1
    }
    store.key(.up) {
      $0.prompt = Prompt(kind: .command, text: "ls")
      $0.prompt?.historyIndex = 0
    }
    // The oldest line stays.
    store.key(.up)
    store.key(.down) {
      $0.prompt = Prompt(kind: .command, text: "describe-clusters")
      $0.prompt?.historyIndex = 1
    }
    // Past the newest: an empty new line.
    store.key(.down) { $0.prompt = Prompt(kind: .command) }
    store.key(.up) {
      $0.prompt = Prompt(kind: .command, text: "describe-clusters")
      $0.prompt?.historyIndex = 1
    }
    store.key(.enter, [.run(["describe-clusters"])]) { $0.prompt = nil }
  }

  @Test func tabCompletesTheCommonPrefixThenCycles() {
    let store = TestStore(world: FakeWorld(candidates: [
      "up": ["update-service", "update-container-instances-state"],
      "desc": ["describe-services"],
      "update-service --cl": ["--cluster"],
    ]))
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("up")
    let both = ["update-service", "update-container-instances-state"]
    store.key(.tab) {
      $0.prompt = Prompt(kind: .command, text: "update-")
      $0.prompt?.completions = both
      $0.prompt?.completionBase = ""
    }
    store.key(.tab) {
      $0.prompt?.input = TextInput(text: "update-service ", prompt: ":")
      $0.prompt?.completionIndex = 0
    }
    store.key(.tab) {
      $0.prompt?.input = TextInput(text: "update-container-instances-state ", prompt: ":")
      $0.prompt?.completionIndex = 1
    }
    store.key(.tab) {
      $0.prompt?.input = TextInput(text: "update-service ", prompt: ":")
      $0.prompt?.completionIndex = 0
    }
    store.key(.backTab) {
      $0.prompt?.input = TextInput(text: "update-container-instances-state ", prompt: ":")
      $0.prompt?.completionIndex = 1
    }
    // Typing ends the cycle.
    store.key(.char("x")) { $0.prompt = Prompt(kind: .command, text: "update-container-instances-state x") }
    store.key(.escape) { $0.prompt = nil }
    // One candidate: put in whole, with a space after it, and no list.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("desc")
    store.key(.tab) { $0.prompt = Prompt(kind: .command, text: "describe-services ") }
    store.key(.escape) { $0.prompt = nil }
    // A flag after a verb: the words before it stay.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("update-service --cl")
    store.key(.tab) { $0.prompt = Prompt(kind: .command, text: "update-service --cluster ") }
    // Nothing matches: the line stays as it is.
    store.key(.escape) { $0.prompt = nil }
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("zz")
    store.key(.tab)
  }

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

  @Test func readonlyRefusesEveryMutatingKey() {
    let store = TestStore(readonly: true, world: FakeWorld(rows: [.services: ["web"], .tasks: ["t"]]))
    let refused: [(Character, String)] = [
      ("t", "read-only: launch tasks (run-task) is disabled (--readonly)"),
      ("s", "read-only: scale the selected service is disabled (--readonly)"),
      ("u", "read-only: start a rolling upgrade of the selected service is disabled (--readonly)"),
      ("x", "read-only: stop the selected task is disabled (--readonly)"),
      ("D", "read-only: drain the selected container instance is disabled (--readonly)"),
      ("A", "read-only: set the selected container instance ACTIVE is disabled (--readonly)"),
      ("p", "read-only: push an image to ECR is disabled (--readonly)"),
      ("F", "read-only: inject a fault: terminate, Spot interruption, agent disconnect, bad release is disabled (--readonly)"),
    ]
    for (c, message) in refused {
      store.key(.char(c)) { $0.status = StatusMessage(message, isError: true) }
    }
    // Looking still works, and clears the message.
    store.key(.char("j")) { $0.status = nil }
    store.key(.char("d"), [.describe(.services, "web")])
  }

  @Test func readonlyRefusesMutatingCommandsAtThePrompt() {
    let store = TestStore(readonly: true, world: FakeWorld())
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("aws ecs update-service --service web --desired-count 8")
    store.key(.enter) {
      $0.prompt = nil
      $0.history = ["aws ecs update-service --service web --desired-count 8"]
      $0.status = StatusMessage("read-only: update-service changes the world (--readonly)", isError: true)
    }
    // Verbs that only read still run.
    store.key(.char(":")) {
      $0.prompt = Prompt(kind: .command)
      $0.status = nil
    }
    store.type("describe-services web")
    store.key(.enter, [.run(["describe-services web"])]) {
      $0.prompt = nil
      $0.history.append("describe-services web")
    }
  }

  @Test func mutatingKeysOpenTheirDialogWhereTheyApply() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web"], .tasks: ["t"], .instances: ["i"]]))
    store.key(.char("s"), [.openForm(.scaleService)])
    store.key(.char("u"), [.openForm(.rollingUpgrade)])
    store.key(.char("t"), [.openForm(.launchTask)])
    store.key(.char("p"), [.openForm(.pushImage)])
    store.key(.char("F"), [.openForm(.injectFault)])
    store.key(.char("x")) { $0.status = StatusMessage("stop: focus Tasks first", isError: true) }
    store.key(.char("D")) { $0.status = StatusMessage("drain: focus Container instances first", isError: true) }
    store.key(.char("A")) { $0.status = StatusMessage("activate: focus Container instances first", isError: true) }
    store.key(.char("4")) {
      $0.focus = .tasks
      $0.status = nil
    }
    store.key(.char("x"), [.openForm(.stopTask)])
    store.key(.char("s")) { $0.status = StatusMessage("scale: focus Services first", isError: true) }
    store.key(.char("3")) {
      $0.focus = .instances
      $0.status = nil
    }
    store.key(.char("D"), [.openForm(.drainInstance)])
    store.key(.char("A"), [.openForm(.activateInstance)])
  }

  static let scaleForm = FormState(
    purpose: .scaleService(cluster: "default", service: "web"), title: "Scale service web",
    fields: [.init("Desired count", value: "6")], actionLabel: "Scale")

  @Test func formTabMovesFocusThroughFieldsAndButtons() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    store.state.overlay = .form(form)
    #expect(form.focusedButton == nil)
    for focus in [1, 2, 0, 1] {
      form.focus = focus
      store.key(.tab) { [form] in $0.overlay = .form(form) }
    }
    #expect(form.focusedButton == 0)
    form.focus = 0
    store.key(.backTab) { [form] in $0.overlay = .form(form) }
    form.focus = 2
    store.key(.up) { [form] in $0.overlay = .form(form) }
    #expect(form.focusedButton == 1)
    // ← and → move between buttons and stop at the ends.
    form.focus = 1
    store.key(.left) { [form] in $0.overlay = .form(form) }
    store.key(.left)
    form.focus = 2
    store.key(.right) { [form] in $0.overlay = .form(form) }
    store.key(.right)
  }

  @Test func enterOnCancelClosesTheDialog() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    form.focus = 1
    store.state.overlay = .form(form)
    store.key(.enter) {
      $0.overlay = nil
      $0.status = StatusMessage("cancelled")
    }
  }

  @Test func editingAFieldThenEnterAsksForTheCommandsAndStageTwoFocusesCancel() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    store.state.overlay = .form(form)
    form.fields[0].input = TextInput(text: "")
    store.key(.backspace) { [form] in $0.overlay = .form(form) }
    form.fields[0].input = TextInput(text: "8")
    store.key(.char("8")) { [form] in $0.overlay = .form(form) }
    // Enter in the last field: stage one is done, the app turns the fields into commands.
    store.key(.enter, [.prepare(form)])
    // The app answers with `confirm`: stage two, Cancel focused.
    var confirming = form
    confirming.focus = 2
    confirming.confirm(["update-service --cluster default --service web --desired-count 8"])
    #expect(confirming.focus == 0)
    #expect(confirming.focusedButton == 0)
    #expect(confirming.buttons == ["Cancel", "Scale"])
    store.state.overlay = .form(confirming)
    // Stage two has no fields: Tab goes between the two buttons.
    confirming.focus = 1
    store.key(.tab) { [confirming] in $0.overlay = .form(confirming) }
    confirming.focus = 0
    store.key(.tab) { [confirming] in $0.overlay = .form(confirming) }
    confirming.focus = 1
    store.key(.right) { [confirming] in $0.overlay = .form(confirming) }
    store.key(.enter, [.run(["update-service --cluster default --service web --desired-count 8"])]) {
      $0.overlay = nil
    }
  }

  @Test func enterOnNextAsksForTheCommands() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    form.focus = 2
    store.state.overlay = .form(form)
    store.key(.enter, [.prepare(form)])
    store.key(.char(" "), [.prepare(form)])
  }

  @Test func enterInAFieldThatIsNotTheLastMovesToTheNext() {
    let store = TestStore(world: FakeWorld())
    var form = FormState(
      purpose: .launchTask(cluster: "default"), title: "Launch",
      fields: [.init("Task definition", value: "web:1"), .init("Launch type", value: "EC2", choices: ["EC2", "FARGATE"])],
      actionLabel: "Launch")
    store.state.overlay = .form(form)
    form.focus = 1
    store.key(.enter) { [form] in $0.overlay = .form(form) }
    // A field with choices cycles with ←/→ and Space, never taking typed text.
    form.fields[1].input = TextInput(text: "FARGATE")
    store.key(.right) { [form] in $0.overlay = .form(form) }
    form.fields[1].input = TextInput(text: "EC2")
    store.key(.char(" ")) { [form] in $0.overlay = .form(form) }
    form.fields[1].input = TextInput(text: "FARGATE")
    store.key(.left) { [form] in $0.overlay = .form(form) }
    store.key(.char("z"))
    store.key(.enter, [.prepare(form)])
  }

  @Test func escClosesAnyDialog() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    form.confirm(["update-service --cluster default --service web --desired-count 8"])
    store.state.overlay = .form(form)
    store.key(.escape) {
      $0.overlay = nil
      $0.status = StatusMessage("cancelled")
    }
  }

  @Test func qQuits() {
    let store = TestStore(world: FakeWorld())
    store.key(.char("q"), [.quit]) { $0.quitting = true }
  }

  @Test func drillDownEmitsTheSelectedRowAndEscGoesBack() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["svc:default/web"]]))
    store.key(.enter, [.drillDown(.services, "svc:default/web")])
    store.key(.char("6")) { $0.focus = .events }
    // Events has no drill-down.
    store.key(.enter) { $0.status = StatusMessage("open: focus ALB port mappings or Clusters or Container instances or Services or Tasks first", isError: true) }
    store.state.scopes.append(ScopeEntry(scope: .service(cluster: "default", name: "web"), focus: .tasks))
    store.key(.escape) {
      $0.scopes.removeLast()
      $0.focus = .services
      $0.status = nil
    }
    store.key(.char("z")) { $0.zoomed = true }
    store.key(.escape) { $0.zoomed = false }
  }
}

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

@Suite struct HintBarTests {
  /// 80 columns cannot hold every hint: speed, pause, fault and why go first; `q quit` stays.
  @Test func narrowHintBarDropsTheLeastNeededAndKeepsQuit() {
    let keymap = Keymap.standard
    let narrow = keymap.hints(for: .services, readonly: false, width: 80, spacing: 1)
    #expect(narrow.map(\.key) == ["?", ":", "Tab", "Enter", "/", "d", "s", "u", "q"])
    #expect(narrow.last == KeyHint("q", "quit"))
    #expect(keymap.hints(for: .services, readonly: false, width: 200, spacing: 1) == keymap.hints(for: .services, readonly: false))
    #expect(keymap.hints(for: .tasks, readonly: false, width: 10, spacing: 1) == [KeyHint("q", "quit")])
    // Read-only: no mutating hints at any width.
    #expect(keymap.hints(for: .services, readonly: true, width: 80, spacing: 1).map(\.key) == ["?", ":", "Tab", "Enter", "/", "d", "w", "Space", "q"])
  }
}
