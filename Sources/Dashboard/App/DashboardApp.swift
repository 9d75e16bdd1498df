import ECSSim
import TerminalUI

/// The dashboard over a live engine: feeds actions to the reducer, carries out the effects it
/// returns against the engine, sends the engine's answers back as actions, and draws frames.
/// One thread, no concurrency: the loop waits for input up to the next tick, so a paused
/// dashboard blocks and uses no CPU.
///
/// The app never writes `UIState`: it lives in a `Store`, whose only door is `send`, so the
/// reducer is its one writer (docs/architecture.md). The app's own job is the engine: it owns
/// the world, runs commands, moves the clock and answers questions about rows.
public final class DashboardApp {
  private let store: Store
  public let world: WorldRows
  public var state: UIState { store.state }
  public var reducer: Reducer { store.reducer }
  public var sim: Simulator { world.sim }
  public var keymap: Keymap { reducer.keymap }

  public init(sim: Simulator, theme: Theme, keymap: Keymap = .standard, size: Size, readonly: Bool = false,
              speed: Double = 1, paused: Bool = false) {
    world = WorldRows(sim: sim, theme: theme)
    store = Store(
      state: UIState(size: size, readonly: readonly, speed: speed, paused: paused), reducer: Reducer(keymap: keymap))
    world.absorbEvents()
    send(.worldChanged)
  }

  /// Applies one action and everything it causes: each effect is carried out in order and the
  /// engine's answer goes through the reducer before the next effect runs.
  public func send(_ action: Action) {
    for effect in store.send(action, world: world) {
      if let answer = perform(effect) { send(answer) }
    }
  }

  public func render() -> Grid { DashboardView.render(state, world: world, keymap: keymap) }

  /// Carries out one effect against the engine and says what happened, for the reducer; nil
  /// when nothing did (the row to describe or drill into is gone, the clock moved but brought
  /// no events). Public so tests can see the engine's answer before it changes any state.
  public func perform(_ effect: Effect) -> Action? {
    switch effect {
    case .advance(let span):
      sim.advance(by: span)
      return world.absorbEvents() ? .worldChanged : nil
    case .step:
      guard let next = sim.nextEventTime else { return .stepFoundNothingScheduled }
      sim.advance(to: next)
      world.absorbEvents()
      return .stepped(to: sim.now)
    case .run(let lines):
      return .commandsRan(execute(lines))
    case .openForm(let action):
      switch FormBuilder(sim: sim, state: state, world: world).open(action) {
      case .success(let form): return .formOpened(form)
      case .failure(let message): return .formUnavailable(message.text)
      }
    case .prepare(let form):
      switch FormBuilder(sim: sim, state: state, world: world).commands(for: form) {
      case .success(let lines): return .formCommandsPrepared(form, lines)
      case .failure(let message): return .formRejected(form, message.text)
      }
    case .describe(let pane, let id):
      guard let (title, json) = Inspector(sim: sim).describe(pane, id) else { return nil }
      return .described(title: title, json: json)
    case .explain(let pane, let id):
      guard let (title, lines) = Inspector(sim: sim).explain(pane, id) else { return .nothingToExplain }
      return .explained(title: title, lines: lines)
    case .drillDown(let pane, let id):
      return drillDown(pane, id)
    }
  }

  /// Runs command lines in order; the first failure stops (the engine changed nothing for it).
  func execute(_ lines: [String]) -> [CommandLineResult] {
    var results: [CommandLineResult] = []
    for line in lines {
      switch sim.execute(line) {
      case .failed(let message):
        results.append(.failed(line: line, message: message))
        world.absorbEvents()
        return results
      case .applied(let json): results.append(.applied(line: line, answer: json))
      case .nothing: results.append(.applied(line: line, answer: nil))
      }
    }
    world.absorbEvents()
    return results
  }

  /// The scope a row opens and the pane to focus there; a task has no scope of its own, so
  /// Enter on one describes it.
  func drillDown(_ pane: PaneKind, _ id: String) -> Action? {
    switch pane {
    case .clusters:
      return .drillDownResolved(.cluster(id), focus: .services)
    case .services:
      guard let service = Inspector(sim: sim).service(fromRowID: id) else { return nil }
      return .drillDownResolved(.service(cluster: service.clusterName, name: service.name), focus: .tasks)
    case .instances:
      guard let i = sim.containerInstance(id) else { return nil }
      return .drillDownResolved(.instance(cluster: i.clusterName, arn: i.arn, ec2InstanceId: i.ec2InstanceId), focus: .tasks)
    case .targets:
      guard let service = Inspector(sim: sim).target(fromRowID: id)?.task.service else { return nil }
      return .drillDownResolved(.service(cluster: service.clusterName, name: service.name), focus: .tasks)
    case .tasks:
      return perform(.describe(.tasks, id))
    case .events:
      return nil
    }
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
          // keys keep arriving (docs/terminal.md §5).
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
