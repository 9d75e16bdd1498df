import Testing
@testable import ECSSim

@Suite struct DeterminismTests {
  static let script = [
    "run-task --task-definition web --count 4 --placement-strategy type=spread,field=attribute:ecs.availability-zone",
    "advance 45s",
    "push-image web:2.0 --size 150",
    "run-task --task-definition batch --count 2",
    "advance 2m",
    "run-task --task-definition web --count 3",
    "advance 30s",
  ]

  static func log(seed: UInt64) throws -> (events: String, state: String) {
    let w = WorldBuilder()
    w.instances(count: 3).taskDefinition("web") { $0.portMappings = [PortMapping(containerPort: 80)] }
      .taskDefinition("batch") { $0.dockerLabels = [KeyValuePair(name: "ecsim.exit-after", value: "40s")] }
    let sim = try w.build(seed: seed)
    var lines: [String] = sim.drainEvents().map { $0.json.serialized() }
    for command in script {
      sim.execute(command)
      lines += sim.drainEvents().map { $0.json.serialized() }
    }
    sim.advance(to: .minutes(10))
    lines += sim.drainEvents().map { $0.json.serialized() }
    return (lines.joined(separator: "\n"), Describer(sim).stateJSON().serialized(pretty: true))
  }

  @Test func sameSeedAndScriptGiveIdenticalBytes() throws {
    let a = try Self.log(seed: 42), b = try Self.log(seed: 42)
    #expect(a.events == b.events)
    #expect(a.state == b.state)
    #expect(a.events.count > 1_000)
  }

  @Test func anotherSeedGivesOtherIDs() throws {
    let a = try Self.log(seed: 42), b = try Self.log(seed: 43)
    #expect(a.events != b.events)
    let idsA = try WorldBuilder().instances().build(seed: 1).instances.map(\.ec2InstanceId)
    let idsB = try WorldBuilder().instances().build(seed: 2).instances.map(\.ec2InstanceId)
    #expect(idsA != idsB)
  }

  @Test func idsLookLikeRealOnes() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    let inst = sim.instances[0], task = sim.tasks[0]
    #expect(inst.ec2InstanceId.count == 19 && inst.ec2InstanceId.hasPrefix("i-"))
    #expect(inst.id.hex.count == 32 && inst.id.hex.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    #expect(inst.arn == "arn:aws:ecs:us-east-1:123456789012:container-instance/default/\(inst.id.hex)")
    #expect(task.arn == "arn:aws:ecs:us-east-1:123456789012:task/default/\(task.id.hex)")
    #expect(task.taskDefinitionArn == "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1")
    #expect(sim.clusters["default"]!.arn == "arn:aws:ecs:us-east-1:123456789012:cluster/default")
  }

  @Test func eventQueuePopsInTimeThenInsertionOrder() {
    var q = EventQueue<Int>()
    let times: [Int64] = [5, 1, 5, 3, 1, 5, 0]
    for (i, t) in times.enumerated() { q.schedule(i, at: .ms(t)) }
    var out: [Int] = []
    while let (_, v) = q.popDue(notAfter: .ms(100)) { out.append(v) }
    #expect(out == [6, 1, 4, 3, 0, 2, 5])
  }
}
