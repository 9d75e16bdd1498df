import Dashboard
import ECSSim
import Testing
import TerminalUI

/// The `:` prompt: running a line, its history, Tab completion, and `--readonly`.
@Suite struct CommandPromptTests {
  @Test func commandPromptRunsTheLineAndKeepsHistory() {
    let store = TestStore(world: FakeWorld())
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.key(.char("l")) { $0.prompt = Prompt(kind: .command, text: "l") }
    store.key(.char("s")) { $0.prompt = Prompt(kind: .command, text: "ls") }
    store.key(.enter, [.run(["ls"])]) {
      $0.prompt = nil
      $0.history = ["ls"]
    }
    // Spaces around the line are dropped; the same line twice is one history entry.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("  ls ")
    store.key(.enter, [.run(["ls"])]) { $0.prompt = nil }
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("describe-clusters")
    store.key(.enter, [.run(["describe-clusters"])]) {
      $0.prompt = nil
      $0.history = ["ls", "describe-clusters"]
    }
    // An empty line runs nothing.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.key(.enter) { $0.prompt = nil }
    // Esc abandons the line.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("run web")
    store.key(.escape) { $0.prompt = nil }
    #expect(store.state.history == ["ls", "describe-clusters"])
  }

  @Test func upAndDownBrowseTheHistory() {
    let store = TestStore(world: FakeWorld())
    store.state.history = ["ls", "describe-clusters"]
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    // ↓ before ↑ does nothing.
    store.key(.down)
    store.key(.up) {
      $0.prompt = Prompt(kind: .command, text: "describe-clusters")
      $0.prompt?.historyIndex = 1
    }
    store.key(.up) {
      $0.prompt = Prompt(kind: .command, text: "ls")
      $0.prompt?.historyIndex = 0
    }
    // The oldest line stays.
    store.key(.up)
    store.key(.down) {
      $0.prompt = Prompt(kind: .command, text: "describe-clusters")
      $0.prompt?.historyIndex = 1
    }
    // Past the newest: an empty new line.
    store.key(.down) { $0.prompt = Prompt(kind: .command) }
    store.key(.up) {
      $0.prompt = Prompt(kind: .command, text: "describe-clusters")
      $0.prompt?.historyIndex = 1
    }
    store.key(.enter, [.run(["describe-clusters"])]) { $0.prompt = nil }
  }

  @Test func tabCompletesTheCommonPrefixThenCycles() {
    let store = TestStore(world: FakeWorld(candidates: [
      "up": ["update-service", "update-container-instances-state"],
      "desc": ["describe-services"],
      "update-service --cl": ["--cluster"],
    ]))
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("up")
    let both = ["update-service", "update-container-instances-state"]
    store.key(.tab) {
      $0.prompt = Prompt(kind: .command, text: "update-")
      $0.prompt?.completions = both
      $0.prompt?.completionBase = ""
    }
    store.key(.tab) {
      $0.prompt?.input = TextInput(text: "update-service ", prompt: ":")
      $0.prompt?.completionIndex = 0
    }
    store.key(.tab) {
      $0.prompt?.input = TextInput(text: "update-container-instances-state ", prompt: ":")
      $0.prompt?.completionIndex = 1
    }
    store.key(.tab) {
      $0.prompt?.input = TextInput(text: "update-service ", prompt: ":")
      $0.prompt?.completionIndex = 0
    }
    store.key(.backTab) {
      $0.prompt?.input = TextInput(text: "update-container-instances-state ", prompt: ":")
      $0.prompt?.completionIndex = 1
    }
    // Typing ends the cycle.
    store.key(.char("x")) { $0.prompt = Prompt(kind: .command, text: "update-container-instances-state x") }
    store.key(.escape) { $0.prompt = nil }
    // One candidate: put in whole, with a space after it, and no list.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("desc")
    store.key(.tab) { $0.prompt = Prompt(kind: .command, text: "describe-services ") }
    store.key(.escape) { $0.prompt = nil }
    // A flag after a verb: the words before it stay.
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("update-service --cl")
    store.key(.tab) { $0.prompt = Prompt(kind: .command, text: "update-service --cluster ") }
    // Nothing matches: the line stays as it is.
    store.key(.escape) { $0.prompt = nil }
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("zz")
    store.key(.tab)
  }

  @Test func readonlyRefusesMutatingCommandsAtThePrompt() {
    let store = TestStore(readonly: true, world: FakeWorld())
    store.key(.char(":")) { $0.prompt = Prompt(kind: .command) }
    store.type("aws ecs update-service --service web --desired-count 8")
    store.key(.enter) {
      $0.prompt = nil
      $0.history = ["aws ecs update-service --service web --desired-count 8"]
      $0.status = StatusMessage("read-only: update-service changes the world (--readonly)", isError: true)
    }
    // Verbs that only read still run.
    store.key(.char(":")) {
      $0.prompt = Prompt(kind: .command)
      $0.status = nil
    }
    store.type("describe-services web")
    store.key(.enter, [.run(["describe-services web"])]) {
      $0.prompt = nil
      $0.history.append("describe-services web")
    }
  }
}
