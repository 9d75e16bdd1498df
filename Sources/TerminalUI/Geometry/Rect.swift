/// A rectangle of cells: the area a widget may draw into.
///
/// Layout is done by cutting rectangles (`rows`, `columns`, `inset`, `centered`), never by
/// computing coordinates by hand in each view, so that a resize re-flows every pane the same way.
/// Width and height are clamped to zero: cutting a 3-row pane into a 2-row header and a 2-row
/// body gives an empty body, not a negative one.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  public var x: Int
  public var y: Int
  public var width: Int { didSet { width = max(0, width) } }
  public var height: Int { didSet { height = max(0, height) } }

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public init(origin: Point, size: Size) {
    self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
  }

  /// A rectangle at the origin: the whole of a grid of this size.
  public init(size: Size) { self.init(origin: .zero, size: size) }

  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  public var origin: Point { Point(x: x, y: y) }
  public var size: Size { Size(width: width, height: height) }
  public var minX: Int { x }
  public var minY: Int { y }
  /// One past the last column (exclusive), so `minX..<maxX` are the columns inside.
  public var maxX: Int { x + width }
  /// One past the last row (exclusive).
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
  }

  /// The cells both rectangles cover (empty, at the clamped corner, when they do not overlap).
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// This rectangle with the given space taken off each side (never negative).
  public func inset(by insets: EdgeInsets) -> Rect {
    let w = max(0, width - insets.left - insets.right)
    let h = max(0, height - insets.top - insets.bottom)
    return Rect(x: x + min(insets.left, width), y: y + min(insets.top, height), width: w, height: h)
  }

  /// This rectangle with `amount` cells taken off every side: the inside of a one-cell border
  /// is `inset(1)`.
  public func inset(_ amount: Int) -> Rect { inset(by: EdgeInsets(all: amount)) }

  /// A rectangle of at most `size`, centred in this one (odd space goes below and to the right),
  /// as dialogs and the "terminal too small" message are placed.
  public func centered(_ size: Size) -> Rect {
    let w = min(size.width, width)
    let h = min(size.height, height)
    return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
  }

  /// The single row `index` rows down (empty when outside).
  public func row(_ index: Int) -> Rect {
    Rect(x: x, y: y + index, width: width, height: 1).intersection(self)
  }

  public var description: String { "\(x),\(y) \(width)×\(height)" }
}
