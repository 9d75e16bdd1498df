/// A width and a height in terminal cells.
///
/// Cells, not pixels: the terminal is a grid, and every layout decision in the dashboard is a
/// count of columns and rows. Negative sizes are clamped to zero so that layout arithmetic on a
/// tiny terminal (1×1, or a pane squeezed to nothing) never produces a size that could index out
/// of a grid.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public static let zero = Size(width: 0, height: 0)

  /// The number of cells: what a grid of this size stores.
  public var area: Int { width * height }

  /// True when nothing can be drawn (either side is zero).
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// `80×24`, as the "terminal too small" screen and the tests write it.
  public var description: String { "\(width)×\(height)" }
}
