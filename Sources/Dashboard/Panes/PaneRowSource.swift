import TerminalUI

/// One pane's rows for the current scope, filter and sort: ids for the reducer, table rows for
/// the view, made one at a time so a frame formats only what is on screen.
public protocol PaneRowSource: AnyObject {
  var count: Int { get }
  /// Rows before the filter (the M of "N of M").
  var unfilteredCount: Int { get }
  /// What the pane's title counts: the things listed (services, targets), not helper lines
  /// (a service's deployments, a listener with no targets); before and after the filter.
  var titleCounts: (shown: Int, total: Int) { get }
  func id(at index: Int) -> String
  func index(of id: String) -> Int?
  /// `index(of:)`, trying `hint` (where the row was last seen) first: after a rebuild the
  /// selected row is almost always still there, and a scan of 100,000 rows is not free.
  func index(of id: String, near hint: Int) -> Int?
  func row(at index: Int, _ context: RowContext) -> TableRow
}

extension PaneRowSource {
  public func index(of id: String, near hint: Int) -> Int? {
    if hint >= 0 && hint < count && self.id(at: hint) == id { return hint }
    return index(of: id)
  }
}
