import Testing
@testable import ECSSim

@Suite struct SpotInterruptionTests {
  static func world(draining: Bool) throws -> Simulator {
    let w = WorldBuilder()
    w.instances("c5.large", config: draining ? "ECS_ENABLE_SPOT_INSTANCE_DRAINING=true" : "").taskDefinition("web")
    w.spec.instances[0].purchaseOption = .spot
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    return sim
  }

  @Test func withSpotDrainingTheNoticeDrainsTheInstance() throws {
    let sim = try Self.world(draining: true)
    let id = sim.instances[0].ec2InstanceId
    try sim.must("interrupt-spot-instance \(id)")
    #expect(sim.instances[0].status == .draining)
    // The standalone task keeps running through the notice …
    sim.advance(to: .minutes(1) + .seconds(119))
    #expect(sim.tasks[0].lastStatus == .running)
    // … and dies with the host two minutes later.
    sim.advance(to: .minutes(4))
    #expect(sim.tasks[0].lastStatus == .stopped)
    #expect(sim.tasks[0].stopCode == .spotInterruption)
    #expect(sim.tasks[0].stoppedReason == "Host EC2 (instance \(id)) stopped/terminated")
    #expect(sim.instances[0].status == .inactive)
  }

  @Test func withoutSpotDrainingNothingChangesUntilTheHostGoes() throws {
    let sim = try Self.world(draining: false)
    try sim.must("spot-interrupt \(sim.instances[0].ec2InstanceId)")
    #expect(sim.instances[0].status == .active)
    #expect(sim.drainEvents().contains { $0.message == "EC2 Spot Instance Interruption Warning: instance-action terminate in 2 minutes" })
    sim.advance(to: .minutes(4))
    #expect(sim.tasks[0].stopCode == .spotInterruption)
  }

  @Test func onDemandInstancesGetNoNotice() throws {
    let w = WorldBuilder()
    w.instances()
    let sim = try w.build()
    #expect(sim.failure("spot-interrupt \(sim.instances[0].ec2InstanceId)")?.contains("is On-Demand, not Spot") == true)
  }
}

@Suite struct SpotInterruptionParsingTests {
  @Test func verbAndAliasParse() throws {
    guard case .interruptSpotInstance("i-0123456789abcdef0")? = try CommandParser.parse("interrupt-spot-instance i-0123456789abcdef0") else {
      Issue.record("interrupt-spot-instance did not parse"); return
    }
    guard case .interruptSpotInstance("i-1")? = try CommandParser.parse("spot-interrupt --instance-id i-1") else {
      Issue.record("spot-interrupt did not parse"); return
    }
  }
}

@Suite struct FargateSpotTests {
  @Test func fargateSpotInterruptionIsATerminationNoticeAndTheServiceReplacesIt() throws {
    let w = WorldBuilder()
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    let sim = try w.build()
    var svc = CreateServiceInput(serviceName: "api", taskDefinition: "api")
    svc.desiredCount = 2
    svc.capacityProviderStrategy = [CapacityProviderStrategyInput(capacityProvider: "FARGATE_SPOT", weight: 1)]
    svc.subnets = VPCSpec.defaultSubnetIds
    svc.assignPublicIp = true
    let s = try sim.createService(svc)
    sim.advance(to: .minutes(2))
    #expect(s.runningCount == 2)
    let victim = s.liveTasks[0]
    #expect(victim.capacityProviderName == "FARGATE_SPOT" && victim.launchType == .fargate)
    try sim.must("interrupt-spot-task \(victim.id.hex)")
    // The warning: desired STOPPED while still RUNNING, stopCode TerminationNotice.
    #expect(victim.desiredStatus == .stopped && victim.lastStatus == .running)
    #expect(victim.stopCode == .terminationNotice)
    #expect(victim.stoppedReason == "Your Spot Task was interrupted.")
    sim.advance(to: .minutes(4))
    #expect(victim.lastStatus == .stopped)
    #expect(s.runningCount == 2 && !s.liveTasks.contains { $0 === victim })
  }

  @Test func onlyFargateSpotTasksCanBeInterrupted() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    #expect(sim.failure("interrupt-spot-task \(sim.tasks[0].id.hex)")?.hasSuffix("does not run on FARGATE_SPOT capacity, so it cannot be interrupted.") == true)
  }
}
