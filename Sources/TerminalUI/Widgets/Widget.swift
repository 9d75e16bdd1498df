/// Something that draws itself into a rectangle of a grid.
///
/// Widgets are throwaway values (ratatui's model, docs/architecture.md §6): a view builds them from
/// state every frame and renders them; nothing is retained between frames. A widget writes only
/// inside its area, whatever the area's size (even 1×1), so views can lay out without
/// guarding against tiny terminals. One-line widgets (gauge, bar, status bar, text input) use
/// the area's first row and leave the others alone.
public protocol Widget {
  /// Draws into `area` of `grid`, touching no cell outside `area`.
  func render(in area: Rect, on grid: inout Grid)
}

extension Widget {
  /// The widget alone on a fresh grid of the given size: how tests look at one widget.
  public func rendered(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    render(in: grid.bounds, on: &grid)
    return grid
  }
}
