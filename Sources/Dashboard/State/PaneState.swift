import TerminalUI

/// Where the user is in one pane: kept across ticks by identity, never by row index alone.
///
/// docs/ux-conventions.md §1.13: a refresh that loses the selection, sort, filter or scroll
/// position is the most common complaint about k9s-like tools. The selected row is remembered by
/// its id (a task id, an instance ARN, …); the index is only a fallback for when that row is gone.
public struct PaneState: Hashable, Sendable {
  /// The id of the selected row, if any.
  public var selectedID: String?
  /// The selected row's index when last seen: used when the id disappears (the row next to it
  /// is selected instead of jumping to the top).
  public var selectedIndex: Int = 0
  /// The first row on screen.
  public var scroll: Int = 0
  /// The `/` filter: case-insensitive substring of the row's text; a leading `!` negates.
  public var filter: String = ""
  /// The column rows are sorted by (nil: the pane's natural order) and the direction.
  public var sort: TableSort?

  public init() {}

  /// An empty pane: nothing selected, at the top.
  public mutating func clearSelection() {
    selectedID = nil
    selectedIndex = 0
    scroll = 0
  }

  /// True when `text` passes the filter.
  public func matches(_ text: String) -> Bool {
    FilterPattern(filter).matches(text)
  }
}
