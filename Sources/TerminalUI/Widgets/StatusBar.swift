/// The always-visible line of key hints, with optional text at the right:
/// `q Quit  / Filter  ? Help            SIMULATION 00:01:23 ×4`.
///
/// Users of k9s and lazydocker look for hints on screen before they read any help
/// (docs/ux-conventions.md §1.12). Hints are drawn in order and whole; when the next one does not
/// fit, it is shown with its label cut by `…` if at least two label columns fit, and the rest are
/// dropped. The trailing text (clock, speed, the SIMULATION badge) is drawn first, so it is never
/// crowded out; it is cut with `…` only if it alone is wider than the bar.
public struct StatusBar: Widget, Hashable, Sendable {
  public var hints: [KeyHint]
  /// Right-aligned text; nil for none.
  public var trailing: String?
  /// The whole line's background.
  public var barStyle: Style
  public var keyStyle: Style
  public var labelStyle: Style
  public var trailingStyle: Style
  /// Spaces between one hint and the next.
  public var spacing: Int

  public init(
    hints: [KeyHint], trailing: String? = nil, barStyle: Style = .plain, keyStyle: Style = Style(bold: true),
    labelStyle: Style = .plain, trailingStyle: Style = .plain, spacing: Int = 2
  ) {
    self.hints = hints
    self.trailing = trailing
    self.barStyle = barStyle
    self.keyStyle = keyStyle
    self.labelStyle = labelStyle
    self.trailingStyle = trailingStyle
    self.spacing = spacing
  }

  public func render(in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    grid.fill(row, style: barStyle)
    var hintSpace = row.width
    if let trailing, !trailing.isEmpty {
      let text = truncate(trailing, to: row.width)
      let w = displayWidth(text)
      grid.put(text, at: Point(x: row.maxX - w, y: row.y), style: trailingStyle, clip: row)
      hintSpace = row.width - w - 1
    }
    guard hintSpace > 0 else { return }
    let space = Rect(x: row.x, y: row.y, width: hintSpace, height: 1)
    var x = row.x
    for (i, hint) in hints.enumerated() {
      if i > 0 { x += max(0, spacing) }
      let keyWidth = displayWidth(hint.key)
      let labelWidth = displayWidth(hint.label)
      let room = space.maxX - x
      let whole = keyWidth + (labelWidth > 0 ? 1 + labelWidth : 0)
      if whole <= room {
        draw(hint.key, hint.label, at: x, on: &grid, clip: space)
        x += whole
        continue
      }
      if labelWidth > 0 && room >= keyWidth + 1 + 2 {
        draw(hint.key, truncate(hint.label, to: room - keyWidth - 1), at: x, on: &grid, clip: space)
      }
      break
    }
  }

  private func draw(_ key: String, _ label: String, at x: Int, on grid: inout Grid, clip: Rect) {
    let after = grid.put(key, at: Point(x: x, y: clip.y), style: keyStyle, clip: clip)
    if !label.isEmpty { grid.put(label, at: Point(x: after + 1, y: clip.y), style: labelStyle, clip: clip) }
  }
}
