import ECSSim
import TerminalUI

/// The dashboard's only way to change UI state: pure, with the world read through a protocol
/// and the engine reached only through the returned effects, whose answers come back as
/// actions (`Reducer+Answers.swift`). `Store` makes it the only writer of a running app's state.
public struct Reducer: Sendable {
  public var keymap: Keymap

  public init(keymap: Keymap = .standard) { self.keymap = keymap }

  public func reduce(_ state: inout UIState, _ action: Action, world: some DashboardWorld) -> [Effect] {
    switch action {
    case .tick:
      reconcile(&state, world: world)
      guard !state.paused else { return [] }
      let ms = Int64((Double(UIState.tickMilliseconds) * state.speed).rounded())
      return [.advance(.ms(ms))]
    case .resize(let size):
      state.size = size
      reconcile(&state, world: world)
      return []
    case .key(let key):
      state.lastKey = key.label
      if case .form = state.overlay { return formKey(&state, key) }
      if state.overlay != nil { return overlayKey(&state, key) }
      if state.prompt != nil { return promptKey(&state, key, world: world) }
      state.status = nil
      guard let action = keymap.action(for: key) else { return [] }
      return perform(&state, action, world: world)
    case .worldChanged, .stepped, .stepFoundNothingScheduled, .commandsRan, .formOpened, .formUnavailable,
      .formCommandsPrepared, .formRejected, .described, .explained, .nothingToExplain, .drillDownResolved:
      answer(&state, action, world: world)
      return []
    }
  }

  // MARK: - Pane keys

  func perform(_ state: inout UIState, _ action: KeyAction, world: some DashboardWorld) -> [Effect] {
    let pane = state.focus
    if action.mutates && state.readonly {
      // Only the first letter is lowered: "push an image to ECR", not "… to ecr".
      let what = action.help.prefix(1).lowercased() + action.help.dropFirst()
      state.status = StatusMessage("read-only: \(what) is disabled (--readonly)", isError: true)
      return []
    }
    if let panes = action.panes, !panes.contains(pane) {
      let names = panes.map(\.title).sorted().joined(separator: " or ")
      state.status = StatusMessage("\(action.hint): focus \(names) first", isError: true)
      return []
    }
    let layout = DashboardLayout(size: state.size, focus: pane, zoomed: state.zoomed)
    switch action {
    case .moveDown: move(&state, pane, by: 1, world: world)
    case .moveUp: move(&state, pane, by: -1, world: world)
    case .pageDown: move(&state, pane, by: layout.visibleRows(pane), world: world)
    case .pageUp: move(&state, pane, by: -layout.visibleRows(pane), world: world)
    case .top: select(&state, pane, index: 0, world: world)
    case .bottom: select(&state, pane, index: world.rowCount(pane, state) - 1, world: world)
    case .nextPane: state.focus = pane.next
    case .previousPane: state.focus = pane.previous
    case .focusClusters, .focusServices, .focusInstances, .focusTasks, .focusTargets, .focusEvents:
      state.focus = action.focusTarget!
    case .drillDown:
      guard let id = state[pane].selectedID else { return [] }
      return [.drillDown(pane, id)]
    case .back:
      if !state[pane].filter.isEmpty {
        state[pane].filter = ""
        reconcile(&state, world: world)
      } else if state.scopes.count > 1 {
        state.scopes.removeLast()
        state.focus = state.scopes[state.scopes.count - 1].focus
      } else if state.zoomed {
        state.zoomed = false
      }
    case .zoom: state.zoomed.toggle()
    case .filter:
      state.prompt = Prompt(kind: .filter(pane, previous: state[pane].filter), text: state[pane].filter)
    case .sortNext:
      let columns = PaneColumns.columns(for: pane).count
      var sort = state[pane].sort ?? TableSort(column: -1, ascending: true)
      sort.column += 1
      state[pane].sort = sort.column >= columns ? nil : sort
      reconcile(&state, world: world)
    case .sortReverse:
      var sort = state[pane].sort ?? TableSort(column: 0, ascending: true)
      sort.ascending.toggle()
      state[pane].sort = sort
      reconcile(&state, world: world)
    case .describe:
      guard let id = state[pane].selectedID else { return [] }
      return [.describe(pane, id)]
    case .why:
      guard let id = state[pane].selectedID else {
        state.status = StatusMessage("why: select a task, service, deployment or instance first", isError: true)
        return []
      }
      return [.explain(pane, id)]
    case .help: state.overlay = .help(scroll: 0)
    case .command: state.prompt = Prompt(kind: .command)
    case .pause: state.paused.toggle()
    case .step:
      state.paused = true
      return [.step]
    case .faster: state.speedIndex = min(UIState.speeds.count - 1, state.speedIndex + 1)
    case .slower: state.speedIndex = max(0, state.speedIndex - 1)
    case .cycleGlyphs:
      state.glyphs = switch state.glyphs {
      case .blocks: .braille
      case .braille: .ascii
      case .ascii: .blocks
      }
    case .quit:
      // The loop stops when it sees this; there is nothing for the engine to do.
      state.quitting = true
    case .launchTask, .scaleService, .rollingUpgrade, .stopTask, .drainInstance, .activateInstance,
      .pushImage, .injectFault:
      return [.openForm(action)]
    }
    return []
  }

