import PropertyBased
import Testing
@testable import ECSSim

/// The fast path of placement (`Placer.choose`, which applies `PlacementFilter`'s chain by
/// stage over the dense capacity table) and `Placer.check` (which walks the chain in order to
/// say why an instance was rejected) must agree on every instance: random instances (free CPU,
/// memory and dynamic ports, ports in use, reserved-port counts, ENIs, attributes, agent,
/// status, group counts) and random requests (CPU, memory, static and dynamic ports, ENI,
/// required attributes, memberOf, distinctInstance, strategy chains).
@Suite struct PlacementFilterPropertyTests {
  static let chains: [[PlacementStrategy]] = [
    [.random], [.binpack(.cpu)], [.binpack(.memory)], [.spread("instanceId")],
    [.spread("attribute:ecs.availability-zone"), .binpack(.memory)], [.spread("attribute:ecs.availability-zone")],
    [.spread("instanceId"), .binpack(.cpu)], [.spread("attribute:stack"), .random],
  ]
  static let queries = [
    "attribute:ecs.instance-type == m5.large", "attribute:stack exists", "attribute:stack =~ bl.*",
    "not(attribute:ecs.availability-zone == us-east-1a)", "runningTasksCount < 2",
  ]

  /// A world of random instances whose state is then scrambled directly, so that every filter
  /// can pass or fail on some instance.
  static func world(_ rng: inout SeededRandom) throws -> (Simulator, Cluster, TaskDefinition) {
    let w = WorldBuilder()
    let types = ["t3.small", "m5.large", "c5.large"]
    for i in 0..<Int(rng.below(3) + 1) {
      let config = "ECS_DYNAMIC_HOST_PORT_RANGE=40000-40003\nECS_INSTANCE_ATTRIBUTES={\"stack\": \"\(i == 0 ? "blue" : "green")\"}"
      w.instances(types[Int(rng.below(3))], count: Int(rng.below(4) + 1), config: rng.below(2) == 0 ? config : "")
    }
    w.taskDefinition("web") { $0.cpu = 0; $0.memory = 16 }
    let sim = try w.build(seed: rng.next())
    let cluster = try #require(sim.clusters["default"])
    let group = cluster.group("family:web")
    for inst in sim.instances {
      inst.remainingCPU = rng.int(in: 0...inst.registeredCPU)
      inst.remainingMemory = rng.int(in: 0...inst.registeredMemory)
      for p in [80, 8080, 40000, 40001, 40002, 40003] where rng.below(3) == 0 { inst.takeTCP(p) }
      for p in [53, 5000] where rng.below(3) == 0 { inst.udp.insert(p) }
      // Static ports held by tasks count toward ECS's 100 reserved ports.
      let held = rng.below(4) == 0 ? rng.int(in: 90...99) - inst.reservedPortCount : rng.int(in: 0...3)
      for k in 0..<max(0, held) { inst.staticTCP.append(20_000 + k) }
      inst.attachedENIs = rng.int(in: 0...inst.maxTaskENIs)
      if rng.below(8) == 0 { inst.agentConnected = false }
      if rng.below(8) == 0 { inst.status = .draining }
      if rng.below(4) == 0 { inst.setAttribute("gpu", nil) }
      if rng.below(4) == 0 { inst.setAttribute("stack", rng.below(2) == 0 ? "black" : "blue") }
      group.add(rng.int(in: 0...1) * rng.int(in: 0...2), on: inst)
    }
    let td = try #require(sim.taskDefinition("web"))
    return (sim, cluster, td)
  }

  static func placer(_ rng: inout SeededRandom, td: TaskDefinition, group: TaskGroup) throws -> Placer {
    var r = TaskRequirements(td)
    r.cpu = [0, 64, 256, 1024, 2048, 4096][Int(rng.below(6))]
    r.memory = [0, 128, 512, 2048, 8192][Int(rng.below(5))]
    r.staticTCP = [80, 8080, 40001].filter { _ in rng.below(4) == 0 }
    r.staticUDP = [53, 5000].filter { _ in rng.below(4) == 0 }
    r.dynamicTCP = rng.int(in: 0...5)
    r.needsENI = rng.below(4) == 0
    r.attributes = ["stack", "gpu", "com.amazonaws.ecs.capability.task-iam-role"].filter { _ in rng.below(4) == 0 }
    let memberOf = try queries.filter { _ in rng.below(5) == 0 }.map { try ClusterQuery.parse($0) }
    return Placer(requirements: r, group: group, strategies: chains[Int(rng.below(UInt64(chains.count)))], memberOf: memberOf, distinct: rng.below(4) == 0)
  }

  @Test func theFastPathAcceptsExactlyTheInstancesCheckPasses() async {
    await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var rng = SeededRandom(seed: seed)
      let (sim, cluster, td) = try Self.world(&rng)
      let template = try Self.placer(&rng, td: td, group: cluster.group("family:web"))
      for inst in sim.instances {
        // One instance alone, as a DAEMON service places: the pool stage, then choose().
        var placer = template
        let pool = EligibleInstances(generation: -1, all: placer.isEligible(inst) ? [inst] : [])
        let fast = placer.choose(in: pool, cluster: cluster, sim: sim) != nil
        let verdict = placer.check(inst)
        #expect(fast == (inst.status == .active && verdict.check == .ok), "instance \(inst.ordinal): fast path \(fast), check \(verdict)")
      }
      // The whole cluster, copy after copy: choose() finds an instance exactly when check()
      // passes one, and the one it finds passes.
      var placer = template
      let pool = EligibleInstances(generation: -1, all: cluster.instances.filter(placer.isEligible))
      for _ in 0..<Int(rng.below(4) + 1) {
        let passing = sim.instances.filter { $0.status == .active && placer.check($0).check == .ok }
        guard let host = placer.choose(in: pool, cluster: cluster, sim: sim) else {
          #expect(passing.isEmpty, "choose() found nothing, check() passes \(passing.map(\.ordinal))")
          return
        }
        #expect(passing.contains { $0 === host }, "choose() picked \(host.ordinal), check() says \(placer.check(host))")
        _ = sim.startEC2Task(td, arn: "arn:test", on: host, cluster: cluster, requirements: placer.requirements, group: placer.group, startedBy: nil, subnets: [])
      }
    }
  }

  /// `PlacementFilter.admitAll` (the fast path's capacity test) applies every capacity-stage
  /// filter: a row that fails any one of them alone is refused.
  @Test func admitAllAppliesEveryCapacityStageFilter() {
    let needed = InstanceCapacity(cpu: 10, memory: 10, freeDynamicTCP: 10)
    let roomy = InstanceCapacity(cpu: 10, memory: 10, freeDynamicTCP: 10)
    #expect(PlacementFilter.admitAll(roomy, needed: needed))
    let short = InstanceCapacity(cpu: 9, memory: 9, freeDynamicTCP: 9)
    for f in PlacementFilter.allCases where f.stage == .capacity {
      var row = roomy
      switch f {
      case .cpu: row.cpu = short.cpu
      case .memory: row.memory = short.memory
      case .dynamicTCPPorts: row.freeDynamicTCP = short.freeDynamicTCP
      default: Issue.record("capacity-stage filter \(f) has no field in InstanceCapacity")
      }
      #expect(!f.admits(row, needed: needed), "\(f)")
      #expect(!PlacementFilter.admitAll(row, needed: needed), "admitAll lets through a row that fails \(f)")
    }
  }
}
