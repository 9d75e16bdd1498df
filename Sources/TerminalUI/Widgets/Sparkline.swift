/// A small bar graph of recent values, newest at the right: `▁▂▄▆█▇▅`.
///
/// For "how has this moved lately" beside a number (tasks running, CPU reserved, events per
/// tick). The most recent values that fit are shown, right-aligned, so the graph scrolls left as
/// values arrive. Bars grow from the bottom over every row of the area: each row adds 8 levels
/// with blocks, 4 with braille (which also packs two values per cell) and 3 with ASCII (`.:|`).
/// Any value above zero shows at least the lowest level, so activity is never invisible.
public struct Sparkline: Widget, Hashable, Sendable {
  public var values: [Double]
  /// The value drawn as a full-height bar; nil uses the largest value shown.
  public var maximum: Double?
  public var glyphs: GraphGlyphs
  public var style: Style

  public init(values: [Double], maximum: Double? = nil, glyphs: GraphGlyphs = .blocks, style: Style = .plain) {
    self.values = values
    self.maximum = maximum
    self.glyphs = glyphs
    self.style = style
  }

  /// Integer samples (task counts), converted once.
  public init(counts: [Int], maximum: Int? = nil, glyphs: GraphGlyphs = .blocks, style: Style = .plain) {
    self.init(values: counts.map(Double.init), maximum: maximum.map(Double.init), glyphs: glyphs, style: style)
  }

  /// ` ▁▂▃▄▅▆▇█`
  static let blockLevels: [UInt32] = [0x20, 0x2581, 0x2582, 0x2583, 0x2584, 0x2585, 0x2586, 0x2587, 0x2588]
  /// ` .:|`
  static let asciiLevels: [UInt32] = [0x20, 0x2E, 0x3A, 0x7C]
  /// Braille dots filled from the bottom: left column (dots 7, 3, 2, 1), right column (8, 6, 5, 4).
  static let brailleLeft: [UInt32] = [0, 0x40, 0x44, 0x46, 0x47]
  static let brailleRight: [UInt32] = [0, 0x80, 0xA0, 0xB0, 0xB8]

  /// Values per cell and levels per row for the glyph set.
  var cellShape: (samples: Int, levels: Int) {
    switch glyphs {
    case .braille: (2, 4)
    case .blocks: (1, 8)
    case .ascii: (1, 3)
    }
  }

  public func render(in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    let (perCell, perRow) = cellShape
    let capacity = area.width * perCell
    let shown = values.suffix(capacity)
    let top = maximum ?? shown.filter(\.isFinite).max() ?? 0
    let levels = area.height * perRow
    var heights = [Int](repeating: 0, count: capacity)
    let start = capacity - shown.count
    for (i, v) in shown.enumerated() {
      guard v.isFinite, v > 0, top.isFinite, top > 0 else { continue }
      heights[start + i] = min(levels, max(1, Int((v / top * Double(levels)).rounded())))
    }
    for row in 0..<area.height {
      let above = (area.height - 1 - row) * perRow  // levels below this row's bottom
      let y = area.y + row
      for column in 0..<area.width {
        let glyph: UInt32
        switch glyphs {
        case .blocks, .ascii:
          let fill = min(perRow, max(0, heights[column] - above))
          glyph = glyphs == .blocks ? Self.blockLevels[fill] : Self.asciiLevels[fill]
        case .braille:
          let left = min(4, max(0, heights[2 * column] - above))
          let right = min(4, max(0, heights[2 * column + 1] - above))
          let bits = Self.brailleLeft[left] | Self.brailleRight[right]
          glyph = bits == 0 ? 0x20 : 0x2800 + bits
        }
        grid.putNarrow(glyph, at: area.x + column, y, style: style, area: area)
      }
    }
  }
}
