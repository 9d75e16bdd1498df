/// Something that happened at the terminal: the only input the dashboard's loop reacts to.
///
/// Time is an event too (docs/architecture.md §3): the live backend turns wall-clock pacing into
/// `.tick`, and nothing downstream reads a clock. So a recorded list of events could replay a whole
/// session exactly, and tests script ticks the same way they script keys.
public enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  /// The terminal now has this many columns and rows; the next frame must fit them.
  case resize(width: Int, height: Int)
  /// The tick deadline passed: advance the simulation clock one step.
  case tick
}
