import ECSSim
import TerminalUI

/// Everything the dashboard remembers about the user's view; the engine holds the world.
///
/// A value: `reduce` takes it in and out, tests compare it whole (The Composable Architecture's
/// style, docs/architecture.md §6). Nothing here refers to engine objects; rows are named by their
/// ids. A running dashboard keeps its state in a `Store`, so only the reducer writes it; the
/// properties stay settable because a copy is only a value (tests build the states they need).
public struct UIState: Equatable, Sendable {
  public var size: Size
  public var focus: PaneKind = .services
  public var panes: [PaneKind: PaneState] = Dictionary(uniqueKeysWithValues: PaneKind.allCases.map { ($0, PaneState()) })
  /// Drill-down history; the last element is the current scope. Never empty.
  public var scopes: [ScopeEntry] = [ScopeEntry(scope: .all, focus: .services)]
  public var overlay: Overlay?
  public var prompt: Prompt?
  /// The simulation clock is stopped; the loop then blocks on input and uses no CPU.
  public var paused = false
  public var speedIndex = UIState.speeds.firstIndex(of: 1)!
  /// Show only the focused pane (also forced on terminals below the all-panes size).
  public var zoomed = false
  public var readonly = false
  public var glyphs: GraphGlyphs = .blocks
  /// The last line in the status bar: a command's error (state unchanged) or a confirmation.
  public var status: StatusMessage?
  /// Command lines entered at the `:` prompt, oldest first.
  public var history: [String] = []
  /// The last key pressed, echoed in the header for an audience (docs/ux-conventions.md §3.9).
  public var lastKey: String?
  public var quitting = false

  /// ×0.25 … ×64, as the issue asks; each step doubles.
  public static let speeds: [Double] = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64]
  /// Wall-clock milliseconds between ticks while running.
  public static let tickMilliseconds = 100

  public init(size: Size, readonly: Bool = false, speed: Double = 1, paused: Bool = false) {
    self.size = size
    self.readonly = readonly
    self.paused = paused
    speedIndex = UIState.speedIndex(for: speed)
  }

  /// The closest speed step to `speed`.
  public static func speedIndex(for speed: Double) -> Int {
    var best = 0
    for (i, s) in speeds.enumerated() where abs(s - speed) < abs(speeds[best] - speed) { best = i }
    return best
  }

  public var speed: Double { UIState.speeds[speedIndex] }
  public var scope: Scope { scopes[scopes.count - 1].scope }

  /// `×0.25`, `×1`, `×64`.
  public var speedLabel: String {
    let s = speed
    return s == s.rounded() ? "×\(Int(s))" : "×\(s)"
  }

  public subscript(pane: PaneKind) -> PaneState {
    get { panes[pane] ?? PaneState() }
    set { panes[pane] = newValue }
  }
}
