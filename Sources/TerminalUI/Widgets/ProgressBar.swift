/// A count towards a total: `██████▌░░░░░ 13/20`.
///
/// For things that are counted rather than measured: running tasks against the desired count,
/// new tasks replacing old ones in a rolling deployment. Unlike `Gauge` it has no brackets, shows
/// the unfilled track (`░`, or `.` in ASCII) so the total length reads as "the goal", and labels
/// itself with the count. The label is dropped before the bar when space runs out.
public struct ProgressBar: Widget, Hashable, Sendable {
  public var value: Int
  public var total: Int
  /// Text after the bar; nil shows `value/total`.
  public var label: String?
  public var glyphs: GraphGlyphs
  public var filledStyle: Style
  public var trackStyle: Style
  public var labelStyle: Style

  public init(
    value: Int, total: Int, label: String? = nil, glyphs: GraphGlyphs = .blocks, filledStyle: Style = .plain,
    trackStyle: Style = .plain, labelStyle: Style = .plain
  ) {
    self.value = value
    self.total = total
    self.label = label
    self.glyphs = glyphs
    self.filledStyle = filledStyle
    self.trackStyle = trackStyle
    self.labelStyle = labelStyle
  }

  /// How full the bar is: value over total, clamped to 0...1 (an empty total is empty).
  public var ratio: Double {
    guard total > 0 else { return 0 }
    return min(1, max(0, Double(value) / Double(total)))
  }

  public func render(in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    let text = label ?? "\(value)/\(total)"
    let textWidth = text.isEmpty ? 0 : displayWidth(text) + 1
    let showLabel = textWidth > 0 && area.width - textWidth >= 1
    let barWidth = showLabel ? area.width - textWidth : area.width
    grid.drawBar(
      at: area.origin, width: barWidth, ratio: ratio, glyphs: glyphs, filledStyle: filledStyle,
      emptyGlyph: glyphs == .ascii ? "." : "░", emptyStyle: trackStyle, clip: area)
    if showLabel {
      grid.put(" " + text, at: Point(x: area.x + barWidth, y: area.y), style: labelStyle, clip: area)
    }
  }
}
