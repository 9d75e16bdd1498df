// Filling, restyling, lines and boxes. Like `put`, every call clips to the grid and to an
// optional clip rectangle, so widgets can draw without checking their own arithmetic.

extension Grid {
  /// Sets every cell of `rect` to `character` in `style` (a space by default: clearing a pane).
  ///
  /// The character must be one column wide; a wide or zero-width one is replaced by a space,
  /// because a fill cannot half-cover a pair of columns.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let cell = Cell(displayWidth(character) == 1 ? character : " ", style: style)
    for y in area.minY..<area.maxY {
      // Only the edge cells can be half of a wide character whose other half is outside.
      setNarrow(area.minX, y, cell)
      setNarrow(area.maxX - 1, y, cell)
      let row = y * width
      cells.withUnsafeMutableBufferPointer { buf in
        for k in (row + area.minX)..<(row + area.maxX) { buf[k] = cell }
      }
    }
  }

  /// Sets every cell back to a blank in the terminal's colours and hides the cursor.
  public mutating func clear() {
    for i in cells.indices { cells[i] = .blank }
    cursor = nil
  }

  /// Changes the style of the cells in `rect` and keeps their characters: how a selected row or
  /// a focused button is highlighted after its text is drawn.
  public mutating func updateStyle(in rect: Rect, _ change: (inout Style) -> Void) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let w = width
    cells.withUnsafeMutableBufferPointer { buf in
      for y in area.minY..<area.maxY {
        let row = y * w
        for k in (row + area.minX)..<(row + area.maxX) { change(&buf[k].style) }
      }
    }
  }

  /// Gives every cell of `rect` the same style, keeping the characters.
  public mutating func setStyle(in rect: Rect, to style: Style) {
    updateStyle(in: rect) { $0 = style }
  }

  /// Draws `length` copies of a one-column glyph to the right of `start`.
  public mutating func drawHorizontalLine(
    from start: Point, length: Int, glyph: Character = "─", style: Style = .plain, clip: Rect? = nil
  ) {
    let area = effectiveClip(clip)
    guard start.y >= area.minY, start.y < area.maxY, length > 0 else { return }
    let cell = Cell(displayWidth(glyph) == 1 ? glyph : " ", style: style)
    let from = max(start.x, area.minX)
    let to = min(start.x + length, area.maxX)
    guard from < to else { return }
    for x in from..<to { setNarrow(x, start.y, cell) }
  }

  /// Draws `length` copies of a one-column glyph downwards from `start`.
  public mutating func drawVerticalLine(
    from start: Point, length: Int, glyph: Character = "│", style: Style = .plain, clip: Rect? = nil
  ) {
    let area = effectiveClip(clip)
    guard start.x >= area.minX, start.x < area.maxX, length > 0 else { return }
    let cell = Cell(displayWidth(glyph) == 1 ? glyph : " ", style: style)
    let from = max(start.y, area.minY)
    let to = min(start.y + length, area.maxY)
    guard from < to else { return }
    for y in from..<to { setNarrow(start.x, y, cell) }
  }

  /// Draws a border around the edge of `rect`, with an optional title in the top edge
  /// (`┌ Services ─────┐`). The inside is left alone: draw content in `rect.inset(1)`.
  ///
  /// A rectangle one row or one column thick gets a plain line, since it has no inside. The title
  /// is truncated with `…` to fit between the corners.
  public mutating func drawBox(
    _ rect: Rect, border: BorderSet = .single, style: Style = .plain, title: String? = nil,
    titleStyle: Style? = nil, clip: Rect? = nil
  ) {
    let area = effectiveClip(clip)
    guard !rect.isEmpty else { return }
    if rect.height == 1 {
      drawHorizontalLine(from: rect.origin, length: rect.width, glyph: border.horizontal, style: style, clip: area)
      return
    }
    if rect.width == 1 {
      drawVerticalLine(from: rect.origin, length: rect.height, glyph: border.vertical, style: style, clip: area)
      return
    }
    let right = rect.maxX - 1
    let bottom = rect.maxY - 1
    drawHorizontalLine(
      from: Point(x: rect.x + 1, y: rect.y), length: rect.width - 2, glyph: border.horizontal, style: style,
      clip: area)
    drawHorizontalLine(
      from: Point(x: rect.x + 1, y: bottom), length: rect.width - 2, glyph: border.horizontal, style: style,
      clip: area)
    drawVerticalLine(
      from: Point(x: rect.x, y: rect.y + 1), length: rect.height - 2, glyph: border.vertical, style: style,
      clip: area)
    drawVerticalLine(
      from: Point(x: right, y: rect.y + 1), length: rect.height - 2, glyph: border.vertical, style: style,
      clip: area)
    put(border.topLeft, at: rect.origin, style: style, clip: area)
    put(border.topRight, at: Point(x: right, y: rect.y), style: style, clip: area)
    put(border.bottomLeft, at: Point(x: rect.x, y: bottom), style: style, clip: area)
    put(border.bottomRight, at: Point(x: right, y: bottom), style: style, clip: area)
    if let title, !title.isEmpty, rect.width > 2 {
      let text = truncate(" \(title) ", to: rect.width - 2)
      put(text, at: Point(x: rect.x + 1, y: rect.y), style: titleStyle ?? style, clip: area)
    }
  }

  /// Draws text in the first row of `rect`, truncated with `…` to its width and aligned in it.
  /// Cells of the row that the text does not cover are left alone.
  public mutating func put(_ text: String, in rect: Rect, alignment: Alignment = .left, style: Style = .plain) {
    guard !rect.isEmpty else { return }
    let fitted = truncate(text, to: rect.width)
    let w = displayWidth(fitted)
    let x: Int
    switch alignment {
    case .left: x = rect.x
    case .center: x = rect.x + (rect.width - w) / 2
    case .right: x = rect.maxX - w
    }
    put(fitted, at: Point(x: x, y: rect.y), style: style, clip: rect)
  }
}
