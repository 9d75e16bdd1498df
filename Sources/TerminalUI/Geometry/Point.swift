/// A cell position: column `x` from the left, row `y` from the top, both zero-based.
///
/// Points may lie outside any grid (negative, or past the edge): drawing code clips instead of
/// asking every caller to check, so a widget can be handed any position on a tiny terminal.
public struct Point: Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }

  public static let zero = Point(x: 0, y: 0)

  /// This point moved by `dx` columns and `dy` rows.
  public func offset(dx: Int = 0, dy: Int = 0) -> Point { Point(x: x + dx, y: y + dy) }

  public var description: String { "(\(x), \(y))" }
}
