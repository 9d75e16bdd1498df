/// Which characters graphs and bars are drawn with.
///
/// Braille graphs show as boxes or garbage on some fonts and terminals (btop #971, bottom #914
/// in docs/ux-conventions.md §1.8), so the glyph set is a setting with a one-key switch, and every
/// widget that draws a graph takes one. Braille packs two samples and four levels per cell; blocks
/// give eight levels per cell (and eighth-cell partials in bars); ASCII works everywhere.
public enum GraphGlyphs: Hashable, Sendable, CaseIterable {
  case braille, blocks, ascii
}

/// Partial blocks for horizontal bars: index n is n eighths of a cell filled (0 is a space).
let eighthBlocks: [UInt32] = [0x20, 0x258F, 0x258E, 0x258D, 0x258C, 0x258B, 0x258A, 0x2589, 0x2588]

extension Grid {
  /// Draws a horizontal bar of `width` cells filled to `ratio` (clamped to 0...1; NaN is 0):
  /// whole cells and an eighth-block partial with Unicode glyphs, whole `#` cells (rounded to
  /// the nearest) with ASCII. Cells past the fill get `emptyGlyph` (one column wide) in
  /// `emptyStyle`.
  mutating func drawBar(
    at point: Point, width: Int, ratio: Double, glyphs: GraphGlyphs, filledStyle: Style,
    emptyGlyph: Unicode.Scalar, emptyStyle: Style, clip: Rect
  ) {
    guard width > 0 else { return }
    let area = effectiveClip(clip)
    let r = ratio.isNaN ? 0 : min(1, max(0, ratio))
    let full: Int
    let partial: Int
    if glyphs == .ascii {
      (full, partial) = (Int((r * Double(width)).rounded()), 0)
    } else {
      let eighths = Int((r * Double(width * 8)).rounded())
      (full, partial) = (eighths / 8, eighths % 8)
    }
    let fullGlyph: UInt32 = glyphs == .ascii ? 0x23 : 0x2588
    for i in 0..<width {
      let x = point.x + i
      if i < full {
        putNarrow(fullGlyph, at: x, point.y, style: filledStyle, area: area)
      } else if i == full && partial > 0 {
        putNarrow(eighthBlocks[partial], at: x, point.y, style: filledStyle, area: area)
      } else {
        putNarrow(emptyGlyph.value, at: x, point.y, style: emptyStyle, area: area)
      }
    }
  }
}
