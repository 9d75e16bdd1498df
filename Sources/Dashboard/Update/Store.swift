/// Where a running dashboard keeps its `UIState`: the state's setter is private to this file and
/// `send` runs the reducer, so the reducer is the state's only writer and the compiler says so.
///
/// `DashboardApp` owns a store and the engine: it reads `state` to draw and to build dialogs,
/// carries out the effects `send` returns, and feeds the engine's answers back as actions. It
/// cannot assign to `state`, so every change the user sees is one a reducer test can assert.
final class Store {
  private(set) var state: UIState
  let reducer: Reducer

  init(state: UIState, reducer: Reducer) {
    self.state = state
    self.reducer = reducer
  }

  /// Applies one action; returns the effects it asks the app to carry out, in order.
  func send(_ action: Action, world: some DashboardWorld) -> [Effect] {
    reducer.reduce(&state, action, world: world)
  }
}
