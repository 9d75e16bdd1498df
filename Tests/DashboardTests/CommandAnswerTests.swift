import Dashboard
import ECSSim
import Testing
import TerminalUI

/// What the user sees of commands the engine ran (`Action.commandsRan`): a ✓, a JSON window for
/// a verb that only reads, or ECS's error, whole in a window when it does not fit.
@Suite struct CommandAnswerTests {
  static let scale = "scale nosuch 3"
  static let notFound = "An error occurred (ServiceNotFoundException) when calling the UpdateService operation: Service not found."
  static let answer = JSONValue.object([("services", .array([.object([("serviceName", .string("web"))])]))])

  /// A failed command: ECS's words in the status line, nothing else changes (the world did
  /// not), and the prompt's history keeps the line.
  @Test func aFailedCommandPutsTheErrorInTheStatusLine() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web"]])) { effect in
      effect == .run([Self.scale]) ? .commandsRan([.failed(line: Self.scale, message: Self.notFound)]) : nil
    }
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type(Self.scale)
    store.key(.enter, [.run([Self.scale])]) {
      $0.prompt = nil
      $0.history = [Self.scale]
    }
    #expect(displayWidth(Self.notFound) <= 118)
    store.receive(.commandsRan([.failed(line: Self.scale, message: Self.notFound)])) {
      $0.status = StatusMessage(Self.notFound, isError: true)
    }
  }

  /// An error wider than the status line opens whole, titled by the verb that failed.
  @Test func aLongErrorOpensWhole() {
    let line = "run-task --task-definition worker:1"
    let long = "An error occurred (InvalidParameterException) when calling the RunTask operation: "
      + String(repeating: "a reason the task cannot be placed; ", count: 3)
    let store = TestStore(world: FakeWorld())
    store.send(.commandsRan([.failed(line: line, message: long)])) {
      $0.status = StatusMessage(long, isError: true)
      $0.overlay = .text(title: "✗ run-task failed", lines: [long, "", "The world is unchanged."], scroll: 0)
    }
  }

  /// Lines that changed the world say ✓ and bring their rows in; several lines are named by
  /// their verbs.
  @Test func commandsThatRanSayWhatRanAndReconcile() {
    let store = TestStore(world: FakeWorld(rows: [.tasks: ["a", "b"]]))
    store.world.rows[.tasks] = ["b"]
    store.send(.commandsRan([.applied(line: "stop-task a", answer: nil)])) {
      $0[.tasks].selectedID = "b"
      $0.status = StatusMessage("✓ stop-task a")
    }
    let register = "register-task-definition --family web --image web:2"
    let update = "update-service --service web --task-definition web:2"
    store.send(.commandsRan([.applied(line: register, answer: Self.answer), .applied(line: update, answer: nil)])) {
      // A mutating verb's JSON answer is not shown.
      $0.status = StatusMessage("✓ 2 commands: register-task-definition; update-service")
    }
  }

  /// A read-only verb answers in a window with its JSON, and then no ✓ is needed.
  @Test func aReadOnlyVerbOpensItsAnswer() {
    let line = "describe-services --services web"
    let store = TestStore(world: FakeWorld())
    store.send(.commandsRan([.applied(line: line, answer: Self.answer)])) {
      $0.overlay = .text(title: line, lines: [
        "{", "  \"services\": [", "    {", "      \"serviceName\": \"web\"", "    }", "  ]", "}",
      ], scroll: 0)
    }
  }

  /// A failure after a read-only answer keeps the answer open and puts the error below it.
  @Test func aFailureAfterAnAnswerKeepsTheAnswer() {
    let line = "describe-services --services web"
    let store = TestStore(world: FakeWorld())
    store.send(.commandsRan([
      .applied(line: line, answer: .object([])), .failed(line: Self.scale, message: Self.notFound),
    ])) {
      $0.overlay = .text(title: line, lines: ["{}"], scroll: 0)
      $0.status = StatusMessage(Self.notFound, isError: true)
    }
  }
}
