/// How much of a split one piece takes: the vocabulary of `Rect.rows(_:)` and `Rect.columns(_:)`.
///
/// Three kinds are enough for a dashboard: a header or status bar has a fixed `length`, a side
/// pane takes a `percent` of the screen, and the main table takes what is left (`fill`). Fixed
/// and percentage pieces are served first, in order; if they do not fit, the last ones shrink,
/// so the top bar survives on a tiny terminal. What remains is shared by the `fill` pieces in
/// proportion to their weights.
public enum LayoutConstraint: Hashable, Sendable {
  /// Exactly this many cells (less only when the space runs out).
  case length(Int)
  /// This percentage (0...100) of the space after gaps, rounded down.
  case percent(Int)
  /// A share of what is left, in proportion to the weight (1 for "the rest").
  case fill(Int)

  /// A `fill` of weight 1: "the rest".
  public static let rest = LayoutConstraint.fill(1)
}

extension Rect {
  /// Cuts this rectangle into rows stacked top to bottom, one per constraint.
  ///
  /// Always returns exactly `constraints.count` rectangles (some possibly empty), so callers can
  /// destructure the result without checking its length. `spacing` rows are left between
  /// neighbours when there is room for them and still one row for each piece; otherwise none.
  public func rows(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
    let lengths = Self.split(height, constraints, spacing: spacing)
    var top = y
    return lengths.map { piece in
      defer { top += piece.length + piece.gap }
      return Rect(x: x, y: top, width: width, height: piece.length)
    }
  }

  /// Cuts this rectangle into columns side by side, left to right, one per constraint.
  ///
  /// The same rules as `rows(_:spacing:)`, across instead of down.
  public func columns(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
    let lengths = Self.split(width, constraints, spacing: spacing)
    var left = x
    return lengths.map { piece in
      defer { left += piece.length + piece.gap }
      return Rect(x: left, y: y, width: piece.length, height: height)
    }
  }

  static func split(_ total: Int, _ constraints: [LayoutConstraint], spacing: Int)
    -> [(length: Int, gap: Int)]
  {
    let count = constraints.count
    guard count > 0 else { return [] }
    let gaps = max(0, spacing) * (count - 1)
    let gap = total - gaps >= count ? max(0, spacing) : 0  // gaps only if each piece can get a cell
    let available = max(0, total - gap * (count - 1))
    var lengths = constraints.map { c -> Int in
      switch c {
      case .length(let n): return max(0, n)
      case .percent(let p): return available * min(100, max(0, p)) / 100
      case .fill: return 0
      }
    }
    var excess = lengths.reduce(0, +) - available
    var i = count - 1
    while excess > 0 && i >= 0 {
      let cut = min(excess, lengths[i])
      lengths[i] -= cut
      excess -= cut
      i -= 1
    }
    let leftover = available - lengths.reduce(0, +)
    let weights = constraints.map { c -> Int in
      if case .fill(let w) = c { return max(0, w) }
      return 0
    }
    if leftover > 0 { distribute(leftover, by: weights, into: &lengths) }
    return lengths.enumerated().map { ($0.element, $0.offset < count - 1 ? gap : 0) }
  }
}

/// Shares `amount` cells among the entries with a positive weight, in proportion to their
/// weights; the cells integer division leaves over go one each, left to right. Layout pieces
/// and table columns both grow this way.
func distribute(_ amount: Int, by weights: [Int], into lengths: inout [Int]) {
  let totalWeight = weights.reduce(0, +)
  guard amount > 0, totalWeight > 0 else { return }
  var given = 0
  for k in weights.indices where weights[k] > 0 {
    let share = amount * weights[k] / totalWeight
    lengths[k] += share
    given += share
  }
  var k = 0
  while given < amount {
    if weights[k] > 0 {
      lengths[k] += 1
      given += 1
    }
    k = (k + 1) % weights.count
  }
}
