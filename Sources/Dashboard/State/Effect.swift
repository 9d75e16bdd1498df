import ECSSim

/// What `reduce` asks the app to do with the engine: side effects as values (Bubble Tea's
/// commands), so the reducer stays pure and tests read them off. The app answers each with an
/// `Action` named after what happened (`.run` with `.commandsRan`, …), which goes back through
/// the reducer: effects never write `UIState` themselves (docs/architecture.md).
public enum Effect: Equatable, Sendable {
  /// Run command-language lines in order; the first failure stops and goes to the status line.
  case run([String])
  /// Move the simulation clock forward by this much simulated time.
  case advance(SimTime)
  /// Advance to the engine's next scheduled event.
  case step
  /// Build a dialog for this action from the world and the current selection.
  case openForm(KeyAction)
  /// Turn the form's fields into command lines (stage two) or report what is wrong.
  case prepare(FormState)
  /// Show the selected row of a pane as ECS JSON.
  case describe(PaneKind, String)
  /// Explain the selected row of a pane in plain words.
  case explain(PaneKind, String)
  /// Drill into the selected row of a pane.
  case drillDown(PaneKind, String)
}
