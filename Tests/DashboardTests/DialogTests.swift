import Dashboard
import ECSSim
import Testing
import TerminalUI

/// The dialogs: which keys open them where, moving through fields and buttons, and the two stages.
@Suite struct DialogTests {
  @Test func readonlyRefusesEveryMutatingKey() {
    let store = TestStore(readonly: true, world: FakeWorld(rows: [.services: ["web"], .tasks: ["t"]]))
    let refused: [(Character, String)] = [
      ("t", "read-only: launch tasks (run-task) is disabled (--readonly)"),
      ("s", "read-only: scale the selected service is disabled (--readonly)"),
      ("u", "read-only: start a rolling upgrade of the selected service is disabled (--readonly)"),
      ("x", "read-only: stop the selected task is disabled (--readonly)"),
      ("D", "read-only: drain the selected container instance is disabled (--readonly)"),
      ("A", "read-only: set the selected container instance ACTIVE is disabled (--readonly)"),
      ("p", "read-only: push an image to ECR is disabled (--readonly)"),
      ("F", "read-only: inject a fault: terminate, Spot interruption, agent disconnect, bad release is disabled (--readonly)"),
    ]
    for (c, message) in refused {
      store.key(.char(c)) { $0.status = StatusMessage(message, isError: true) }
    }
    // Looking still works, and clears the message.
    store.key(.char("j")) { $0.status = nil }
    store.key(.char("d"), [.describe(.services, "web")])
  }

