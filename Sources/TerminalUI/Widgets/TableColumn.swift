/// How wide a table column is.
///
/// Names and IDs need their full width (`fixed`), descriptive columns can grow into spare room
/// (`min`, `flex`). Fixed and minimum widths are served left to right; when the table is too
/// narrow, the rightmost columns shrink and then vanish, so the identifying columns on the left
/// survive (k9s and htop behave the same way). Spare room is then shared by the `min` columns
/// (weight 1 each) and the `flex` columns (their weight).
public enum ColumnWidth: Hashable, Sendable {
  /// Exactly this many columns.
  case fixed(Int)
  /// At least this many columns, growing with weight 1.
  case min(Int)
  /// No minimum; a share of the spare room in proportion to the weight.
  case flex(Int)
}

/// A table column: title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
  public var title: String
  public var width: ColumnWidth
  /// Numbers read best right-aligned; names left-aligned.
  public var alignment: Alignment

  public init(_ title: String, width: ColumnWidth = .flex(1), alignment: Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}

/// Which column a table is sorted by, shown as an arrow after that column's title.
public struct TableSort: Hashable, Sendable {
  public var column: Int
  public var ascending: Bool

  public init(column: Int, ascending: Bool = true) {
    self.column = column
    self.ascending = ascending
  }
}

/// One row's cells, produced on demand for the rows on screen.
///
/// `style` colours a whole row (a stopped task dimmed); `cellStyles` colours single cells (a
/// status word in green), by column index, nil meaning the row's style.
public struct TableRow: Hashable, Sendable {
  public var cells: [String]
  public var style: Style?
  public var cellStyles: [Style?]

  public init(_ cells: [String], style: Style? = nil, cellStyles: [Style?] = []) {
    self.cells = cells
    self.style = style
    self.cellStyles = cellStyles
  }
}
