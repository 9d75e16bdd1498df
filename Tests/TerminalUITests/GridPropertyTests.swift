import PropertyBased
import TerminalUI
import Testing

/// Texts that exercise every width rule: narrow, wide, emoji sequences, combining marks alone,
/// controls, and the dashboard's own glyphs.
let textPieces = ["a", "Z", " ", "日", "🚀", "👨‍👩‍👧", "e\u{301}", "\u{301}", "\t", "\n", "─", "⣿", "…", "ｅ"]

func text(_ indices: [Int]) -> String {
  indices.map { textPieces[$0 % textPieces.count] }.joined()
}

/// Wide characters are whole: every leading half has its continuation to its right in the same
/// row, and every continuation has its leading half to its left.
func widePairsAreWhole(_ g: Grid) -> Bool {
  for y in 0..<g.height {
    for x in 0..<g.width {
      switch g[x, y].width {
      case 2: if x + 1 >= g.width || !g[x + 1, y].isContinuation { return false }
      case 0: if x == 0 || g[x - 1, y].width != 2 { return false }
      case 1: continue
      default: return false
      }
    }
  }
  return true
}

@Suite struct GridPropertyTests {
  /// Random grids (including empty ones), random positions far outside, random clips: `put`
  /// never crashes, never changes the grid's shape, keeps wide pairs whole, and changes no cell
  /// outside the clip except to blank the far half of a wide character it cut in two.
  @Test func putNeverWritesOutsideTheGridOrTheClip() async {
    await propertyCheck(
      input: Gen.int(in: -20...20).array(of: 8), Gen.int(in: 0...40).array(of: 0...24),
      Gen.int(in: 0...40).array(of: 0...12)
    ) { numbers, first, second in
      let width = abs(numbers[0]) % 13
      let height = abs(numbers[1]) % 7
      var grid = Grid(width: width, height: height, fill: Cell("."))
      // Something with wide characters underneath, so halves get overwritten.
      for y in 0..<height { grid.put(text(first), at: Point(x: numbers[2] % 3, y: y)) }
      let before = grid
      let clip = Rect(x: numbers[3] / 2, y: numbers[4] / 4, width: abs(numbers[5]), height: abs(numbers[6]) / 2)
      let at = Point(x: numbers[7], y: numbers[4] % 8)
      grid.put(text(second), at: at, style: Style(bold: true), clip: clip)

      #expect(grid.size == Size(width: width, height: height))
      #expect(grid.cells.count == width * height)
      #expect(widePairsAreWhole(grid))
      let inside = clip.intersection(grid.bounds)
      for y in 0..<height {
        for x in 0..<width where !inside.contains(Point(x: x, y: y)) {
          let old = before[x, y]
          let new = grid[x, y]
          if old == new { continue }
          #expect(old.width != 1, "(\(x), \(y)) outside the clip changed")
          #expect(new.character == " " && new.width == 1 && new.style == old.style)
        }
      }
    }
  }

  /// Fills, lines and boxes obey the same rules.
  @Test func drawingNeverLeavesTheGrid() async {
    await propertyCheck(input: Gen.int(in: -15...15).array(of: 9), Gen.int(in: 0...40).array(of: 0...10)) {
      numbers, title in
      let width = abs(numbers[0]) % 10
      let height = abs(numbers[1]) % 6
      var grid = Grid(width: width, height: height)
      let rect = Rect(x: numbers[2], y: numbers[3], width: numbers[4], height: numbers[5])
      grid.put(text(title), at: Point(x: numbers[6], y: numbers[7] % 6))
      grid.drawBox(rect, title: text(title))
      grid.fill(rect.inset(1), with: "日")
      grid.drawHorizontalLine(from: Point(x: numbers[6], y: numbers[7]), length: numbers[8])
      grid.drawVerticalLine(from: Point(x: numbers[7], y: numbers[6]), length: numbers[8])
      grid.updateStyle(in: rect) { $0.reverse = true }
      #expect(grid.cells.count == width * height)
      #expect(widePairsAreWhole(grid))
      #expect(grid.textDump().split(separator: "\n", omittingEmptySubsequences: false).count == max(1, height))
    }
  }

  /// Truncation never exceeds the width and pads to exactly it.
  @Test func truncateAndPadRespectTheWidth() async {
    await propertyCheck(input: Gen.int(in: -2...20), Gen.int(in: 0...40).array(of: 0...20)) { width, pieces in
      let s = text(pieces)
      let cut = truncate(s, to: width)
      #expect(displayWidth(cut) <= max(0, width))
      if displayWidth(s) <= width { #expect(cut == s) }
      for alignment in [Alignment.left, .center, .right] {
        #expect(displayWidth(pad(s, to: width, alignment: alignment)) == max(0, width))
      }
    }
  }
}
