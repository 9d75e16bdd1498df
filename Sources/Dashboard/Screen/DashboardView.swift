import ECSSim
import TerminalUI

/// The whole screen for a state: a pure function of the engine (borrowed for the frame), the UI
/// state and the theme. Immediate mode (docs/architecture.md §4): a fresh grid each frame; the
/// backend sends only the difference.
public enum DashboardView {
  public static func render(_ state: UIState, world: WorldRows, keymap: Keymap) -> Grid {
    var grid = Grid(size: state.size)
    let theme = world.theme
    let layout = DashboardLayout(size: state.size, focus: state.focus, zoomed: state.zoomed)
    if layout.isTooSmall {
      OverlayViews.tooSmall(state.size, theme: theme, on: &grid)
      return grid
    }
    HeaderView.render(state, sim: world.sim, theme: theme, in: layout.header, on: &grid)
    if !layout.showsAllPanes { BottomBars.tabs(state, theme: theme, in: layout.tabs, on: &grid) }
    for pane in PaneKind.allCases {
      if let area = layout.panes[pane] { PaneView.render(pane, state, world: world, in: area, on: &grid) }
    }
    BottomBars.status(state, keymap: keymap, theme: theme, in: layout.statusLine, on: &grid)
    BottomBars.hints(state, keymap: keymap, theme: theme, in: layout.hintBar, on: &grid)
    let screen = Rect(x: 0, y: 1, width: state.size.width, height: max(0, state.size.height - 3))
    switch state.overlay {
    case .help(let scroll)?:
      OverlayViews.help(scroll: scroll, keymap: keymap, readonly: state.readonly, theme: theme, screen: screen, on: &grid)
    case .text(let title, let lines, let scroll)?:
      OverlayViews.text(title: title, lines: lines, scroll: scroll, theme: theme, screen: screen, on: &grid)
    case .form(let form)?:
      OverlayViews.form(form, theme: theme, screen: screen, on: &grid)
    case nil: break
    }
    return grid
  }
}
