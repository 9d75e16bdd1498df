import Testing
@testable import ECSSim

@Suite struct ServiceSchedulerTests {
  static func world(instances: Int = 3, type: String = "m5.large", _ configure: (inout ContainerDefinition) -> Void = { _ in }) throws -> Simulator {
    let w = WorldBuilder()
    w.instances(type, count: instances)
      .taskDefinition("web") { c in c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 80)]; configure(&c) }
      .taskDefinition("web") { c in c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 80)]; configure(&c) }
    return try w.build()
  }

  static func create(_ sim: Simulator, desired: Int = 4, min: Int? = nil, max: Int? = nil, breaker: Bool = false, td: String = "web:1") throws -> Service {
    var input = CreateServiceInput(serviceName: "web", taskDefinition: td)
    input.desiredCount = desired
    input.deploymentConfiguration.minimumHealthyPercent = min
    input.deploymentConfiguration.maximumPercent = max
    input.deploymentConfiguration.circuitBreakerEnable = breaker ? true : nil
    input.deploymentConfiguration.circuitBreakerRollback = breaker ? true : nil
    return try sim.createService(input)
  }

  static func messages(_ s: Service) -> [String] { s.events.reversed().map(\.message) }

  @Test func newServiceStartsItsTasksAndReachesSteadyState() throws {
    let sim = try Self.world()
    let s = try Self.create(sim)
    sim.advance(to: .minutes(2))
    #expect(s.runningCount == 4)
    #expect(sim.clusters["default"]!.activeServicesCount == 1)
    let m = Self.messages(s)
    #expect(m.first?.hasPrefix("(service web) has started 4 tasks: (task ") == true)
    #expect(m.contains("(service web) (deployment \(s.primary.id)) deployment completed."))
    #expect(m.last == "(service web) has reached a steady state.")
    #expect(s.primary.rolloutState == .completed)
    #expect(s.primary.rolloutStateReason == "ECS deployment \(s.primary.id) completed.")
    #expect(s.primary.id.hasPrefix("ecs-svc/") && s.primary.id.count == 27)
    // Service tasks: group service:<name>, startedBy the deployment id, spread over the AZs.
    let tasks = s.liveTasks
    #expect(tasks.allSatisfy { $0.group == "service:web" && $0.startedBy == s.primary.id })
    #expect(Set(tasks.map(\.availabilityZone)).count == 3)
    #expect(sim.invariantViolations.isEmpty)
  }

  @Test func stoppedTaskIsReplaced() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, desired: 2)
    sim.advance(to: .minutes(2))
    let victim = s.liveTasks[0]
    try sim.must("stop-task --task \(victim.id.hex)")
    sim.advance(to: .minutes(4))
    #expect(s.runningCount == 2)
    #expect(!s.liveTasks.contains { $0 === victim })
    #expect(Self.messages(s).filter { $0 == "(service web) has reached a steady state." }.count == 2)
  }

  @Test func rollingUpdateMin100Max200StartsNewBeforeStoppingOld() throws {
    let sim = try Self.world()
    let s = try Self.create(sim)
    sim.advance(to: .minutes(2))
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    #expect(s.deployments.count == 2)
    #expect(s.deployments[1].status == .active && s.primary.status == .primary)
    var maxTotal = 0, minHealthy = Int.max
    for step in 1...120 {
      sim.advance(to: .minutes(2) + .seconds(Int64(step)))
      maxTotal = Swift.max(maxTotal, s.liveTasks.count)
      minHealthy = Swift.min(minHealthy, s.liveTasks.filter { sim.countsHealthy($0, s) }.count)
    }
    #expect(maxTotal == 8)          // upper bound: 4 × 200 %
    #expect(minHealthy >= 4)        // lower bound: 4 × 100 %, never crossed
    #expect(s.deployments.count == 1)
    #expect(s.primary.taskDefinition.revision == 2)
    #expect(s.liveTasks.allSatisfy { $0.revision == 2 })
    #expect(Self.messages(s).contains { $0.hasPrefix("(service web) has stopped 4 running tasks") || $0.hasPrefix("(service web) has stopped ") })
  }

  @Test func min50Max100StopsHalfFirst() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, min: 50, max: 100)
    sim.advance(to: .minutes(2))
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    var maxTotal = 0, minHealthy = Int.max
    for step in 1...180 {
      sim.advance(to: .minutes(2) + .seconds(Int64(step)))
      maxTotal = Swift.max(maxTotal, s.liveTasks.count)
      minHealthy = Swift.min(minHealthy, s.liveTasks.filter { sim.countsHealthy($0, s) }.count)
    }
    #expect(maxTotal <= 4)
    #expect(minHealthy >= 2)
    #expect(s.liveTasks.count == 4 && s.liveTasks.allSatisfy { $0.revision == 2 })
  }

  @Test func min100Max100DeadlocksWithECSEvent() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, min: 100, max: 100)
    sim.advance(to: .minutes(2))
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    sim.advance(to: .minutes(10))
    #expect(s.liveTasks.allSatisfy { $0.revision == 1 })
    #expect(s.primary.rolloutState == .inProgress)
    #expect(Self.messages(s).contains("(service web) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."))
  }

  @Test func roundingTrapD3Max125CannotStartAny() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, desired: 3, min: 100, max: 125)
    sim.advance(to: .minutes(2))
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    sim.advance(to: .minutes(6))
    #expect(s.liveTasks.count == 3 && s.liveTasks.allSatisfy { $0.revision == 1 })
  }

  @Test func staticHostPortBlocksTheRollingUpdate() throws {
    // Gotcha 1: bridge, hostPort 80, two instances, desired 2, min 100 / max 200.
    let sim = try Self.world(instances: 2) { c in c.portMappings = [PortMapping(containerPort: 80, hostPort: 80)] }
    let s = try Self.create(sim, desired: 2)
    sim.advance(to: .minutes(2))
    #expect(s.runningCount == 2)
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    sim.advance(to: .minutes(10))
    #expect(s.liveTasks.allSatisfy { $0.revision == 1 })
    let m = Self.messages(s).last { $0.contains("unable to place a task") }
    #expect(m?.hasPrefix("(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance ") == true)
    #expect(m?.hasSuffix(") is already using a port required by your task. For more information, see the Troubleshooting section.") == true)
  }

  @Test func scaleInStopsTasksWithTheScalingReason() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, desired: 6)
    sim.advance(to: .minutes(2))
    var update = UpdateServiceInput(service: "web")
    update.desiredCount = 3
    try sim.updateService(update)
    #expect(s.deployments.count == 1)  // a desiredCount-only change edits the PRIMARY
    sim.advance(to: .minutes(3))
    #expect(s.liveTasks.count == 3)
    let stopped = sim.tasks.filter { $0.stopCode == .serviceSchedulerInitiated }
    #expect(stopped.count == 3)
    #expect(stopped.allSatisfy { $0.stoppedReason == "Scaling activity initiated by (deployment \(s.primary.id))" })
    // AZ balance kept: one per AZ.
    #expect(Set(s.liveTasks.map(\.availabilityZone)).count == 3)
  }

  @Test func drainingMovesServiceTasksButNotStandaloneOnes() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, desired: 3)
    try sim.must("run-task --task-definition web:1")
    sim.advance(to: .minutes(2))
    let inst = sim.instances[0]
    let standalone = sim.tasks.first { $0.service == nil }!
    try sim.must("drain \(inst.id.hex)")
    sim.advance(to: .minutes(5))
    #expect(s.liveTasks.count == 3)
    #expect(!s.liveTasks.contains { $0.containerInstance === inst })
    if standalone.containerInstance === inst { #expect(standalone.lastStatus == .running) }
    #expect(inst.status == .draining)
  }

  @Test func badImageThrottlesAndTheCircuitBreakerRollsBack() throws {
    let w = WorldBuilder()
    w.instances(count: 3)
      .taskDefinition("web") { c in c.cpu = 128; c.memory = 128 }
      .taskDefinition("web") { c in c.cpu = 128; c.memory = 128; c.image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:missing" }
    let sim = try w.build()
    let s = try Self.create(sim, desired: 2, breaker: true)
    sim.advance(to: .minutes(2))
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    let failing = s.primary
    sim.advance(to: .minutes(15))
    #expect(failing.rolloutState == .failed)
    #expect(failing.rolloutStateReason == "ECS deployment circuit breaker: tasks failed to start.")
    #expect(s.primary !== failing && s.primary.isRollback && s.primary.taskDefinition.revision == 1)
    #expect(s.liveTasks.allSatisfy { $0.revision == 1 } && s.runningCount == 2)
    #expect(Self.messages(s).contains("(service web) is unable to consistently start tasks successfully."))
    #expect(Self.messages(s).contains("(service web) (deployment \(failing.id)) deployment failed: tasks failed to start."))
  }

  @Test func throttleGrowsTheGapsBetweenAttempts() throws {
    let w = WorldBuilder()
    w.instances(count: 1).taskDefinition("web") { c in c.cpu = 128; c.memory = 128; c.image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:missing" }
    let sim = try w.build()
    let s = try Self.create(sim, desired: 1)
    sim.advance(to: .hours(2))
    let starts = s.events.reversed().filter { $0.message.hasPrefix("(service web) has started 1 tasks") }.map(\.createdAt.milliseconds)
    let gaps = zip(starts.dropFirst(), starts).map { $0 - $1 }
    #expect(gaps.count >= 8)
    // Three quick tries, then gaps growing from 30 s to 15 minutes and staying there.
    #expect(gaps[0] < 20_000 && gaps[1] < 20_000)
    #expect(gaps.last! >= 15 * 60_000 && gaps.last! < 16 * 60_000)
    #expect(zip(gaps.dropFirst(3), gaps.dropFirst(2)).allSatisfy { $0 >= $1 - 10_000 })  // the pull failure takes 3–8 s
    // Reported once while the cause persists (duplicate suppression).
    #expect(s.events.filter { $0.message == "(service web) is unable to consistently start tasks successfully." }.count == 1)
  }

  @Test func daemonRunsOneTaskPerActiveInstance() throws {
    let sim = try Self.world(instances: 3)
    var input = CreateServiceInput(serviceName: "agent", taskDefinition: "web:1")
    input.schedulingStrategy = "DAEMON"
    let s = try sim.createService(input)
    sim.advance(to: .minutes(1))
    #expect(s.runningCount == 3 && s.desiredCount == 3)
    #expect(Set(s.liveTasks.map { $0.containerInstance!.ec2InstanceId }).count == 3)
    try sim.must("launch-instances --instance-type m5.large")
    sim.advance(to: .minutes(3))
    #expect(s.runningCount == 4)
    try sim.must("drain \(sim.instances[0].id.hex)")
    sim.advance(to: .minutes(4))
    #expect(s.runningCount == 3)
    #expect(!s.liveTasks.contains { $0.containerInstance === sim.instances[0] })
  }

  @Test func deleteServiceNeedsScaleToZeroOrForce() throws {
    let sim = try Self.world()
    let s = try Self.create(sim, desired: 2)
    sim.advance(to: .minutes(1))
    #expect(throws: ECSError.invalidParameter("The service cannot be stopped while it is scaled above 0.")) {
      try sim.deleteService(cluster: nil, service: "web", force: false)
    }
    try sim.deleteService(cluster: nil, service: "web", force: true)
    #expect(s.status == .draining)
    #expect(sim.clusters["default"]!.activeServicesCount == 0)
    sim.advance(to: .minutes(3))
    #expect(s.status == .inactive)
    #expect(s.liveTasks.isEmpty)
  }
}

