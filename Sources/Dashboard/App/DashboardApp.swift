import ECSSim
import TerminalUI

/// The dashboard over a live engine: feeds actions to the reducer, carries out the effects it
/// returns, and draws frames. One thread, no concurrency (design.md §1): the loop waits for
/// input up to the next tick, so a paused dashboard blocks and uses no CPU.
public final class DashboardApp {
  public private(set) var state: UIState
  public let world: WorldRows
  public let reducer: Reducer
  public var sim: Simulator { world.sim }
  public var keymap: Keymap { reducer.keymap }

  public init(sim: Simulator, theme: Theme, keymap: Keymap = .standard, size: Size, readonly: Bool = false,
              speed: Double = 1, paused: Bool = false) {
    world = WorldRows(sim: sim, theme: theme)
    reducer = Reducer(keymap: keymap)
    state = UIState(size: size, readonly: readonly, speed: speed, paused: paused)
    world.absorbEvents()
    reducer.reconcile(&state, world: world)
  }

  /// Applies one action and everything it causes.
  public func send(_ action: Action) {
    let effects = reducer.reduce(&state, action, world: world)
    for effect in effects { perform(effect) }
  }

  public func render() -> Grid { DashboardView.render(state, world: world, keymap: keymap) }

  func perform(_ effect: Effect) {
    switch effect {
    case .advance(let span):
      sim.advance(by: span)
      if world.absorbEvents() { reducer.reconcile(&state, world: world) }
    case .step:
      guard let next = sim.nextEventTime else {
        state.status = StatusMessage("step: nothing is scheduled; the world is at rest")
        return
      }
      sim.advance(to: next)
      world.absorbEvents()
      reducer.reconcile(&state, world: world)
      state.status = StatusMessage("stepped to \(sim.now.clock) (paused; Space resumes)")
    case .run(let lines): run(lines)
    case .openForm(let action):
      switch FormBuilder(sim: sim, state: state, world: world).open(action) {
      case .success(let form): state.overlay = .form(form)
      case .failure(let message): state.status = StatusMessage(message.text, isError: true)
      }
    case .prepare(var form):
      switch FormBuilder(sim: sim, state: state, world: world).commands(for: form) {
      case .success(let lines): form.confirm(lines)
      case .failure(let message): form.error = message.text
      }
      state.overlay = .form(form)
    case .describe(let pane, let id):
      if let (title, json) = Inspector(sim: sim).describe(pane, id) {
        state.overlay = .text(title: title, lines: json.serialized(pretty: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init), scroll: 0)
      }
    case .explain(let pane, let id):
      if let (title, lines) = Inspector(sim: sim).explain(pane, id) {
        state.overlay = .text(title: title, lines: lines, scroll: 0)
      } else {
        state.status = StatusMessage("why: nothing to explain for this row; select a task, service, deployment or instance", isError: true)
      }
    case .drillDown(let pane, let id): drillDown(pane, id)
    case .quit: state.quitting = true
    }
  }

  /// Runs command lines in order. A read-only verb opens its JSON answer; the first failure
  /// stops and goes to the status line in the AWS CLI's words (the engine changed nothing).
  func run(_ lines: [String]) {
    for line in lines {
      switch sim.execute(line) {
      case .failed(let message):
        world.absorbEvents()
        reducer.reconcile(&state, world: world)
        state.status = StatusMessage(message, isError: true)
        if displayWidth(message) > state.size.width - 2 {
          // ECS's messages can be long (a RunTask failure lists reasons): show the whole text.
          state.overlay = .text(title: "✗ " + (Reducer.verb(of: line)?.name ?? "command") + " failed", lines: [message, "", "The world is unchanged."], scroll: 0)
        }
        return
      case .applied(let json?):
        if let verb = Reducer.verb(of: line), !verb.isMutating {
          state.overlay = .text(title: line, lines: json.serialized(pretty: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init), scroll: 0)
        }
      case .applied(nil), .nothing: break
      }
    }
    world.absorbEvents()
    reducer.reconcile(&state, world: world)
    if state.overlay == nil {
      // Several lines (a dialog's register + update): their verbs, not each line cut mid-word.
      let verbs = lines.map { Reducer.verb(of: $0)?.name ?? String($0.prefix(40)) }
      state.status = StatusMessage("✓ " + (lines.count == 1 ? lines[0] : "\(lines.count) commands: " + verbs.joined(separator: "; ")))
    }
  }

