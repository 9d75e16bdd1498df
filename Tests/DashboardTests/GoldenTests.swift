import Dashboard
import ECSSim
import Testing
import TerminalUI

/// The screens a user sees, from the default scenario (seed 1) at 3m10s, ten seconds into the
/// rolling upgrade web:1 → web:2: Services shows both deployments (web:2 2/6 with 4 pending,
/// web:1 6/6), the ALB new targets in `initial`. Record with RECORD_GOLDEN=1 (see `Golden`).
@Suite struct GoldenTests {
  static let panes = PaneKind.allCases

  func app(_ size: Size = TestSupport.large) throws -> DashboardApp {
    try TestSupport.app(at: .seconds(190), size: size)
  }

  @Test(arguments: panes) func allPanesWithFocus(_ pane: PaneKind) throws {
    let app = try app()
    app.press(.char(pane.digit))
    #expect(app.state.focus == pane)
    Golden.check(app.render(), "all-120x40-\(pane.shortTitle.lowercased())")
  }

  @Test(arguments: panes) func onePaneAt80x24(_ pane: PaneKind) throws {
    let app = try app(TestSupport.small)
    app.press(.char(pane.digit))
    Golden.check(app.render(), "one-80x24-\(pane.shortTitle.lowercased())")
  }

  @Test func zoomedPaneAt120x40() throws {
    let app = try app()
    app.press(.char("4"), .char("z"))
    #expect(app.state.zoomed)
    Golden.check(app.render(), "zoom-120x40-tasks")
  }

  @Test func help() throws {
    let large = try app()
    large.press(.char("?"))
    Golden.check(large.render(), "help-120x40")
    let small = try app(TestSupport.small)
    small.press(.char("?"))
    Golden.check(small.render(), "help-80x24")
  }

  @Test func describeATask() throws {
    let app = try app()
    app.press(.char("4"), .char("d"))
    guard case .text(let title, _, _)? = app.state.overlay else {
      Issue.record("d opened no text overlay")
      return
    }
    #expect(title.hasPrefix("describe-tasks "))
    Golden.check(app.render(), "describe-task-120x40")
  }

  /// The explanation's words change when the engine's explanations land; re-record then.
  @Test func whyOfAService() throws {
    let app = try app()
    app.press(.char("2"), .char("w"))
    guard case .text(let title, _, _)? = app.state.overlay else {
      Issue.record("w opened no text overlay")
      return
    }
    #expect(title.hasPrefix("Why? "))
    Golden.check(app.render(), "why-service-120x40")
  }

  /// The key that opens a dialog and the pane it needs.
  static let dialogs: [(name: String, pane: PaneKind, key: Character)] = [
    ("launch-task", .services, "t"), ("scale", .services, "s"), ("upgrade", .services, "u"),
    ("stop-task", .tasks, "x"), ("drain", .instances, "D"), ("activate", .instances, "A"),
    ("push", .services, "p"), ("fault", .instances, "F"),
  ]

  @Test(arguments: [TestSupport.large, TestSupport.small]) func dialogs(_ size: Size) throws {
    for d in Self.dialogs {
      let app = try app(size)
      app.press(.char(d.pane.digit), .char(d.key))
      guard case .form? = app.state.overlay else {
        Issue.record("\(d.key) opened no dialog: \(app.state.status?.text ?? "")")
        continue
      }
      Golden.check(app.render(), "dialog-\(d.name)-\(size.width)x\(size.height)")
    }
  }

  /// `u`, a tag, Enter through the fields: stage two shows the exact commands with Cancel focused.
  @Test(arguments: [TestSupport.large, TestSupport.small]) func upgradeStageTwo(_ size: Size) throws {
    let app = try app(size)
    app.press(.char("2"), .char("u"))
    app.type("1.5.0")
    Golden.check(app.render(), "dialog-upgrade-typed-\(size.width)x\(size.height)")
    app.press(.enter, .enter, .enter)
    guard case .form(let form)? = app.state.overlay else {
      Issue.record("the upgrade dialog closed")
      return
    }
    #expect(form.isConfirming)
    #expect(form.focusedButton == 0)
    #expect(form.commands?.count == 2)
    #expect(form.commands?.last == "update-service --cluster default --service web --task-definition web")
    Golden.check(app.render(), "dialog-upgrade-confirm-\(size.width)x\(size.height)")
  }

  @Test func promptWithCompletions() throws {
    let app = try app()
    app.press(.char(":"))
    app.type("up")
    app.press(.tab)
    #expect(app.state.prompt?.completions.count ?? 0 > 1)
    Golden.check(app.render(), "prompt-completions-120x40")
    app.press(.tab)
    Golden.check(app.render(), "prompt-completion-cycled-120x40")
  }

  @Test func filterShowsNofM() throws {
    let app = try app()
    app.press(.char("4"), .char("/"))
    app.type("web")
    Golden.check(app.render(), "filter-typing-120x40")
    app.press(.enter)
    Golden.check(app.render(), "filter-tasks-120x40")
  }

  @Test func terminalTooSmall() throws {
    let app = try app(Size(width: 40, height: 10))
    let grid = app.render()
    #expect(grid.textDump().contains("have 40×10, need 60×15"))
    Golden.check(grid, "too-small-40x10")
  }
}
