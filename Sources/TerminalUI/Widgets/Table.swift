/// A scrolling table with a header, one selected row and a sort arrow.
///
/// The table draws only the rows on screen: it is given a row count and a function that makes
/// one row by index, and calls it for the visible rows alone, so a frame costs the same with
/// 10 tasks or 100,000 (docs/architecture.md §4, docs/ux-conventions.md §1.3). The row function is
/// not escaping: it may borrow the engine's state for the frame without copying it.
///
/// The table itself is a value kept in the UI state (columns, selection, scroll, sort), and
/// rendering never changes it. Rendering keeps the selected row visible by computing the
/// scroll offset with `Table.scrollOffset(current:selected:rowCount:visibleRows:)`; the reducer
/// calls the same function to store the offset, so the view and the state always agree.
public struct Table: Hashable, Sendable {
  public var columns: [TableColumn]
  /// The highlighted row (an index into the rows as currently sorted and filtered).
  public var selectedRow: Int?
  /// The first row on screen, as last stored by the reducer.
  public var scrollOffset: Int
  public var sort: TableSort?
  public var showsHeader: Bool
  /// Blank columns between neighbouring columns.
  public var columnSpacing: Int
  public var headerStyle: Style
  public var rowStyle: Style
  /// The selected row's look, across the table's whole width. The default is `reverse`, which
  /// shows on every terminal, colour or not.
  public var selectedStyle: Style
  public var ascendingIndicator: Character
  public var descendingIndicator: Character
  /// Shown in the first row under the header when there are no rows (`No tasks`).
  public var placeholder: String?

  public init(
    columns: [TableColumn], selectedRow: Int? = nil, scrollOffset: Int = 0, sort: TableSort? = nil,
    showsHeader: Bool = true, columnSpacing: Int = 1, headerStyle: Style = Style(bold: true),
    rowStyle: Style = .plain, selectedStyle: Style = Style(reverse: true), ascendingIndicator: Character = "↑",
    descendingIndicator: Character = "↓", placeholder: String? = nil
  ) {
    self.columns = columns
    self.selectedRow = selectedRow
    self.scrollOffset = scrollOffset
    self.sort = sort
    self.showsHeader = showsHeader
    self.columnSpacing = columnSpacing
    self.headerStyle = headerStyle
    self.rowStyle = rowStyle
    self.selectedStyle = selectedStyle
    self.ascendingIndicator = ascendingIndicator
    self.descendingIndicator = descendingIndicator
    self.placeholder = placeholder
  }

  /// How many rows of data fit in `area` (its height less the header).
  public func visibleRowCount(in area: Rect) -> Int {
    max(0, area.height - (showsHeader ? 1 : 0))
  }

  /// The first row to show so that the selected row is on screen, moving as little as possible
  /// from `current`, and never leaving blank rows at the bottom that rows could fill.
  public static func scrollOffset(current: Int, selected: Int?, rowCount: Int, visibleRows: Int) -> Int {
    guard visibleRows > 0, rowCount > 0 else { return 0 }
    var offset = min(max(0, current), max(0, rowCount - visibleRows))
    if let selected {
      let s = min(max(0, selected), rowCount - 1)
      if s < offset { offset = s }
      if s >= offset + visibleRows { offset = s - visibleRows + 1 }
    }
    return offset
  }

  /// The indices of the rows `render` draws for this row count and area.
  public func visibleRows(rowCount: Int, in area: Rect) -> Range<Int> {
    let count = visibleRowCount(in: area)
    let first = Self.scrollOffset(current: scrollOffset, selected: selectedRow, rowCount: rowCount, visibleRows: count)
    return first..<min(max(0, rowCount), first + count)
  }

  /// Each column's width when the table is `totalWidth` columns wide (see `ColumnWidth`).
  public func columnWidths(for totalWidth: Int) -> [Int] {
    let n = columns.count
    guard n > 0 else { return [] }
    let spacing = max(0, columnSpacing)
    var remaining = max(0, totalWidth)
    var widths = [Int](repeating: 0, count: n)
    for (i, column) in columns.enumerated() {
      if i > 0 {
        guard remaining > spacing else {
          remaining = 0
          break
        }
        remaining -= spacing
      }
      let base: Int
      switch column.width {
      case .fixed(let w), .min(let w): base = max(0, w)
      case .flex: base = 0
      }
      widths[i] = min(base, remaining)
      remaining -= widths[i]
    }
    let weights = columns.map { c -> Int in
      switch c.width {
      case .fixed: 0
      case .min: 1
      case .flex(let w): max(0, w)
      }
    }
    distribute(remaining, by: weights, into: &widths)
    return widths
  }

  /// Draws the header and the visible rows into `area`, calling `row` once for each visible
  /// row index and for no other.
  public func render(rowCount: Int, in area: Rect, on grid: inout Grid, row: (Int) -> TableRow) {
    guard !area.isEmpty else { return }
    let widths = columnWidths(for: area.width)
    let spacing = max(0, columnSpacing)
    var lefts: [Int] = []
    var x = area.x
    for w in widths {
      lefts.append(x)
      x += w + spacing
    }
    var y = area.y
    if showsHeader {
      let header = area.row(0)
      grid.fill(header, style: headerStyle)
      for (i, column) in columns.enumerated() where widths[i] > 0 {
        let cellRect = Rect(x: lefts[i], y: y, width: widths[i], height: 1).intersection(header)
        grid.put(title(of: i, column, width: widths[i]), in: cellRect, alignment: column.alignment, style: headerStyle)
      }
      y += 1
    }
    let rows = visibleRows(rowCount: rowCount, in: area)
    if rows.isEmpty, let placeholder, y < area.maxY {
      grid.put(placeholder, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: rowStyle)
      return
    }
    for index in rows {
      let line = Rect(x: area.x, y: y, width: area.width, height: 1)
      let data = row(index)
      let selected = index == selectedRow
      let lineStyle = selected ? selectedStyle : (data.style ?? rowStyle)
      grid.fill(line, style: lineStyle)
      for i in columns.indices where widths[i] > 0 && i < data.cells.count {
        let cellStyle = selected ? selectedStyle : ((i < data.cellStyles.count ? data.cellStyles[i] : nil) ?? lineStyle)
        let cellRect = Rect(x: lefts[i], y: y, width: widths[i], height: 1).intersection(line)
        grid.put(data.cells[i], in: cellRect, alignment: columns[i].alignment, style: cellStyle)
      }
      y += 1
    }
  }

  /// Draws a table of rows already in memory (small tables: a service's deployments).
  public func render(rows: [TableRow], in area: Rect, on grid: inout Grid) {
    render(rowCount: rows.count, in: area, on: &grid) { rows[$0] }
  }

  /// A column title with the sort arrow after it when the table is sorted by that column; the
  /// title is cut first so the arrow stays visible.
  func title(of index: Int, _ column: TableColumn, width: Int) -> String {
    guard let sort, sort.column == index else { return column.title }
    let arrow = sort.ascending ? ascendingIndicator : descendingIndicator
    return truncate(column.title, to: width - displayWidth(arrow)) + String(arrow)
  }
}