  func drillDown(_ pane: PaneKind, _ id: String) {
    let scope: Scope
    let focus: PaneKind
    switch pane {
    case .clusters:
      scope = .cluster(id)
      focus = .services
    case .services:
      guard let service = Inspector(sim: sim).service(fromRowID: id) else { return }
      scope = .service(cluster: service.clusterName, name: service.name)
      focus = .tasks
    case .instances:
      guard let i = sim.containerInstance(id) else { return }
      scope = .instance(cluster: i.clusterName, arn: i.arn, ec2InstanceId: i.ec2InstanceId)
      focus = .tasks
    case .targets:
      guard let service = Inspector(sim: sim).target(fromRowID: id)?.task.service else { return }
      scope = .service(cluster: service.clusterName, name: service.name)
      focus = .tasks
    case .tasks:
      perform(.describe(.tasks, id))
      return
    case .events:
      return
    }
    if scope == state.scope { return }
    state.scopes[state.scopes.count - 1].focus = state.focus
    state.scopes.append(ScopeEntry(scope: scope, focus: focus))
    state.focus = focus
    reducer.reconcile(&state, world: world)
  }

  // MARK: - The loop

  /// How the loop gets its time.
  public enum Pacing {
    /// Ticks come from the script; the loop ends when the backend has nothing more (tests).
    case scripted(presentEvery: Int)
    /// Wall-clock ticks every `UIState.tickMilliseconds` while running; `now` gives
    /// milliseconds, `shouldStop` is checked at every wake-up (Ctrl-C, SIGTERM).
    case live(now: () -> Int64, shouldStop: () -> Bool)
  }

  /// Runs until `q` (or the script ends, or `shouldStop`), presenting frames on `terminal`.
  public func run<T: TerminalBackend>(on terminal: inout T, pacing: Pacing) {
    if terminal.size != state.size { send(.resize(terminal.size)) }
    terminal.present(render())
    switch pacing {
    case .scripted(let every):
      var n = 0
      while !state.quitting, let event = terminal.nextEvent(timeoutMilliseconds: state.paused ? -1 : UIState.tickMilliseconds) {
        handle(event, size: terminal.size)
        n += 1
        if n % max(1, every) == 0 { terminal.present(render()) }
      }
      terminal.present(render())
    case .live(let now, let shouldStop):
      let tick = Int64(UIState.tickMilliseconds)
      var nextTick = now() + tick
      while !state.quitting && !shouldStop() {
        let timeout = state.paused ? -1 : Int(max(0, nextTick - now()))
        let event = terminal.nextEvent(timeoutMilliseconds: timeout)
        if shouldStop() { break }
        var dirty = false
        if let event {
          handle(event, size: terminal.size)
          dirty = true
        }
        let t = now()
        if state.paused {
          nextTick = t + tick
        } else if t >= nextTick {
          // A held-down key must not starve the clock: the tick fires on time even while
          // keys keep arriving (terminal-notes §2.3).
          send(.tick)
          nextTick = max(nextTick + tick, t + tick / 2)
          dirty = true
        }
        if dirty && !state.quitting { terminal.present(render()) }
      }
    }
  }

  func handle(_ event: TerminalEvent, size: Size) {
    switch event {
    case .key(let key): send(.key(key))
    case .resize: send(.resize(size))
    case .tick: send(.tick)
    }
  }
}
