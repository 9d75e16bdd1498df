import Dashboard
import ECSSim
import Testing
import TerminalUI

/// The Composable Architecture's TestStore, small: each `send` states the effects and every
/// change to the state; anything else that changed fails the test.
///
/// The engine is faked by `engine`: what it answers to each effect (nil: nothing happened).
/// Answers queue up as `DashboardApp` would send them back, and each must be taken with
/// `receive`, which states its change to the state in turn; sending a new action while an answer
/// is still waiting fails the test, so no engine answer goes unasserted.
final class TestStore {
  var state: UIState
  var world: FakeWorld
  let reducer = Reducer()
  /// The faked engine; nil answers nothing (the effects are only compared).
  var engine: ((Effect) -> Action?)?
  /// Answers to effects not yet taken by `receive`, oldest first.
  private(set) var received: [Action] = []

  init(
    size: Size = Size(width: 120, height: 40), readonly: Bool = false, world: FakeWorld,
    engine: ((Effect) -> Action?)? = nil
  ) {
    self.world = world
    self.engine = engine
    state = UIState(size: size, readonly: readonly)
    reducer.reconcile(&state, world: world)
  }

  deinit {
    if !received.isEmpty { Issue.record("answers never received: \(received)") }
  }

  /// An action from outside (a key, a tick, a resize, or an engine answer stated by hand).
  func send(
    _ action: Action, _ effects: [Effect] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ update: (inout UIState) -> Void = { _ in }
  ) {
    #expect(received.isEmpty, "answers not received before \(action): \(received)", sourceLocation: sourceLocation)
    apply(action, effects, sourceLocation: sourceLocation, update)
  }

  /// The oldest answer of the faked engine: it must be `expected`, with these effects and this
  /// change to the state.
  func receive(
    _ expected: Action, _ effects: [Effect] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ update: (inout UIState) -> Void = { _ in }
  ) {
    guard !received.isEmpty else {
      Issue.record("expected \(expected), but the engine answered nothing", sourceLocation: sourceLocation)
      return
    }
    let action = received.removeFirst()
    #expect(action == expected, sourceLocation: sourceLocation)
    apply(action, effects, sourceLocation: sourceLocation, update)
  }

  private func apply(
    _ action: Action, _ effects: [Effect], sourceLocation: Testing.SourceLocation, _ update: (inout UIState) -> Void
  ) {
    var expected = state
    update(&expected)
    let actual = reducer.reduce(&state, action, world: world)
    #expect(actual == effects, sourceLocation: sourceLocation)
    #expect(state == expected, sourceLocation: sourceLocation)
    if let engine { received += actual.compactMap(engine) }
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
