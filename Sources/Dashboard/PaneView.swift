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
    let table = Table(
      columns: fittingColumns(pane, width: inner.width), selectedRow: rows.count > 0 ? pstate.selectedIndex : nil,
      scrollOffset: pstate.scroll, sort: pstate.sort, headerStyle: theme[.columnHeader], rowStyle: theme[.text],
      selectedStyle: theme[focused ? .selection : .selectionInactive], placeholder: placeholder(pane, state))
    let ctx = world.context(state)
    table.render(rowCount: rows.count, in: inner, on: &grid) { rows.row(at: $0, ctx) }
  }

  /// The pane's columns less the trailing ones a narrow pane cannot show whole: a fixed-width
  /// column cut to `2…` or `PO…` tells nothing, so it and those after it are left out.
  static func fittingColumns(_ pane: PaneKind, width: Int) -> [TableColumn] {
    let columns = PaneColumns.columns(for: pane)
    let widths = Table(columns: columns).columnWidths(for: width)
    for (i, column) in columns.enumerated() where i > 0 {
      if case .fixed(let w) = column.width, widths[i] < w { return Array(columns[..<i]) }
    }
    return columns
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
