import ECSSim
import TerminalUI

/// What happened, as the reducer sees it: the user's keys, the clock's tick, a resize, and what
/// the engine answered to each `Effect`.
///
/// Keys arrive raw; the reducer decides what they mean from the mode it is in (a dialog, the
/// prompt, help, or the panes through the keymap), so a recorded key stream would replay exactly.
/// Effects report back as actions named after what happened (The Composable Architecture's
/// style): `DashboardApp` talks to the engine and sends the answer here, so the reducer is the
/// only code that writes `UIState` and a test can send the same answer and check the change.
public enum Action: Equatable, Sendable {
  // MARK: From the user and the terminal

  case key(Key)
  case tick
  case resize(Size)

  // MARK: From the engine, answering an effect

  /// Events arrived (an `.advance` that brought some, or the app's first look at the world):
  /// every pane's rows may have moved.
  case worldChanged
  /// `.step` moved the clock to the engine's next scheduled event, at this time.
  case stepped(to: SimTime)
  /// `.step` found nothing scheduled: the world is at rest and the clock stays.
  case stepFoundNothingScheduled
  /// `.run` ran its lines in order, up to and including the first that failed.
  case commandsRan([CommandLineResult])
  /// `.openForm` built this dialog from the world and the selection.
  case formOpened(FormState)
  /// `.openForm` could not build a dialog (nothing suitable selected): why, for the status line.
  case formUnavailable(String)
  /// `.prepare` turned the form's fields into these command lines: the dialog's stage two.
  case formCommandsPrepared(FormState, [String])
  /// `.prepare` found a field wrong: the form stays at stage one with this error.
  case formRejected(FormState, String)
  /// `.describe` (or a drill-down into a task) found the row: its title and ECS JSON.
  case described(title: String, json: JSONValue)
  /// `.explain` found the engine's explanation of the row.
  case explained(title: String, lines: [String])
  /// `.explain` found nothing to explain for the row.
  case nothingToExplain
  /// `.drillDown` resolved the row to the scope it opens and the pane to focus there.
  case drillDownResolved(Scope, focus: PaneKind)
}