@Suite struct DeploymentTriggerTests {
  @Test func networkAndCapacityProviderChangesStartANewDeployment() throws {
    let w = WorldBuilder()
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    let sim = try w.build()
    var svc = CreateServiceInput(serviceName: "api", taskDefinition: "api")
    svc.desiredCount = 2
    svc.capacityProviderStrategy = [CapacityProviderStrategyInput(capacityProvider: "FARGATE", weight: 1)]
    svc.subnets = [VPCSpec.defaultSubnetIds[0]]
    svc.assignPublicIp = true
    let s = try sim.createService(svc)
    sim.advance(to: .minutes(2))
    let first = s.primary
    try sim.must("update-service --service api --network-configuration \"awsvpcConfiguration={subnets=[\(VPCSpec.defaultSubnetIds[1])],assignPublicIp=ENABLED}\"")
    #expect(s.primary !== first)
    sim.advance(to: .minutes(5))
    #expect(s.liveTasks.allSatisfy { $0.availabilityZone == "us-east-1b" } && s.runningCount == 2)
    let second = s.primary
    try sim.must("update-service --service api --capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1")
    #expect(s.primary !== second)
    sim.advance(to: .minutes(8))
    #expect(s.liveTasks.allSatisfy { $0.capacityProviderName == "FARGATE_SPOT" } && s.runningCount == 2)
    #expect(s.primary.rolloutState == .completed)
  }

  @Test func desiredCountOnlyEditsThePrimary() throws {
    let sim = try ServiceSchedulerTests.world()
    let s = try ServiceSchedulerTests.create(sim, desired: 2)
    sim.advance(to: .minutes(1))
    try sim.must("scale web 4")
    #expect(s.deployments.count == 1 && s.primary.desiredCount == 4)
    try sim.must("redeploy web")
    #expect(s.deployments.count == 2)
  }
}
