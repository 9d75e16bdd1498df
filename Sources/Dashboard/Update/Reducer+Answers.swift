import ECSSim
import TerminalUI

/// The engine's answers to effects, which `DashboardApp` sends back as actions: what the user
/// sees of a command, a dialog, a describe or a drill-down is decided here, not in the app.
extension Reducer {
  func answer(_ state: inout UIState, _ action: Action, world: some DashboardWorld) {
    switch action {
    case .key, .tick, .resize:
      return
    case .worldChanged:
      reconcile(&state, world: world)
    case .stepped(let time):
      reconcile(&state, world: world)
      state.status = StatusMessage("stepped to \(time.clock) (paused; Space resumes)")
    case .stepFoundNothingScheduled:
      state.status = StatusMessage("step: nothing is scheduled; the world is at rest")
    case .commandsRan(let results):
      commandsRan(&state, results, world: world)
    case .formOpened(let form):
      state.overlay = .form(form)
    case .formUnavailable(let message):
      state.status = StatusMessage(message, isError: true)
    case .formCommandsPrepared(var form, let lines):
      form.confirm(lines)
      state.overlay = .form(form)
    case .formRejected(var form, let error):
      form.error = error
      state.overlay = .form(form)
    case .described(let title, let json):
      state.overlay = .text(title: title, lines: Self.lines(of: json), scroll: 0)
    case .explained(let title, let lines):
      state.overlay = .text(title: title, lines: lines, scroll: 0)
    case .nothingToExplain:
      state.status = StatusMessage(
        "why: nothing to explain for this row; select a task, service, deployment or instance", isError: true)
    case .drillDownResolved(let scope, let focus):
      guard scope != state.scope else { return }
      // The pane that had focus is remembered with the scope it leaves, for Esc to restore.
      state.scopes[state.scopes.count - 1].focus = state.focus
      state.scopes.append(ScopeEntry(scope: scope, focus: focus))
      state.focus = focus
      reconcile(&state, world: world)
    }
  }

  /// A read-only verb's answer opens as JSON; the first failure goes to the status line in the
  /// AWS CLI's words (whole, in a window, when it does not fit); otherwise a ✓ names what ran.
  func commandsRan(_ state: inout UIState, _ results: [CommandLineResult], world: some DashboardWorld) {
    for result in results {
      switch result {
      case .applied(let line, let answer?):
        if let verb = Self.verb(of: line), !verb.isMutating {
          state.overlay = .text(title: line, lines: Self.lines(of: answer), scroll: 0)
        }
      case .applied(_, nil):
        break
      case .failed(let line, let message):
        reconcile(&state, world: world)
        state.status = StatusMessage(message, isError: true)
        if displayWidth(message) > state.size.width - 2 {
          // ECS's messages can be long (a RunTask failure lists reasons): show the whole text.
          state.overlay = .text(
            title: "✗ " + (Self.verb(of: line)?.name ?? "command") + " failed",
            lines: [message, "", "The world is unchanged."], scroll: 0)
        }
        return
      }
    }
    reconcile(&state, world: world)
    if state.overlay == nil {
      // Several lines (a dialog's register + update): their verbs, not each line cut mid-word.
      let lines = results.map(\.line)
      let verbs = lines.map { Self.verb(of: $0)?.name ?? String($0.prefix(40)) }
      state.status = StatusMessage("✓ " + (lines.count == 1 ? lines[0] : "\(lines.count) commands: " + verbs.joined(separator: "; ")))
    }
  }

  /// Pretty JSON, one string per line, for a text window.
  static func lines(of json: JSONValue) -> [String] {
    json.serialized(pretty: true).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
