import ECSSim
import TerminalUI

/// The status line (prompt, last result, scope) and the hint bar drawn from the keymap.
enum BottomBars {
  static func status(_ state: UIState, keymap: Keymap, theme: Theme, in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    grid.fill(area, style: theme[.statusLine])
    if let prompt = state.prompt {
      var input = prompt.input
      input.style = theme[.prompt]
      input.promptStyle = theme[.prompt].adding(.bold)
      input.cursorStyle = theme[.prompt].adding(.reverse)
      var field = area
      if !prompt.completions.isEmpty {
        let list = "  ⇥ " + prompt.completions.prefix(12).enumerated().map { i, c in
          i == prompt.completionIndex ? "[\(c)]" : c
        }.joined(separator: " ") + (prompt.completions.count > 12 ? " …+\(prompt.completions.count - 12)" : "")
        let listWidth = min(displayWidth(list), area.width / 2)
        field.width = area.width - listWidth
        grid.put(list, in: Rect(x: field.maxX, y: area.y, width: listWidth, height: 1), style: theme[.muted])
      }
      input.render(in: field, on: &grid)
      return
    }
    if let status = state.status {
      grid.put(" " + status.text, in: area, style: theme[status.isError ? .statusError : .statusLine])
      return
    }
    grid.put(idleLine(state, keymap: keymap), in: area, style: theme[.muted])
  }

  /// What the status line says when nothing else is to be said: the scope, and the next things a
  /// newcomer can do, with the keys in effect (the hint bar has room for only part of them).
  static func idleLine(_ state: UIState, keymap: Keymap) -> String {
    var parts = [" scope: \(state.scope.label)"]
    if state.scopes.count > 1, let back = keymap.keys(for: .back).first { parts.append("\(back.label) back") }
    let tips: [(KeyAction, String)] = [
      (.launchTask, "launch tasks"), (.scaleService, "scale"), (.rollingUpgrade, "rolling upgrade"),
      (.injectFault, "inject a fault"), (.why, "why?"), (.help, "all keys"),
    ]
    for (action, text) in tips where !(state.readonly && action.mutates) {
      if let key = keymap.keys(for: action).first { parts.append("\(key.label) \(text)") }
    }
    return parts.joined(separator: " · ")
  }

  static func hints(_ state: UIState, keymap: Keymap, theme: Theme, in area: Rect, on grid: inout Grid) {
    let bar = StatusBar(
      hints: keymap.hints(for: state.focus, readonly: state.readonly, width: area.width, spacing: 1),
      barStyle: theme[.hintLabel],
      keyStyle: theme[.hintKey], labelStyle: theme[.hintLabel], spacing: 1)
    bar.render(in: area, on: &grid)
  }

  /// The pane tabs of the one-pane layout: `1 Clusters  2 Services …`, the focused one marked.
  static func tabs(_ state: UIState, theme: Theme, in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    grid.fill(area, style: theme[.muted])
    var x = area.x
    for pane in PaneKind.allCases {
      let focused = pane == state.focus
      let text = focused ? "[\(pane.digit) \(pane.shortTitle)]" : " \(pane.digit) \(pane.shortTitle) "
      x = grid.put(text, at: Point(x: x, y: area.y), style: theme[focused ? .titleFocused : .title], clip: area)
      x += 1
    }
  }
}
