/// Space to leave on each side of a rectangle, in cells.
///
/// Borders and padding are both "take n cells off a side"; naming the sides keeps a one-cell
/// border plus one column of horizontal padding readable (`EdgeInsets(vertical: 1, horizontal: 2)`).
public struct EdgeInsets: Hashable, Sendable {
  public var top: Int
  public var left: Int
  public var bottom: Int
  public var right: Int

  public init(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) {
    self.top = top
    self.left = left
    self.bottom = bottom
    self.right = right
  }

  /// The same inset on every side.
  public init(all: Int) { self.init(top: all, left: all, bottom: all, right: all) }

  /// `vertical` rows off the top and bottom, `horizontal` columns off the left and right.
  public init(vertical: Int = 0, horizontal: Int = 0) {
    self.init(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
  }

  public static let zero = EdgeInsets()
}
