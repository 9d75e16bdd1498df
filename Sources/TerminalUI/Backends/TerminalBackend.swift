/// A place to show grids and read events: a real terminal (ncurses) or a scripted one in memory.
///
/// The dashboard's loop is generic over this protocol, so the same loop runs under the user's
/// terminal and in tests (ratatui's backend trait and its `TestBackend`, docs/architecture.md §6).
/// It is deliberately small and synchronous: one thread waits for input up to the next tick
/// deadline, which is all ncurses (not thread-safe) allows and all a deterministic engine needs.
public protocol TerminalBackend {
  /// The terminal's size now; frames are drawn at this size.
  var size: Size { get }

  /// Waits at most `timeoutMilliseconds` for the next event.
  ///
  /// Returns nil when the time ran out with nothing to report; the loop then decides whether a
  /// tick is due. A `.resize` event is returned after `size` already reports the new size.
  mutating func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?

  /// Shows a frame. The backend draws only what changed since the previous frame.
  mutating func present(_ grid: Grid)
}
