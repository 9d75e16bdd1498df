import Dashboard

/// A world of fixed rows per pane: ids only, filtered with the pane's `FilterPattern` and sorted
/// by id (any column), so the reducer's bookkeeping is tested without an engine.
struct FakeWorld: DashboardWorld {
  var rows: [PaneKind: [String]] = [:]
  /// Tab candidates by the whole line typed so far.
  var candidates: [String: [String]] = [:]

  func visible(_ pane: PaneKind, _ state: UIState) -> [String] {
    let p = state[pane]
    let pattern = FilterPattern(p.filter)
    var r = (rows[pane] ?? []).filter { pattern.matches($0) }
    if let sort = p.sort { r.sort { sort.ascending ? $0 < $1 : $0 > $1 } }
    return r
  }

  func rowCount(_ pane: PaneKind, _ state: UIState) -> Int { visible(pane, state).count }
  func rowID(_ pane: PaneKind, at index: Int, _ state: UIState) -> String? {
    let r = visible(pane, state)
    return index >= 0 && index < r.count ? r[index] : nil
  }
  func index(_ pane: PaneKind, of id: String, _ state: UIState) -> Int? { visible(pane, state).firstIndex(of: id) }
  func completions(for line: String) -> [String] { candidates[line] ?? [] }
}

func ids(_ prefix: String, _ n: Int) -> [String] {
  (0..<n).map { $0 < 10 ? "\(prefix)-0\($0)" : "\(prefix)-\($0)" }
}
