import TerminalUI

/// What happened, as the reducer sees it: a key, the clock's tick, a resize.
///
/// Keys arrive raw; the reducer decides what they mean from the mode it is in (a dialog, the
/// prompt, help, or the panes through the keymap), so recorded sessions replay exactly.
public enum Action: Equatable, Sendable {
  case key(Key)
  case tick
  case resize(Size)
}
