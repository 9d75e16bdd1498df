import Testing
@testable import ECSSim

/// The verb table as a whole. These tests enumerate `CommandVerb.all`, so a verb added to the
/// table is checked without being named here.
@Suite struct CommandVerbTableTests {
  @Test func verbTableIsConsistent() {
    let words = CommandVerb.allWords
    #expect(Set(words).count == words.count, "a verb or alias name is used twice")
    for verb in CommandParser.verbs {
      #expect(Set(verb.flags.map(\.name)).count == verb.flags.count, "\(verb.name) repeats a flag")
      for slot in verb.positionals { #expect(verb.flag(slot) != nil, "\(verb.name): positional \(slot)") }
      for alias in verb.aliases {
        for p in alias.presets { #expect(verb.flag(p.flag) != nil, "\(alias.name): preset \(p.flag)") }
        for slot in alias.positionals ?? [] { #expect(verb.flag(slot) != nil, "\(alias.name): positional \(slot)") }
      }
      let readOnly = verb.name.hasPrefix("describe-") || verb.name.hasPrefix("list-")
      #expect(verb.isMutating == !readOnly, "\(verb.name)")
    }
    #expect(CommandParser.verbs.count == 44)
  }

  @Test func everyVerbInTheTableParses() throws {
    // Required flags filled with a value of their kind: catches a verb without a builder.
    for verb in CommandParser.verbs where verb.name != "register-task-definition" {
      var line = verb.name
      for f in verb.flags where f.isRequired {
        switch f.kind {
        case .duration, .clockTime: line += " --\(f.name) 5m"
        case .integer: line += " --\(f.name) 1"
        case .structure:
          let sample = [
            "image-ids": "imageTag=1", "default-actions": "Type=forward,TargetGroupArn=tg",
            "attributes": verb.name == "put-attributes" ? "name=a,targetId=b" : "Key=deregistration_delay.timeout_seconds,Value=0",
          ]
          line += " --\(f.name) " + (sample[f.name] ?? "name=a")
        default: line += " --\(f.name) \(f.choices.first ?? "x")"
        }
      }
      if verb.name == "push-image" { line += " web:1" }
      if verb.name == "create-schedule" { line += " --task-definition web" }
      #expect(throws: Never.self, "\(line)") { _ = try CommandParser.parse(line) }
    }
  }

  /// Each verb's example runs its builder (in a debug build, where reading a flag the verb does
  /// not declare stops the test), and the command built is the verb's own case: `stop-task`
  /// builds `.stopTask`. `Simulator.apply` switches over every case, so every verb in the table
  /// has engine behaviour.
  @Test func everyVerbsExampleBuildsTheCommandNamedAfterIt() throws {
    for verb in CommandVerb.all {
      #expect(verb.example.hasPrefix(verb.name + " ") || verb.example == verb.name, "\(verb.name): \(verb.example)")
      let parsed = try #require(try CommandParser.parseVerb(verb.example), "\(verb.example)")
      #expect(parsed.verb.name == verb.name)
      #expect(caseName(parsed.command) == camelCase(verb.name), "\(verb.example) built \(parsed.command)")
    }
  }

  @Test func everyVerbNamesAnAPIOperation() {
    for verb in CommandVerb.all {
      #expect(verb.operation.first?.isUppercase == true && verb.operation.allSatisfy(\.isLetter), "\(verb.name)")
    }
    let operation = { (name: String) in CommandVerb.named(name)?.verb.operation }
    #expect(operation("run") == "RunTask")
    #expect(operation("push-image") == "PutImage")
    #expect(operation("launch-instances") == "RunInstances")
    #expect(operation("advance-to") == "Advance")
    #expect(operation("modify-target-group-attributes") == "ModifyTargetGroup")
  }

  @Test func executeTakesReadOnlyAndTheOperationFromTheVerb() throws {
    let sim = try WorldBuilder().build()
    _ = sim.drainEvents()
    #expect(sim.failure("list-clusters") == nil)
    #expect(sim.drainEvents().map(\.kind).contains(.commandOutput))
    #expect(sim.failure("create-cluster prod") == nil)  // answers with JSON too, but changes the world
    #expect(!sim.drainEvents().map(\.kind).contains(.commandOutput))
    #expect(sim.failure("stop-task --cluster nowhere --task t")?
      .hasPrefix("An error occurred (ClusterNotFoundException) when calling the StopTask operation") == true)
  }

  @Test func usageListsRequiredFlagsFirst() throws {
    let stop = try #require(CommandVerb.named("stop")).verb
    #expect(stop.usage == "stop-task --task <value> [--cluster <value>] [--reason <value>]")
    let push = try #require(CommandVerb.named("push-image")).verb
    #expect(push.usage.hasPrefix("push-image [IMAGE] [--repository-name <value>]"))
    #expect(push.usage.hasSuffix("[--unhealthy]"))
    #expect(CommandVerb.named("drain")?.alias?.presets.first?.value == "DRAINING")
    #expect(CommandVerb.named("describe-tasks")?.verb.isMutating == false)
  }

  /// `stopTask` from `.stopTask(StopTaskRequest(…))`.
  private func caseName(_ command: Command) -> String {
    String(String(describing: command).prefix { $0.isLetter || $0.isNumber })
  }

  /// `stopTask` from `stop-task`.
  private func camelCase(_ verb: String) -> String {
    let words = verb.split(separator: "-")
    return words.enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }
      .joined()
  }
}
