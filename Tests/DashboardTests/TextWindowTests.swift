import Dashboard
import ECSSim
import Testing
import TerminalUI

/// Help and text windows (describe, why, command answers): scrolling and closing.
@Suite struct TextWindowTests {
  @Test func helpOpensScrollsAndCloses() {
    let store = TestStore(world: FakeWorld())
    store.key(.char("?")) { $0.overlay = .help(scroll: 0) }
    store.key(.char("j")) { $0.overlay = .help(scroll: 1) }
    store.key(.down) { $0.overlay = .help(scroll: 2) }
    store.key(.char("k")) { $0.overlay = .help(scroll: 1) }
    store.key(.up) { $0.overlay = .help(scroll: 0) }
    store.key(.up)
    // A page is the height less 8: 32 lines at 120×40.
    store.key(.pageDown) { $0.overlay = .help(scroll: 32) }
    store.key(.char("g")) { $0.overlay = .help(scroll: 0) }
    store.key(.char("?")) { $0.overlay = nil }
    store.key(.f(1)) { $0.overlay = .help(scroll: 0) }
    // q closes help; it does not quit.
    store.key(.char("q")) { $0.overlay = nil }
    store.key(.char("?")) { $0.overlay = .help(scroll: 0) }
    store.key(.escape) { $0.overlay = nil }
    // A key that means something in the panes does nothing while help is open.
    store.key(.char("?")) { $0.overlay = .help(scroll: 0) }
    store.key(.char("s"))
    store.key(.enter) { $0.overlay = nil }
  }

  @Test func textOverlayScrollStopsAtTheLastLine() {
    let store = TestStore(world: FakeWorld())
    store.state.overlay = .text(title: "t", lines: ["1", "2", "3"], scroll: 0)
    store.key(.char("j")) { $0.overlay = .text(title: "t", lines: ["1", "2", "3"], scroll: 1) }
    store.key(.pageDown) { $0.overlay = .text(title: "t", lines: ["1", "2", "3"], scroll: 2) }
    store.key(.char("j"))
    store.key(.escape) { $0.overlay = nil }
  }

  /// `d` opens the engine's JSON for the row, pretty, one line per line.
  @Test func describeOpensTheJSONTheEngineAnswered() {
    let json = JSONValue.object([("serviceName", .string("web")), ("desiredCount", .int(6))])
    let store = TestStore(world: FakeWorld(rows: [.services: ["web"]])) { effect in
      effect == .describe(.services, "web") ? .described(title: "describe-services web", json: json) : nil
    }
    store.key(.char("d"), [.describe(.services, "web")])
    store.receive(.described(title: "describe-services web", json: json)) {
      $0.overlay = .text(
        title: "describe-services web",
        lines: ["{", "  \"serviceName\": \"web\",", "  \"desiredCount\": 6", "}"], scroll: 0)
    }
  }

  /// `w` opens the engine's explanation; a row it cannot explain says so in the status line.
  @Test func explainOpensTheExplanationOrSaysThereIsNone() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web"], .clusters: ["default"]])) { effect in
      switch effect {
      case .explain(.services, "web"): .explained(title: "Why? service web", lines: ["Steady.", "", "• 6 of 6 running"])
      case .explain: .nothingToExplain
      default: nil
      }
    }
    store.key(.char("w"), [.explain(.services, "web")])
    store.receive(.explained(title: "Why? service web", lines: ["Steady.", "", "• 6 of 6 running"])) {
      $0.overlay = .text(title: "Why? service web", lines: ["Steady.", "", "• 6 of 6 running"], scroll: 0)
    }
    store.key(.char("q")) { $0.overlay = nil }
    store.send(.nothingToExplain) {
      $0.status = StatusMessage(
        "why: nothing to explain for this row; select a task, service, deployment or instance", isError: true)
    }
  }
}
