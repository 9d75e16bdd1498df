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