  @Test func mutatingKeysOpenTheirDialogWhereTheyApply() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web"], .tasks: ["t"], .instances: ["i"]]))
    store.key(.char("s"), [.openForm(.scaleService)])
    store.key(.char("u"), [.openForm(.rollingUpgrade)])
    store.key(.char("t"), [.openForm(.launchTask)])
    store.key(.char("p"), [.openForm(.pushImage)])
    store.key(.char("F"), [.openForm(.injectFault)])
    store.key(.char("x")) { $0.status = StatusMessage("stop: focus Tasks first", isError: true) }
    store.key(.char("D")) { $0.status = StatusMessage("drain: focus Container instances first", isError: true) }
    store.key(.char("A")) { $0.status = StatusMessage("activate: focus Container instances first", isError: true) }
    store.key(.char("4")) {
      $0.focus = .tasks
      $0.status = nil
    }
    store.key(.char("x"), [.openForm(.stopTask)])
    store.key(.char("s")) { $0.status = StatusMessage("scale: focus Services first", isError: true) }
    store.key(.char("3")) {
      $0.focus = .instances
      $0.status = nil
    }
    store.key(.char("D"), [.openForm(.drainInstance)])
    store.key(.char("A"), [.openForm(.activateInstance)])
  }

  static let scaleForm = FormState(
    purpose: .scaleService(cluster: "default", service: "web"), title: "Scale service web",
    fields: [.init("Desired count", value: "6")], actionLabel: "Scale")

  @Test func formTabMovesFocusThroughFieldsAndButtons() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    store.state.overlay = .form(form)
    #expect(form.focusedButton == nil)
    for focus in [1, 2, 0, 1] {
      form.focus = focus
      store.key(.tab) { [form] in $0.overlay = .form(form) }
    }
    #expect(form.focusedButton == 0)
    form.focus = 0
    store.key(.backTab) { [form] in $0.overlay = .form(form) }
    form.focus = 2
    store.key(.up) { [form] in $0.overlay = .form(form) }
    #expect(form.focusedButton == 1)
    // ← and → move between buttons and stop at the ends.
    form.focus = 1
    store.key(.left) { [form] in $0.overlay = .form(form) }
    store.key(.left)
    form.focus = 2
    store.key(.right) { [form] in $0.overlay = .form(form) }
    store.key(.right)
  }

  @Test func enterOnCancelClosesTheDialog() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    form.focus = 1
    store.state.overlay = .form(form)
    store.key(.enter) {
      $0.overlay = nil
      $0.status = StatusMessage("cancelled")
    }
  }

  @Test func editingAFieldThenEnterAsksForTheCommandsAndStageTwoFocusesCancel() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    store.state.overlay = .form(form)
    form.fields[0].input = TextInput(text: "")
    store.key(.backspace) { [form] in $0.overlay = .form(form) }
    form.fields[0].input = TextInput(text: "8")
    store.key(.char("8")) { [form] in $0.overlay = .form(form) }
    // Enter in the last field: stage one is done, the app turns the fields into commands.
    store.key(.enter, [.prepare(form)])
    // The engine answers with the commands: stage two, Cancel focused.
    var confirming = form
    confirming.focus = 2
    confirming.confirm(["update-service --cluster default --service web --desired-count 8"])
    #expect(confirming.focus == 0)
    #expect(confirming.focusedButton == 0)
    #expect(confirming.buttons == ["Cancel", "Scale"])
    store.send(.formCommandsPrepared(form, ["update-service --cluster default --service web --desired-count 8"])) {
      [confirming] in $0.overlay = .form(confirming)
    }
    // Stage two has no fields: Tab goes between the two buttons.
    confirming.focus = 1
    store.key(.tab) { [confirming] in $0.overlay = .form(confirming) }
    confirming.focus = 0
    store.key(.tab) { [confirming] in $0.overlay = .form(confirming) }
    confirming.focus = 1
    store.key(.right) { [confirming] in $0.overlay = .form(confirming) }
    store.key(.enter, [.run(["update-service --cluster default --service web --desired-count 8"])]) {
      $0.overlay = nil
    }
  }

  @Test func enterOnNextAsksForTheCommands() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    form.focus = 2
    store.state.overlay = .form(form)
    store.key(.enter, [.prepare(form)])
    store.key(.char(" "), [.prepare(form)])
  }

  @Test func enterInAFieldThatIsNotTheLastMovesToTheNext() {
    let store = TestStore(world: FakeWorld())
    var form = FormState(
      purpose: .launchTask(cluster: "default"), title: "Launch",
      fields: [.init("Task definition", value: "web:1"), .init("Launch type", value: "EC2", choices: ["EC2", "FARGATE"])],
      actionLabel: "Launch")
    store.state.overlay = .form(form)
    form.focus = 1
    store.key(.enter) { [form] in $0.overlay = .form(form) }
    // A field with choices cycles with ←/→ and Space, never taking typed text.
    form.fields[1].input = TextInput(text: "FARGATE")
    store.key(.right) { [form] in $0.overlay = .form(form) }
    form.fields[1].input = TextInput(text: "EC2")
    store.key(.char(" ")) { [form] in $0.overlay = .form(form) }
    form.fields[1].input = TextInput(text: "FARGATE")
    store.key(.left) { [form] in $0.overlay = .form(form) }
    store.key(.char("z"))
    store.key(.enter, [.prepare(form)])
  }

  @Test func escClosesAnyDialog() {
    let store = TestStore(world: FakeWorld())
    var form = Self.scaleForm
    form.confirm(["update-service --cluster default --service web --desired-count 8"])
    store.state.overlay = .form(form)
    store.key(.escape) {
      $0.overlay = nil
      $0.status = StatusMessage("cancelled")
    }
  }

  /// A dialog opens with what the engine built for it; when nothing suitable is selected, the
  /// engine's reason goes to the status line and no dialog opens.
  @Test func theEngineOpensTheDialogOrSaysWhyNot() {
    let store = TestStore(world: FakeWorld(rows: [.services: ["web"]])) { effect in
      effect == .openForm(.scaleService) ? .formOpened(Self.scaleForm) : nil
    }
    store.key(.char("s"), [.openForm(.scaleService)])
    store.receive(.formOpened(Self.scaleForm)) { $0.overlay = .form(Self.scaleForm) }
    store.key(.escape) {
      $0.overlay = nil
      $0.status = StatusMessage("cancelled")
    }
    store.send(.formUnavailable("scale: select a service in the Services pane first")) {
      $0.status = StatusMessage("scale: select a service in the Services pane first", isError: true)
    }
  }

  /// Fields the engine cannot turn into commands keep the dialog at stage one, with the error
  /// under the fields; typing clears it.
  @Test func aRejectedFormStaysAtStageOneWithTheError() {
    var form = Self.scaleForm
    form.fields[0].input = TextInput(text: "many")
    let store = TestStore(world: FakeWorld()) { effect in
      if case .prepare(let f) = effect { return .formRejected(f, "Desired count: expected a whole number") }
      return nil
    }
    store.state.overlay = .form(form)
    store.key(.enter, [.prepare(form)])
    var rejected = form
    rejected.error = "Desired count: expected a whole number"
    store.receive(.formRejected(form, "Desired count: expected a whole number")) { [rejected] in
      $0.overlay = .form(rejected)
    }
    #expect(!rejected.isConfirming)
    rejected.error = nil
    rejected.fields[0].input = TextInput(text: "man")
    store.key(.backspace) { [rejected] in $0.overlay = .form(rejected) }
  }
}
