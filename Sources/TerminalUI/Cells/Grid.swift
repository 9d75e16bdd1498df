/// A screen's worth of cells: what every view draws into and what a backend puts on a terminal.
///
/// The grid is the one thing widgets know about (the ratatui model, docs/architecture.md §6): views
/// build a fresh grid from state every frame, tests compare its `textDump()` and `styleDump()`,
/// and the ncurses backend diffs it against the screen. Cells live in one flat row-major array,
/// so a 200×60 frame is one allocation, and drawing never creates a string per cell.
///
/// Every drawing call clips: to the grid, and to an optional `clip` rectangle (a widget's area).
/// Nothing can write out of bounds, whatever the position or text. Wide characters are kept
/// whole (see `Cell`): one that would straddle a clip edge is drawn as a space in its visible
/// half, so the columns to its right stay where the layout put them.
public struct Grid: Hashable, Sendable, CustomStringConvertible {
  public internal(set) var width: Int
  public internal(set) var height: Int
  /// Row-major: the cell at column `x`, row `y` is `cells[y * width + x]`.
  public internal(set) var cells: [Cell]
  /// Where the terminal should show its cursor (a text input's insertion point); nil hides it.
  public var cursor: Point?

  public init(width: Int, height: Int, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    let base = fill.width == 1 ? fill : Cell(" ", style: fill.style)
    self.cells = Array(repeating: base, count: self.width * self.height)
  }

  public init(size: Size, fill: Cell = .blank) {
    self.init(width: size.width, height: size.height, fill: fill)
  }

  public var size: Size { Size(width: width, height: height) }
  /// The whole grid as a rectangle at the origin: the default clip.
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  /// The cell at a position inside the grid (a precondition, like an array index).
  public subscript(x: Int, y: Int) -> Cell {
    precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside \(size)")
    return cells[y * width + x]
  }

  /// The cell at a position, or nil outside the grid.
  public func cell(at point: Point) -> Cell? {
    guard bounds.contains(point) else { return nil }
    return cells[point.y * width + point.x]
  }

  /// Draws text on one row, starting at `point`, clipped to the grid and to `clip`.
  ///
  /// Text runs left to right on a single row: characters of width 0 (controls, newlines, a
  /// combining mark with nothing to combine with) are not drawn. Truncate first (`truncate(_:to:)`)
  /// to show that text was cut; `put` cuts silently.
  ///
  /// - Returns: the column after the last character laid out. Layout stops at the clip's right
  ///   edge, so for a text that was cut this is a column at or just past that edge, not the
  ///   text's full width.
  @discardableResult
  public mutating func put(_ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
    layOut(text, at: point, style: style, clip: clip)
  }

  /// Draws a substring on one row; the same rules as `put(_:at:style:clip:)` for a string.
  @discardableResult
  public mutating func put(_ text: Substring, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
    layOut(text, at: point, style: style, clip: clip)
  }

  /// Draws one character; the same rules as `put(_:at:style:clip:)` for a string.
  @discardableResult
  public mutating func put(_ character: Character, at point: Point, style: Style = .plain, clip: Rect? = nil)
    -> Int
  {
    let area = effectiveClip(clip)
    let visible = !area.isEmpty && point.y >= area.minY && point.y < area.maxY
    var x = point.x
    _ = place(character, x: &x, y: point.y, style: style, area: area, visible: visible)
    return x
  }

  /// The clip a drawing call actually uses: the requested clip within the grid.
  func effectiveClip(_ clip: Rect?) -> Rect {
    guard let clip else { return bounds }
    return clip.intersection(bounds)
  }

  mutating func layOut<S: StringProtocol>(_ text: S, at point: Point, style: Style, clip: Rect?) -> Int {
    let area = effectiveClip(clip)
    let visible = !area.isEmpty && point.y >= area.minY && point.y < area.maxY
    if visible,
      let x = text.utf8.withContiguousStorageIfAvailable({ bytes in
        layOutBytes(bytes, at: point, style: style, area: area) { offset in
          let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
          let end = text.index(after: start)
          return (text[start], text.utf8.distance(from: start, to: end))
        }
      })
    {
      return x
    }
    let y = point.y
    var x = point.x
    walkGraphemes(
      text,
      ascii: { b in
        if b < 0x20 || b == 0x7F { return true }
        if x >= area.maxX { return false }
        if visible && x >= area.minX { setNarrow(x, y, Cell(scalar: UInt32(b), style: style, width: 1)) }
        x += 1
        return true
      },
      other: { c in place(c, x: &x, y: y, style: style, area: area, visible: visible) })
    return x
  }

