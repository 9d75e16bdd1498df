import Dashboard
import ECSSim
import Testing
import TerminalUI

/// Enter narrows every pane to the selected row; Esc goes back with the focus it had.
@Suite struct DrillDownTests {
  @Test func drillDownEmitsTheSelectedRowAndEscGoesBack() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["svc:default/web"]]))
    store.key(.enter, [.drillDown(.services, "svc:default/web")])
    store.key(.char("6")) { $0.focus = .events }
    // Events has no drill-down.
    store.key(.enter) { $0.status = StatusMessage("open: focus ALB port mappings or Clusters or Container instances or Services or Tasks first", isError: true) }
    store.state.scopes.append(ScopeEntry(scope: .service(cluster: "default", name: "web"), focus: .tasks))
    store.key(.escape) {
      $0.scopes.removeLast()
      $0.focus = .services
      $0.status = nil
    }
    store.key(.char("z")) { $0.zoomed = true }
    store.key(.escape) { $0.zoomed = false }
  }

  static let web = Scope.service(cluster: "default", name: "web")

  /// Drill-down pushes a scope when the engine resolves the row, and Esc pops it, both in the
  /// reducer: each level remembers the focus it had, and Esc restores it.
  @Test func aResolvedDrillDownPushesAScopeAndEscPopsIt() {
    let store = TestStore(world: FakeWorld(rows: [.clusters: ["default"], .services: ["svc:default/web"]])) { effect in
      switch effect {
      case .drillDown(.clusters, "default"): .drillDownResolved(.cluster("default"), focus: .services)
      case .drillDown(.services, "svc:default/web"): .drillDownResolved(Self.web, focus: .tasks)
      default: nil
      }
    }
    store.key(.char("1")) { $0.focus = .clusters }
    store.key(.enter, [.drillDown(.clusters, "default")])
    store.receive(.drillDownResolved(.cluster("default"), focus: .services)) {
      $0.scopes = [ScopeEntry(scope: .all, focus: .clusters), ScopeEntry(scope: .cluster("default"), focus: .services)]
      $0.focus = .services
    }
    store.key(.enter, [.drillDown(.services, "svc:default/web")])
    store.receive(.drillDownResolved(Self.web, focus: .tasks)) {
      $0.scopes.append(ScopeEntry(scope: Self.web, focus: .tasks))
      $0.focus = .tasks
    }
    #expect(store.state.scope == Self.web)
    store.key(.escape) {
      $0.scopes.removeLast()
      $0.focus = .services
    }
    store.key(.escape) {
      $0.scopes = [ScopeEntry(scope: .all, focus: .clusters)]
      $0.focus = .clusters
    }
    // At the top, Esc has nothing to pop.
    store.key(.escape)
  }

  /// Resolving to the scope already shown (Enter on the service a scope is already narrowed
  /// to) pushes nothing, so one Esc still goes back.
  @Test func drillingIntoTheScopeShownChangesNothing() {
    let store = TestStore(world: FakeWorld())
    store.send(.drillDownResolved(Self.web, focus: .tasks)) {
      $0.scopes.append(ScopeEntry(scope: Self.web, focus: .tasks))
      $0.scopes[0].focus = .services
      $0.focus = .tasks
    }
    store.send(.drillDownResolved(Self.web, focus: .targets))
  }

  /// A task has no scope of its own: Enter describes it. A row gone by the time the engine
  /// looks it up answers nothing, and nothing changes.
  @Test func enterOnATaskDescribesItAndAGoneRowDoesNothing() {
    let json = JSONValue.object([("taskArn", .string("arn:aws:ecs:t1"))])
    let store = TestStore(world: FakeWorld(rows: [.tasks: ["t1", "t2"]])) { effect in
      effect == .drillDown(.tasks, "t1") ? .described(title: "describe-tasks t1", json: json) : nil
    }
    store.key(.char("4")) { $0.focus = .tasks }
    store.key(.enter, [.drillDown(.tasks, "t1")])
    store.receive(.described(title: "describe-tasks t1", json: json)) {
      $0.overlay = .text(title: "describe-tasks t1", lines: ["{", "  \"taskArn\": \"arn:aws:ecs:t1\"", "}"], scroll: 0)
    }
    store.key(.escape) { $0.overlay = nil }
    store.key(.char("j")) {
      $0[.tasks].selectedID = "t2"
      $0[.tasks].selectedIndex = 1
    }
    store.key(.enter, [.drillDown(.tasks, "t2")])
  }
}
