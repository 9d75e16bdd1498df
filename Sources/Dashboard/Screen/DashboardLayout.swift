import TerminalUI

/// Where each part of the screen goes for a terminal size: pure, shared by the views (to draw)
/// and the reducer (to know how many rows a page is).
///
/// From `fullSize` up every pane is on screen at once; below it one pane at a time with a tab
/// strip (digits and Tab switch), and below `minimumSize` only the "terminal too small" screen.
public struct DashboardLayout: Equatable, Sendable {
  /// All six panes fit from here (the 120×40).
  public static let fullSize = Size(width: 120, height: 40)
  /// Below this even one pane is unreadable: the "terminal too small" screen.
  public static let minimumSize = Size(width: 60, height: 15)

  public var size: Size
  public var header: Rect = .zero
  /// The pane tabs of the one-pane layout (empty when all panes show).
  public var tabs: Rect = .zero
  public var panes: [PaneKind: Rect] = [:]
  public var statusLine: Rect = .zero
  public var hintBar: Rect = .zero
  public var showsAllPanes = false
  public var isTooSmall = false

  public init(size: Size, focus: PaneKind, zoomed: Bool) {
    self.size = size
    guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
      isTooSmall = true
      return
    }
    let screen = Rect(size: size)
    showsAllPanes = !zoomed && size.width >= Self.fullSize.width && size.height >= Self.fullSize.height
    if showsAllPanes {
      let r = screen.rows([.length(1), .rest, .length(1), .length(1)])
      header = r[0]
      statusLine = r[2]
      hintBar = r[3]
      let bands = r[1].rows([.percent(24), .percent(23), .percent(28), .rest])
      let top = bands[0].columns([.percent(43), .rest])
      let bottom = bands[3].columns([.percent(58), .rest])
      panes = [
        .clusters: top[0], .services: top[1], .instances: bands[1], .tasks: bands[2],
        .targets: bottom[0], .events: bottom[1],
      ]
    } else {
      let r = screen.rows([.length(1), .length(1), .rest, .length(1), .length(1)])
      header = r[0]
      tabs = r[1]
      statusLine = r[3]
      hintBar = r[4]
      panes = [focus: r[2]]
    }
  }

  /// The table area inside a pane's border (the column header is its first row).
  public func tableArea(_ pane: PaneKind) -> Rect {
    guard let r = panes[pane] else { return .zero }
    return r.inset(1)
  }

  /// Data rows a pane shows at once: a page for PgUp/PgDn.
  public func visibleRows(_ pane: PaneKind) -> Int {
    max(1, tableArea(pane).height - 1)
  }
}
