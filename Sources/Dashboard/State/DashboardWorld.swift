/// What the reducer may read of the world: rows by pane (already scoped, filtered and sorted)
/// and names for Tab completion. A protocol so reducer tests can hand in a few fixed rows.
public protocol DashboardWorld {
  func rowCount(_ pane: PaneKind, _ state: UIState) -> Int
  func rowID(_ pane: PaneKind, at index: Int, _ state: UIState) -> String?
  func index(_ pane: PaneKind, of id: String, _ state: UIState) -> Int?
  /// Candidates for the word before the cursor of a command line.
  func completions(for line: String) -> [String]
}
