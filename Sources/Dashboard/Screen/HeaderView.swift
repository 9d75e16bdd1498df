import ECSSim
import TerminalUI

/// The top line: always SIMULATION, the scenario, the simulated clock, the speed and whether the
/// clock is paused (docs/ux-conventions.md §1.14: nobody may mistake the demo for real AWS).
enum HeaderView {
  static func render(_ state: UIState, sim: Simulator, theme: Theme, in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    grid.fill(area, style: theme[.header])
    var x = grid.put(" SIMULATION ", at: area.origin, style: theme[.badge], clip: area)
    x = grid.put(" ecsim · \(sim.scenarioName) · seed \(sim.seed) ", at: Point(x: x, y: area.y), style: theme[.header], clip: area)
    x = grid.put("│ ⏱ \(sim.now.clock.prefix(8)) ", at: Point(x: x, y: area.y), style: theme[.header], clip: area)
    let clockState = state.paused ? " ⏸ PAUSED \(state.speedLabel) " : " ▶ RUNNING \(state.speedLabel) "
    x = grid.put("│", at: Point(x: x, y: area.y), style: theme[.header], clip: area)
    x = grid.put(clockState, at: Point(x: x, y: area.y), style: theme[state.paused ? .paused : .header], clip: area)
    var right = "scope: \(state.scope.label)"
    if state.readonly { right = "READ-ONLY · " + right }
    var full = right
    if let key = state.lastKey { full += " · key \(key)" }
    let room = area.maxX - x - 2
    if room > 8 {
      // On a narrow screen the key echo goes first, then the word "scope:", before any cut.
      let shorter = (state.readonly ? "READ-ONLY · " : "") + state.scope.label
      let fitting = [full, right, shorter].first { displayWidth($0) <= room } ?? shorter
      let text = truncate(fitting, to: room) + " "
      grid.put(text, at: Point(x: area.maxX - displayWidth(text), y: area.y), style: theme[.header], clip: area)
    }
  }
}
