/// A bracketed percentage bar: `[█████▋   ]  62%`.
///
/// For utilisation at a glance (CPU and memory reserved on an instance or a cluster, the
/// ecsview meters in docs/ux-conventions.md §5). Eighth-block partials make small changes visible
/// in a narrow bar; `GraphGlyphs.ascii` gives `[######   ]  62%`. The default label is the
/// percentage padded to four columns, so the bar does not change length as the number grows from 5%
/// to 100%.
///
/// When the area is narrow the label goes first, then the brackets; the bar itself is the
/// last thing to go.
public struct Gauge: Widget, Hashable, Sendable {
  /// How full, 0...1 (clamped; NaN shows as empty).
  public var ratio: Double
  /// Text after the bar; nil shows the percentage.
  public var label: String?
  public var glyphs: GraphGlyphs
  public var filledStyle: Style
  public var emptyStyle: Style
  public var labelStyle: Style

  public init(
    ratio: Double, label: String? = nil, glyphs: GraphGlyphs = .blocks, filledStyle: Style = .plain,
    emptyStyle: Style = .plain, labelStyle: Style = .plain
  ) {
    self.ratio = ratio
    self.label = label
    self.glyphs = glyphs
    self.filledStyle = filledStyle
    self.emptyStyle = emptyStyle
    self.labelStyle = labelStyle
  }

  /// `62%`: rounded to the nearest percent, except that anything short of full shows at most
  /// 99% and anything above empty at least 1%, so the number never claims full or empty falsely.
  public static func percentText(_ ratio: Double) -> String {
    let r = ratio.isNaN ? 0 : min(1, max(0, ratio))
    var p = Int((r * 100).rounded())
    if r < 1 && p == 100 { p = 99 }
    if r > 0 && p == 0 { p = 1 }
    return "\(p)%"
  }

  public func render(in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    let text = label ?? pad(Self.percentText(ratio), to: 4, alignment: .right)
    let textWidth = text.isEmpty ? 0 : displayWidth(text) + 1
    var barSpace = area.width
    var showLabel = false
    if textWidth > 0 && area.width - textWidth >= 3 {
      barSpace -= textWidth
      showLabel = true
    }
    let brackets = barSpace >= 3
    let barWidth = brackets ? barSpace - 2 : barSpace
    var x = area.x
    if brackets {
      x = grid.put("[", at: Point(x: x, y: area.y), style: emptyStyle, clip: area)
    }
    grid.drawBar(
      at: Point(x: x, y: area.y), width: barWidth, ratio: ratio, glyphs: glyphs, filledStyle: filledStyle,
      emptyGlyph: " ", emptyStyle: emptyStyle, clip: area)
    x += barWidth
    if brackets { x = grid.put("]", at: Point(x: x, y: area.y), style: emptyStyle, clip: area) }
    if showLabel { grid.put(" " + text, at: Point(x: x, y: area.y), style: labelStyle, clip: area) }
  }
}