  /// The hot path of `put` on a visible row: runs of standalone ASCII bytes are written straight
  /// into the cell buffer (one uniqueness check per run, not per cell); any other grapheme is
  /// fetched by `grapheme(byteOffset) -> (character, byteLength)` and placed the careful way.
  mutating func layOutBytes(
    _ bytes: UnsafeBufferPointer<UInt8>, at point: Point, style: Style, area: Rect,
    grapheme: (Int) -> (Character, Int)
  ) -> Int {
    let n = bytes.count
    let row = point.y * width
    let minX = area.minX
    let maxX = area.maxX
    var x = point.x
    var i = 0
    while i < n {
      let stopped = cells.withUnsafeMutableBufferPointer { buf -> Bool in
        while i < n {
          let b = bytes[i]
          guard b < 0x80, b != 0x0D, i + 1 == n || bytes[i + 1] < 0x80 else { return false }
          i += 1
          if b < 0x20 || b == 0x7F { continue }
          if x >= maxX { return true }
          if x >= minX {
            let k = row + x
            switch buf[k].width {
            case 0: buf[k - 1] = Cell(scalar: 0x20, style: buf[k - 1].style, width: 1)
            case 2: buf[k + 1].width = 1
            default: break
            }
            buf[k] = Cell(scalar: UInt32(b), style: style, width: 1)
          }
          x += 1
        }
        return false
      }
      if stopped || i >= n { break }
      let (character, length) = grapheme(i)
      i += length
      if !place(character, x: &x, y: point.y, style: style, area: area, visible: true) { break }
    }
    return x
  }

  /// Lays out one character at `x` and advances `x` past it; false once past the clip's right
  /// edge (the caller stops).
  mutating func place(_ character: Character, x: inout Int, y: Int, style: Style, area: Rect, visible: Bool)
    -> Bool
  {
    let w = displayWidth(character)
    if w == 0 { return true }
    if x >= area.maxX { return false }
    if x + w <= area.minX {
      x += w
      return true
    }
    if visible {
      if w == 1 {
        setNarrow(x, y, Cell(character, style: style, width: 1))
      } else if x < area.minX {
        setNarrow(x + 1, y, Cell(scalar: 0x20, style: style, width: 1))  // the right half shows
      } else if x + 1 >= area.maxX {
        setNarrow(x, y, Cell(scalar: 0x20, style: style, width: 1))  // the left half shows
      } else {
        setWide(x, y, Cell(character, style: style, width: 2))
      }
    }
    x += w
    return true
  }

  /// Draws a glyph known to be one column wide (a box, block or braille character) at a
  /// position, if it is inside `area`: the fast path for graphs and bars.
  mutating func putNarrow(_ scalar: UInt32, at x: Int, _ y: Int, style: Style, area: Rect) {
    guard x >= area.minX, x < area.maxX, y >= area.minY, y < area.maxY,
      x >= 0, x < width, y >= 0, y < height
    else { return }
    setNarrow(x, y, Cell(scalar: scalar, style: style, width: 1))
  }

  /// Writes a one-column cell at an in-bounds position, blanking the other half of any wide
  /// character it overwrites.
  mutating func setNarrow(_ x: Int, _ y: Int, _ cell: Cell) {
    let i = y * width + x
    releasePartner(i)
    cells[i] = cell
  }

  /// Writes a two-column cell at `x` and its continuation at `x + 1` (both in bounds).
  mutating func setWide(_ x: Int, _ y: Int, _ cell: Cell) {
    let i = y * width + x
    releasePartner(i)
    releasePartner(i + 1)
    cells[i] = cell
    cells[i + 1] = .continuation(cell.style)
  }

  /// Before cell `i` is overwritten: if it is half of a wide character, turn the other half
  /// into a plain space so no half glyph is left behind.
  mutating func releasePartner(_ i: Int) {
    switch cells[i].width {
    case 0:
      cells[i - 1] = Cell(scalar: 0x20, style: cells[i - 1].style, width: 1)
    case 2:
      cells[i + 1].width = 1
    default:
      break
    }
  }

  /// The grid's text (see `textDump()`), so a failing `#expect` prints the screen.
  public var description: String { textDump() }
}
