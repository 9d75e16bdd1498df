/// What covers the panes: help, a text page (describe JSON, why), or a dialog.
public enum Overlay: Equatable, Sendable {
  case help(scroll: Int)
  case text(title: String, lines: [String], scroll: Int)
  case form(FormState)
}
