/// A centred box with a title, some lines of text and a row of buttons, one of them focused:
///
/// ```
/// ┌ Stop task ───────────────┐
/// │ Stop task 1f2e3d4c?      │
/// │                          │
/// │   > Cancel <  [ Stop ]   │
/// └──────────────────────────┘
/// ```
///
/// Every mutating action asks first, with Cancel focused (docs/ux-conventions.md §1.2), so the
/// dialog takes the focused index from the caller rather than deciding. The focused button is
/// marked by `> … <` as well as by its style, so focus is visible on a monochrome terminal and in a
/// text dump. The dialog clears the cells under it (it is drawn over a screen) and shrinks to the
/// area: lines are cut with `…`, and rows of text go before the buttons do.
public struct Dialog: Widget, Hashable, Sendable {
  public var title: String
  public var lines: [String]
  public var buttons: [String]
  /// Index into `buttons` of the focused one (out of range: none focused).
  public var focusedButton: Int
  public var border: BorderSet
  /// Box, border and text.
  public var style: Style
  public var titleStyle: Style
  public var buttonStyle: Style
  public var focusedButtonStyle: Style

  public init(
    title: String, lines: [String], buttons: [String] = ["Cancel", "OK"], focusedButton: Int = 0,
    border: BorderSet = .single, style: Style = .plain, titleStyle: Style = Style(bold: true),
    buttonStyle: Style = .plain, focusedButtonStyle: Style = Style(reverse: true)
  ) {
    self.title = title
    self.lines = lines
    self.buttons = buttons
    self.focusedButton = focusedButton
    self.border = border
    self.style = style
    self.titleStyle = titleStyle
    self.buttonStyle = buttonStyle
    self.focusedButtonStyle = focusedButtonStyle
  }

  /// How a button reads: `> Cancel <` when focused, `[ Cancel ]` otherwise (same width).
  public static func buttonText(_ title: String, focused: Bool) -> String {
    focused ? "> \(title) <" : "[ \(title) ]"
  }

  static let buttonGap = 2

  var buttonRowWidth: Int {
    guard !buttons.isEmpty else { return 0 }
    return buttons.reduce(0) { $0 + displayWidth($1) + 4 } + Self.buttonGap * (buttons.count - 1)
  }

  /// The box the dialog occupies in `area`: sized to its content (border and one column of
  /// padding each side), centred, and no larger than the area.
  public func frame(in area: Rect) -> Rect {
    let content = max(
      displayWidth(title) + 4, lines.map { displayWidth($0) }.max() ?? 0, buttonRowWidth)
    let height = 2 + lines.count + (buttons.isEmpty ? 0 : (lines.isEmpty ? 1 : 2))
    return area.centered(Size(width: content + 4, height: height))
  }

  public func render(in area: Rect, on grid: inout Grid) {
    let box = frame(in: area)
    guard !box.isEmpty else { return }
    grid.fill(box, style: style)
    grid.drawBox(box, border: border, style: style, title: title, titleStyle: titleStyle)
    let inner = box.inset(by: EdgeInsets(top: 1, left: 2, bottom: 1, right: 2))
    guard !inner.isEmpty else { return }
    var textRows = inner.height
    if !buttons.isEmpty {
      textRows = inner.height >= 3 ? inner.height - 2 : inner.height - 1
      drawButtons(in: inner.row(inner.height - 1), on: &grid)
    }
    for (i, line) in lines.prefix(max(0, textRows)).enumerated() {
      grid.put(line, in: inner.row(i), style: style)
    }
  }

  private func drawButtons(in row: Rect, on grid: inout Grid) {
    var x = row.x + max(0, (row.width - buttonRowWidth) / 2)
    for (i, title) in buttons.enumerated() {
      let focused = i == focusedButton
      let text = Self.buttonText(title, focused: focused)
      x = grid.put(text, at: Point(x: x, y: row.y), style: focused ? focusedButtonStyle : buttonStyle, clip: row)
      x += Self.buttonGap
    }
  }
}
