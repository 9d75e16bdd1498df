import Dashboard
import ECSSim
import ECSimIO
import TerminalUI

/// What every dashboard test builds on: one theme switch and the default world at a moment.
enum TestSupport {
  /// The theme every golden is drawn with: the bundled default (the copy embedded in the binary,
  /// so a user's own `default.yaml` in ~/.config cannot change a test). Changing it means
  /// re-recording the goldens (RECORD_GOLDEN=1).
  static let theme: Theme = {
    do { return try ThemeLoader.parse(BundledThemes.named("default")!, name: "default", file: "default.yaml") } catch {
      fatalError("the bundled default theme does not load: \(error)")
    }
  }()

  static let large = Size(width: 120, height: 40)
  static let small = Size(width: 80, height: 24)

  /// The default scenario, seed 1, advanced to `time` (4m: web:1 → web:2 is mid-rollout).
  static func defaultWorld(at time: SimTime = .zero) throws -> Simulator {
    let spec = try ScenarioLoader.load(nameOrPath: "default")
    let sim = try Simulator(scenario: spec, seed: 1)
    if time > .zero { sim.advance(to: time) }
    return sim
  }

  /// A dashboard over `defaultWorld(at:)`: its Events pane already holds everything so far.
  static func app(at time: SimTime = .minutes(4), size: Size = large, readonly: Bool = false) throws -> DashboardApp {
    DashboardApp(sim: try defaultWorld(at: time), theme: theme, size: size, readonly: readonly)
  }
}

extension DashboardApp {
  /// Sends each key in order.
  func press(_ keys: Key...) { for k in keys { send(.key(k)) } }

  /// Types text as character keys.
  func type(_ text: String) { for c in text { send(.key(.char(c))) } }
}
