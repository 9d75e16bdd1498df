import ECSSim
import TerminalUI

/// One pane: a titled box and its table, drawing only the rows on screen.
enum PaneView {
  /// `3 Tasks (12)`, `3 Tasks /web 2 of 12`, with `▲ AGE` when sorted.
  static func title(_ pane: PaneKind, rows: any PaneRowSource, state: PaneState) -> String {
    var t = "\(pane.digit) \(pane.title)"
    let counts = rows.titleCounts
    if state.filter.isEmpty {
      t += " (\(counts.total))"
    } else {
      t += " /\(state.filter) \(counts.shown) of \(counts.total)"
    }
    if let sort = state.sort {
      let columns = PaneColumns.columns(for: pane)
      if sort.column < columns.count { t += " · sort \(columns[sort.column].title) \(sort.ascending ? "↑" : "↓")" }
    }
    return t
  }

  static func render(
    _ pane: PaneKind, _ state: UIState, world: WorldRows, in area: Rect, on grid: inout Grid
  ) {
    guard !area.isEmpty else { return }
    let theme = world.theme
    let focused = state.focus == pane
    let rows = world.rows(pane, state)
    let pstate = state[pane]
    let titleText = title(pane, rows: rows, state: pstate)
    grid.drawBox(
      area, border: theme.border, style: theme[focused ? .borderFocused : .border],
      title: titleText, titleStyle: theme[focused ? .titleFocused : .title])
    // The filter and its "N of M" stand out in the title, so a filtered pane is never mistaken
    // for the whole list.
    if !pstate.filter.isEmpty, let slash = titleText.firstIndex(of: "/") {
      let x = area.x + 2 + displayWidth(titleText[..<slash])
      let room = Rect(x: x, y: area.y, width: max(0, area.maxX - 1 - x), height: 1)
      let filterPart = String(titleText[slash...].prefix { $0 != "·" })
      grid.put(filterPart.hasSuffix(" ") ? String(filterPart.dropLast()) : filterPart, in: room, style: theme[.filter])
    }
    let inner = area.inset(1)
    guard !inner.isEmpty else { return }
    let columns = PaneColumns.columns(for: pane)
    let shown = visibleColumns(pane, width: inner.width)
    let sort = pstate.sort.flatMap { s in shown.firstIndex(of: s.column).map { TableSort(column: $0, ascending: s.ascending) } }
    let table = Table(
      columns: shown.map { columns[$0] }, selectedRow: rows.count > 0 ? pstate.selectedIndex : nil,
      scrollOffset: pstate.scroll, sort: sort, headerStyle: theme[.columnHeader], rowStyle: theme[.text],
      selectedStyle: theme[focused ? .selection : .selectionInactive], placeholder: placeholder(pane, state))
    let ctx = world.context(state)
    if shown.count == columns.count {
      table.render(rowCount: rows.count, in: inner, on: &grid) { rows.row(at: $0, ctx) }
    } else {
      table.render(rowCount: rows.count, in: inner, on: &grid) { i in
        let full = rows.row(at: i, ctx)
        return TableRow(
          shown.map { $0 < full.cells.count ? full.cells[$0] : "" }, style: full.style,
          cellStyles: shown.map { $0 < full.cellStyles.count ? full.cellStyles[$0] : nil })
      }
    }
  }

  /// The columns (indices into `PaneColumns.columns(for:)`) a pane `width` cells wide shows
  /// whole: while some column would be cut (a fixed column to `2…`, a flexible one below its
  /// minimum), the least important one (`PaneColumns.priorities`, the later of equals) goes.
  static func visibleColumns(_ pane: PaneKind, width: Int) -> [Int] {
    let columns = PaneColumns.columns(for: pane)
    let priority = PaneColumns.priorities(for: pane)
    var shown = Array(columns.indices)
    func fits() -> Bool {
      let kept = shown.map { columns[$0] }
      let widths = Table(columns: kept).columnWidths(for: width)
      return zip(kept, widths).allSatisfy { column, w in
        switch column.width {
        case .fixed(let need), .min(let need): w >= need
        case .flex: true
        }
      }
    }
    while shown.count > 1 && !fits() {
      var drop = 0
      for (i, c) in shown.enumerated() where priority[c] <= priority[shown[drop]] { drop = i }
      shown.remove(at: drop)
    }
    return shown
  }

  static func placeholder(_ pane: PaneKind, _ state: UIState) -> String {
    if !state[pane].filter.isEmpty { return "No rows match /\(state[pane].filter) (Esc clears)" }
    switch pane {
    case .clusters: return "No clusters. :create-cluster NAME"
    case .services: return "No services in this scope"
    case .instances: return "No container instances. :launch m5.large 2"
    case .tasks: return "No tasks. Press t to launch one"
    case .targets: return "No load balancer targets in this scope"
    case .events: return "No events yet"
    }
  }
}
