import PropertyBased
import Testing
@testable import ECSSim

/// Random command scripts on random small worlds; the invariant checker runs after every event.
@Suite struct InvariantPropertyTests {
  static let types = ["t3.small", "m5.large", "c5.large", "r5.large"]

  static func world(_ shape: [Int]) throws -> Simulator {
    let w = WorldBuilder()
    for (i, n) in shape.enumerated() {
      w.instances(types[i % types.count], count: n, config: i == 1 ? "ECS_DYNAMIC_HOST_PORT_RANGE=40000-40009" : "")
    }
    w.taskDefinition("dyn") { $0.cpu = 128; $0.memory = 256; $0.portMappings = [PortMapping(containerPort: 80)] }
    w.taskDefinition("static") { $0.cpu = 256; $0.memory = 256; $0.portMappings = [PortMapping(containerPort: 80, hostPort: 8080)] }
    w.taskDefinition("hostnet", mode: .host) { $0.cpu = 128; $0.memory = 128; $0.portMappings = [PortMapping(containerPort: 9000)] }
    w.taskDefinition("vpc", mode: .awsvpc) { $0.cpu = 128; $0.memory = 128 }
    w.taskDefinition("batch") { $0.cpu = 64; $0.memory = 64; $0.dockerLabels = [KeyValuePair(name: "ecsim.exit-after", value: "20s")] }
    w.taskDefinition("slowstop") { $0.cpu = 64; $0.memory = 64; $0.dockerLabels = [KeyValuePair(name: "ecsim.shutdown-time", value: "2m")] }
    w.taskDefinition("broken") { $0.image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:missing"; $0.memory = 64 }
    w.taskDefinition("dyn") { $0.cpu = 128; $0.memory = 192; $0.portMappings = [PortMapping(containerPort: 80)] }
    var svc = CreateServiceInput(serviceName: "svc", taskDefinition: "dyn:1")
    svc.desiredCount = 2
    var half = CreateServiceInput(serviceName: "half", taskDefinition: "dyn:1")
    half.desiredCount = 3
    half.deploymentConfiguration.minimumHealthyPercent = 50
    half.deploymentConfiguration.maximumPercent = 100
    w.spec.services = [svc, half]
    return try w.build(seed: UInt64(shape.reduce(17, &+)))
  }

  static func command(_ op: Int, _ arg: Int, sim: Simulator) -> String {
    let families = ["dyn", "static", "hostnet", "vpc", "batch", "slowstop", "broken"]
    let strategies = ["", "--placement-strategy type=binpack,field=memory", "--placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=cpu",
                      "--placement-strategy type=spread,field=instanceId", "--placement-constraints type=distinctInstance"]
    let live = sim.tasks.filter { $0.desiredStatus == .running }
    let insts = sim.instances
    switch op {
    case 0, 1, 2:
      let f = families[arg % families.count]
      let net = f == "vpc" ? " --network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718]}" : ""
      return "run-task --task-definition \(f) --count \(arg % 10 + 1) \(strategies[arg % strategies.count])\(net)"
    case 3: return live.isEmpty ? "advance 5s" : "stop-task --task \(live[arg % live.count].id.hex)"
    case 4: return insts.isEmpty ? "advance 1s" : "drain \(insts[arg % insts.count].id.hex)"
    case 5: return insts.isEmpty ? "advance 1s" : "activate \(insts[arg % insts.count].id.hex)"
    case 6: return insts.isEmpty ? "advance 1s" : "terminate \(insts[arg % insts.count].ec2InstanceId)"
    case 7: return insts.isEmpty ? "advance 1s" : (arg % 2 == 0 ? "disconnect-agent " : "reconnect-agent ") + insts[arg % insts.count].ec2InstanceId
    case 8: return "launch-instances --instance-type \(types[arg % types.count])"
    case 9: return "push-image web:\(arg % 3).0"
    case 11: return "scale \(arg % 2 == 0 ? "svc" : "half") \(arg % 6)"
    case 12: return "deploy \(arg % 2 == 0 ? "svc" : "half") dyn:\(arg % 3 == 0 ? 2 : 1)"
    case 13: return "redeploy \(arg % 2 == 0 ? "svc" : "half")"
    default: return "advance \(arg % 90 + 1)s"
    }
  }

  @Test func invariantsHoldAfterEveryEvent() async {
    await propertyCheck(count: 60, input: Gen.int(in: 0...3).array(of: 1...4), Gen.int(in: 0...14).array(of: 5...40), Gen.int(in: 0...1_000).array(of: 40)) { shape, ops, args in
      let sim = try Self.world(shape)
      for (i, op) in ops.enumerated() {
        let line = Self.command(op, args[i % args.count], sim: sim)
        sim.execute(line)
        _ = sim.drainEvents()
        #expect(sim.invariantViolations.isEmpty, "after \(line): \(sim.invariantViolations.prefix(3))")
        if !sim.invariantViolations.isEmpty { return }
      }
      sim.advance(to: sim.now + .hours(2))
      sim.recordViolations()
      #expect(sim.invariantViolations.isEmpty, "\(sim.invariantViolations.prefix(3))")
      // Everything stops eventually when the services are deleted and every task is stopped by hand.
      for name in ["svc", "half"] { try? sim.deleteService(cluster: nil, service: name, force: true) }
      for t in sim.tasks where t.desiredStatus == .running && t.service == nil { sim.stopTask(t, code: .userInitiated, reason: "test") }
      sim.advance(to: sim.now + .minutes(10))
      for inst in sim.instances { #expect(inst.remainingCPU == inst.registeredCPU && inst.remainingMemory == inst.registeredMemory) }
    }
  }
}