  func move(_ state: inout UIState, _ pane: PaneKind, by delta: Int, world: some DashboardWorld) {
    let count = world.rowCount(pane, state)
    guard count > 0 else { return }
    let current = state[pane].selectedID.flatMap { world.index(pane, of: $0, state) } ?? (delta > 0 ? -1 : count)
    select(&state, pane, index: current + delta, world: world)
  }

  func select(_ state: inout UIState, _ pane: PaneKind, index: Int, world: some DashboardWorld) {
    let count = world.rowCount(pane, state)
    guard count > 0 else {
      state[pane].clearSelection()
      return
    }
    let i = min(max(0, index), count - 1)
    state[pane].selectedIndex = i
    state[pane].selectedID = world.rowID(pane, at: i, state)
    scrollToSelection(&state, pane, count: count)
  }

  func scrollToSelection(_ state: inout UIState, _ pane: PaneKind, count: Int) {
    let layout = DashboardLayout(size: state.size, focus: state.focus, zoomed: state.zoomed)
    let visible = layout.panes[pane] == nil
      ? DashboardLayout(size: state.size, focus: pane, zoomed: state.zoomed).visibleRows(pane)
      : layout.visibleRows(pane)
    state[pane].scroll = Table.scrollOffset(
      current: state[pane].scroll, selected: state[pane].selectedIndex, rowCount: count, visibleRows: visible)
  }

  /// Keeps every pane's selection on the same row (by id) after the world, the filter, the sort
  /// or the size changed; a row that is gone hands the selection to the row now at its index.
  ///
  /// Events, newest first, follow the log like `tail -f` while the top row is selected: the
  /// newest line takes the selection, so new events stay in view. Selecting an older line stops
  /// following (that line is then kept by id as lines arrive above it); `g` resumes.
  public func reconcile(_ state: inout UIState, world: some DashboardWorld) {
    for pane in PaneKind.allCases {
      let count = world.rowCount(pane, state)
      guard count > 0 else {
        state[pane].clearSelection()
        continue
      }
      if pane == .events && state[pane].selectedIndex == 0 {
        // The Events pane follows the newest line while its first row is selected (a log's
        // "follow" mode); selecting an older line pins the selection to that event instead.
        state[pane].selectedID = world.rowID(pane, at: 0, state)
        state[pane].scroll = 0
        continue
      }
      if let id = state[pane].selectedID, let i = world.index(pane, of: id, state) {
        state[pane].selectedIndex = i
      } else {
        let i = min(max(0, state[pane].selectedIndex), count - 1)
        state[pane].selectedIndex = i
        state[pane].selectedID = world.rowID(pane, at: i, state)
      }
      scrollToSelection(&state, pane, count: count)
    }
  }

  // MARK: - Overlays

  func overlayKey(_ state: inout UIState, _ key: Key) -> [Effect] {
    guard let overlay = state.overlay else { return [] }
    let page = max(1, state.size.height - 8)
    func scrolled(_ s: Int) -> Int {
      switch key {
      case .down, .char("j"): s + 1
      case .up, .char("k"): max(0, s - 1)
      case .pageDown, .char(" "), .ctrl("f"): s + page
      case .pageUp, .ctrl("b"): max(0, s - page)
      case .home, .char("g"): 0
      default: s
      }
    }
    var isHelp = false
    if case .help = overlay { isHelp = true }
    let closes = key == .escape || key == .char("q") || key == .enter || (isHelp && keymap.action(for: key) == .help)
    if closes {
      state.overlay = nil
      return []
    }
    switch overlay {
    case .help(let s): state.overlay = .help(scroll: scrolled(s))
    case .text(let title, let lines, let s):
      state.overlay = .text(title: title, lines: lines, scroll: min(scrolled(s), max(0, lines.count - 1)))
    case .form: break
    }
    return []
  }

  func formKey(_ state: inout UIState, _ key: Key) -> [Effect] {
    guard case .form(var form) = state.overlay else { return [] }
    defer { if state.overlay != nil { state.overlay = .form(form) } }
    let fieldCount = form.isConfirming ? 0 : form.fields.count
    let stops = fieldCount + form.buttons.count
    if key == .escape {
      state.overlay = nil
      state.status = StatusMessage("cancelled")
      return []
    }
    switch key {
    case .tab, .down:
      form.focus = (form.focus + 1) % stops
      return []
    case .backTab, .up:
      form.focus = (form.focus + stops - 1) % stops
      return []
    default: break
    }
    if let b = form.focusedButton {
      switch key {
      case .left, .right, .char("h"), .char("l"):
        let next = key == .left || key == .char("h") ? b - 1 : b + 1
        form.focus = fieldCount + min(max(0, next), form.buttons.count - 1)
      case .enter, .char(" "):
        if b == 0 {
          state.overlay = nil
          state.status = StatusMessage("cancelled")
          return []
        }
        if let commands = form.commands {
          state.overlay = nil
          return [.run(commands)]
        }
        return [.prepare(form)]
      default: break
      }
      return []
    }
    // A field has focus.
    var field = form.fields[form.focus]
    if !field.choices.isEmpty {
      let i = field.choices.firstIndex(of: field.value) ?? 0
      switch key {
      case .left, .char("h"):
        field.input = TextInput(text: field.choices[(i + field.choices.count - 1) % field.choices.count])
      case .right, .char("l"), .char(" "):
        field.input = TextInput(text: field.choices[(i + 1) % field.choices.count])
      case .enter: return advanceField(&form)
      default: break
      }
      form.fields[form.focus] = field
      return []
    }
    if key == .enter { return advanceField(&form) }
    field.input.handle(key)
    form.fields[form.focus] = field
    form.error = nil
    return []
  }

