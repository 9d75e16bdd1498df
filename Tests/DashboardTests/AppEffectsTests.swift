import Dashboard
import ECSSim
import Testing
import TerminalUI

/// What the app does with the reducer's effects, against the real engine.
@Suite struct AppEffectsTests {
  /// A failing command changes nothing, puts ECS's words in the status line and, when they do
  /// not fit there, opens them whole.
  @Test func aLongECSErrorOpensWholeAndTheWorldIsUnchanged() throws {
    let app = try TestSupport.app(at: .minutes(1))
    let before = app.sim.liveTaskCount
    app.press(.char(":"))
    app.type("run-task --task-definition worker:1 --launch-type FARGATE")
    app.press(.enter)
    #expect(app.sim.liveTaskCount == before)
    let message = try #require(app.state.status)
    #expect(message.isError)
    #expect(message.text.hasPrefix("An error occurred (InvalidParameterException) when calling the RunTask operation: "))
    guard case .text(let title, let lines, _)? = app.state.overlay else {
      Issue.record("expected the error window, got \(String(describing: app.state.overlay))")
      return
    }
    #expect(title == "✗ run-task failed")
    #expect(lines == [message.text, "", "The world is unchanged."])
  }

  /// A short error stays in the status line only.
  @Test func aShortErrorStaysInTheStatusLine() throws {
    let app = try TestSupport.app(at: .minutes(1))
    app.press(.char(":"))
    app.type("scale nosuch 3")
    app.press(.enter)
    #expect(app.state.overlay == nil)
    #expect(app.state.status?.isError == true)
  }

  /// A read-only verb at the prompt answers in a window with its JSON.
  @Test func describeAtThePromptOpensTheJSON() throws {
    let app = try TestSupport.app(at: .minutes(1))
    app.press(.char(":"))
    app.type("describe-services --services web")
    app.press(.enter)
    guard case .text(let title, let lines, _)? = app.state.overlay else {
      Issue.record("expected the JSON window")
      return
    }
    #expect(title == "describe-services --services web")
    #expect(lines.first == "{")
    #expect(lines.contains { $0.contains("\"serviceName\": \"web\"") })
  }

  /// Enter on a cluster narrows every pane to it, Esc comes back with the focus it had.
  @Test func drillDownAndBack() throws {
    let app = try TestSupport.app(at: .minutes(1))
    app.press(.char("1"), .enter)
    #expect(app.state.scope == .cluster("default"))
    #expect(app.state.focus == .services)
    app.press(.enter)
    #expect(app.state.scope == .service(cluster: "default", name: "web"))
    #expect(app.state.focus == .tasks)
    let tasks = app.world.rows(.tasks, app.state)
    #expect(tasks.count == 6)
    app.press(.escape)
    #expect(app.state.scope == .cluster("default"))
    #expect(app.state.focus == .services)
    app.press(.escape)
    #expect(app.state.scope == .all)
    #expect(app.state.focus == .clusters)
  }

  /// The app answers an effect with what the engine did and writes no state itself: the answer
  /// changes nothing until it goes through the reducer.
  @Test func effectsAnswerWithActionsAndLeaveTheStateAlone() throws {
    let app = try TestSupport.app(at: .minutes(1))
    let before = app.state
    let failed = app.perform(.run(["scale nosuch 3"]))
    guard case .commandsRan(let results)? = failed, results.count == 1,
      case .failed(line: "scale nosuch 3", let message) = results[0]
    else {
      Issue.record("expected one failed line, got \(String(describing: failed))")
      return
    }
    #expect(message.contains("ServiceNotFoundException"))
    #expect(app.perform(.drillDown(.clusters, "default")) == .drillDownResolved(.cluster("default"), focus: .services))
    #expect(app.perform(.drillDown(.services, "svc:default/nosuch")) == nil)
    #expect(app.perform(.explain(.clusters, "default")) == .nothingToExplain)
    #expect(app.state == before)
    app.send(try #require(failed))
    #expect(app.state.status == StatusMessage(message, isError: true))
  }

  /// `.` on a world with nothing scheduled: the clock stays and the status line says why.
  @Test func stepOnAWorldAtRest() throws {
    let app = DashboardApp(
      sim: try Simulator(scenario: ScenarioSpec(name: "empty"), seed: 1), theme: TestSupport.theme, size: TestSupport.large)
    #expect(app.sim.nextEventTime == nil)
    #expect(app.perform(.step) == .stepFoundNothingScheduled)
    app.press(.char("."))
    #expect(app.state.paused)
    #expect(app.state.status == StatusMessage("step: nothing is scheduled; the world is at rest"))
    #expect(app.sim.now == .zero)
  }
}
