import TerminalUI

/// How one pane turns engine objects into rows: the pattern every pane follows (k9s's per-
/// resource renderers, docs/architecture.md §6).
struct RowFormat<Item>: Sendable {
  var id: @Sendable (Item) -> String
  var row: @Sendable (Item, RowContext) -> TableRow
  /// The key of a column for sorting.
  var sortKey: @Sendable (Item, Int) -> SortKey
  /// How many of a list's rows the title counts; nil: all of them. Given the whole list, so
  /// each pane counts in its own concrete code (a generic per-item test copied every item:
  /// on 30,000 ALB targets that cost twice as much as building the rows).
  var counted: (@Sendable ([Item]) -> Int)? = nil
  /// For panes of many rows: turns an id into a test that finds its item without formatting
  /// every item's id (a task's HexID compared as two words, not as 32 hex digits). The test must
  /// accept exactly the items whose `id` equals the given one; nil compares formatted ids.
  var matcher: (@Sendable (String) -> (Item) -> Bool)? = nil
}