  /// Enter in a field: the next field, or from the last one straight to "Next".
  func advanceField(_ form: inout FormState) -> [Effect] {
    if form.focus + 1 < form.fields.count {
      form.focus += 1
      return []
    }
    return [.prepare(form)]
  }

  // MARK: - Prompt

  func promptKey(_ state: inout UIState, _ key: Key, world: some DashboardWorld) -> [Effect] {
    guard var prompt = state.prompt else { return [] }
    switch prompt.kind {
    case .filter(let pane, let previous):
      switch key {
      case .enter:
        state.prompt = nil
      case .escape:
        state[pane].filter = previous == state[pane].filter ? "" : previous
        state.prompt = nil
      default:
        prompt.input.handle(key)
        state[pane].filter = prompt.input.text
        state.prompt = prompt
      }
      reconcile(&state, world: world)
      return []
    case .command:
      switch key {
      case .escape:
        state.prompt = nil
      case .enter:
        let line = prompt.input.text.trimmingSpaces
        state.prompt = nil
        guard !line.isEmpty else { return [] }
        if state.history.last != line { state.history.append(line) }
        if state.history.count > 500 { state.history.removeFirst(state.history.count - 500) }
        // --readonly hides the dialogs; the prompt must not be a way around it.
        if state.readonly, let verb = Self.verb(of: line), verb.isMutating {
          state.status = StatusMessage("read-only: \(verb.name) changes the world (--readonly)", isError: true)
          return []
        }
        return [.run([line])]
      case .up:
        guard !state.history.isEmpty else { return [] }
        let i = max(0, (prompt.historyIndex ?? state.history.count) - 1)
        prompt.historyIndex = i
        prompt.input = TextInput(text: state.history[i], prompt: ":")
        prompt.completions = []
        state.prompt = prompt
      case .down:
        guard let i = prompt.historyIndex else { return [] }
        if i + 1 < state.history.count {
          prompt.historyIndex = i + 1
          prompt.input = TextInput(text: state.history[i + 1], prompt: ":")
        } else {
          prompt.historyIndex = nil
          prompt.input = TextInput(text: "", prompt: ":")
        }
        state.prompt = prompt
      case .tab, .backTab:
        complete(&prompt, backwards: key == .backTab, world: world)
        state.prompt = prompt
      default:
        if prompt.input.handle(key) {
          prompt.completions = []
          prompt.completionIndex = nil
          prompt.completionBase = nil
        }
        state.prompt = prompt
      }
      return []
    }
  }

  /// The verb a command line names, past an optional `aws` and service word (`aws ecs run-task`).
  public static func verb(of line: String) -> CommandVerb? {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    return CommandCompleter.droppingPrefix(words).first.flatMap { CommandVerb.named($0)?.verb }
  }

  /// Tab: the first Tab lists candidates for the word being typed and fills in their common
  /// prefix (or the only one); each further Tab puts the next candidate in.
  func complete(_ prompt: inout Prompt, backwards: Bool, world: some DashboardWorld) {
    if let base = prompt.completionBase, !prompt.completions.isEmpty {
      let n = prompt.completions.count
      let i = ((prompt.completionIndex ?? (backwards ? 0 : -1)) + (backwards ? n - 1 : 1)) % n
      prompt.completionIndex = i
      prompt.input = TextInput(text: base + prompt.completions[i] + " ", prompt: ":")
      return
    }
    let line = prompt.input.text
    let candidates = world.completions(for: line)
    let wordStart = line.lastIndex(of: " ").map { line.index(after: $0) } ?? line.startIndex
    let base = String(line[..<wordStart])
    let word = String(line[wordStart...])
    guard !candidates.isEmpty else {
      prompt.completions = []
      return
    }
    if candidates.count == 1 {
      prompt.input = TextInput(text: base + candidates[0] + " ", prompt: ":")
      prompt.completions = []
      prompt.completionBase = nil
      return
    }
    var common = candidates[0]
    for c in candidates.dropFirst() {
      while !c.hasPrefix(common) { common.removeLast() }
    }
    if common.count > word.count {
      prompt.input = TextInput(text: base + common, prompt: ":")
    }
    prompt.completions = candidates
    prompt.completionIndex = nil
    prompt.completionBase = base
  }
}
