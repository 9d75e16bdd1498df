import Testing
@testable import ECSSim

/// Services behind an Application Load Balancer (docs/ecs/load-balancing.md,
/// docs/ecs/teaching-gotchas.md §9, §10, §11).
@Suite struct LoadBalancerServiceTests {
  static let albSG = "sg-0000000000000a1b0"
  static let instanceSG = "sg-0000000000000e2c0"

  /// Three instances in three AZs behind an ALB; `ingress` is what the instances' group allows.
  static func world(ingress: [IngressRuleSpec]? = nil, lbZones: Int = 3, startup: String = "5s", healthy: Bool = true,
                    delay: Int = 20, grace: Int = 0, interval: Int = 10) throws -> (Simulator, Service) {
    let w = WorldBuilder()
    var alb = SecurityGroupSpec(groupId: albSG, groupName: "alb")
    alb.ingress = [IngressRuleSpec(fromPort: 80, toPort: 80, source: "0.0.0.0/0")]
    var inst = SecurityGroupSpec(groupId: instanceSG, groupName: "ecs-instances")
    inst.ingress = ingress ?? [IngressRuleSpec(fromPort: 32768, toPort: 65535, source: albSG)]
    w.spec.securityGroups = [alb, inst]
    w.instances(count: 3)
    for i in w.spec.instances.indices { w.spec.instances[i].securityGroups = [instanceSG] }
    let labels = [KeyValuePair(name: "ecsim.startup-time", value: startup), KeyValuePair(name: "ecsim.healthy", value: String(healthy))]
    w.taskDefinition("web") { c in c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 8080)]; c.dockerLabels = labels }
    w.taskDefinition("web") { c in c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 8080)]; c.dockerLabels = labels }
    var tg = TargetGroupSpec(name: "web-tg")
    tg.healthCheck.intervalSeconds = interval
    tg.healthCheck.healthyThresholdCount = 2
    tg.deregistrationDelaySeconds = delay
    w.spec.targetGroups = [tg]
    var lb = LoadBalancerSpec(name: "web-alb")
    lb.subnets = Array(VPCSpec.defaultSubnetIds.prefix(lbZones == 3 ? 3 : 2))
    lb.securityGroups = [albSG]
    var listener = ListenerSpec(port: 80)
    listener.defaultTargetGroup = "web-tg"
    lb.listeners = [listener]
    w.spec.loadBalancers = [lb]
    var svc = CreateServiceInput(serviceName: "web", taskDefinition: "web:1")
    svc.desiredCount = 3
    svc.loadBalancers = [ServiceLoadBalancerInput(targetGroup: "web-tg", containerName: "web", containerPort: 8080)]
    svc.healthCheckGracePeriodSeconds = grace
    w.spec.services = [svc]
    let sim = try w.build()
    return (sim, sim.clusters["default"]!.services["web"]!)
  }

  static func messages(_ s: Service) -> [String] { s.events.reversed().map(\.message) }

  @Test func targetsRegisterWithTheirDynamicHostPortAndTurnHealthy() throws {
    let (sim, s) = try Self.world()
    sim.advance(to: .minutes(1))
    let tg = sim.targetGroups["web-tg"]!
    #expect(tg.targets.count == 3)
    #expect(tg.targets.allSatisfy { $0.health.state == .healthy && $0.id.hasPrefix("i-") && (32768...60999).contains($0.port) })
    #expect(Set(tg.targets.map(\.id)).count == 3)
    #expect(Self.messages(s).filter { $0 == "(service web) registered 1 targets in (target-group \(tg.arn))" }.count == 3)
    #expect(Self.messages(s).last == "(service web) has reached a steady state.")
    let json = Describer(sim).targetHealthJSON(tg).serialized()
    #expect(json.hasPrefix("{\"TargetHealthDescriptions\":[{\"Target\":{\"Id\":\"i-"))
    #expect(json.contains("\"TargetHealth\":{\"State\":\"healthy\"}"))
  }

  @Test func rollingUpgradeShiftsTargetsAndNeverDropsBelowTheHealthyBound() throws {
    let (sim, s) = try Self.world()
    sim.advance(to: .minutes(1))
    var update = UpdateServiceInput(service: "web")
    update.taskDefinition = "web:2"
    try sim.updateService(update)
    let tg = sim.targetGroups["web-tg"]!
    var minHealthyTargets = Int.max
    for step in 1...240 {
      sim.advance(to: .minutes(1) + .seconds(Int64(step)))
      minHealthyTargets = min(minHealthyTargets, tg.targets.filter { $0.health.state == .healthy }.count)
      #expect(s.liveTasks.count <= 6)
    }
    #expect(minHealthyTargets >= 3)
    #expect(tg.targets.count == 3 && tg.targets.allSatisfy { $0.task.revision == 2 && $0.health.state == .healthy })
    let m = Self.messages(s)
    let oldSet = s.events.last { $0.message.contains("taskSet") }!.message
    #expect(oldSet.hasPrefix("(service web, taskSet ecs-svc/") && oldSet.hasSuffix(" has begun draining connections on 3 tasks.") || m.contains { $0.contains("has begun draining connections on") })
    #expect(m.contains { $0.hasPrefix("(service web) deregistered ") && $0.hasSuffix("targets in (target-group \(tg.arn))") })
    #expect(m.suffix(2) == ["(service web) (deployment \(s.primary.id)) deployment completed.", "(service web) has reached a steady state."])
    // Old tasks get their stop signal only after the 20 s deregistration delay.
    for t in sim.tasks where t.revision == 1 {
      #expect(t.stoppingAt != nil && t.executionStoppedAt! - t.stoppingAt! >= .seconds(20))
    }
  }

  @Test func securityGroupWithoutTheEphemeralRangeTimesOutAndTasksAreRecycled() throws {
    let (sim, s) = try Self.world(ingress: [IngressRuleSpec(fromPort: 80, toPort: 80, source: Self.albSG)])
    sim.advance(to: .minutes(5))
    let tg = sim.targetGroups["web-tg"]!
    let failed = sim.tasks.filter { $0.stoppedReason == "Task failed ELB health checks in (target-group \(tg.arn))" }
    #expect(!failed.isEmpty)
    #expect(failed.allSatisfy { $0.stopCode == .serviceSchedulerInitiated })
    #expect(Self.messages(s).contains { $0.hasSuffix("is unhealthy in (target-group \(tg.arn)) due to (reason Request timed out)") && $0.hasPrefix("(service web) (instance i-") })
    #expect(!s.liveTasks.contains { sim.countsHealthy($0, s) })
  }

  @Test func taskInAnAZTheLoadBalancerDoesNotCoverNeverTurnsHealthy() throws {
    let (sim, _) = try Self.world(lbZones: 2)
    sim.advance(to: .minutes(2))
    let tg = sim.targetGroups["web-tg"]!
    let outside = tg.targets.filter { $0.availabilityZone == "us-east-1c" }
    #expect(!outside.isEmpty)
    #expect(outside.allSatisfy { $0.health == TargetHealth(state: .unused, reason: "Target.NotInUse", description: "Target is in an Availability Zone that is not enabled for the load balancer") })
  }

  @Test func slowStartWithoutGracePeriodLoopsAndAGracePeriodFixesIt() throws {
    // Gotcha 9: the app needs 90 s; two failed checks 10 s apart kill it first.
    let (loop, s1) = try Self.world(startup: "90s")
    loop.advance(to: .minutes(6))
    #expect(loop.tasks.contains { $0.stoppedReason?.hasPrefix("Task failed ELB health checks") == true })
    #expect(s1.runningCount <= 3)
    let (fixed, s2) = try Self.world(startup: "90s", grace: 120)
    fixed.advance(to: .minutes(6))
    #expect(!fixed.tasks.contains { $0.stoppedReason?.hasPrefix("Task failed ELB health checks") == true })
    #expect(Self.messages(s2).last == "(service web) has reached a steady state.")
  }

  @Test func badReleaseFailsHealthChecksWithItsResponseCode() throws {
    let (sim, s) = try Self.world(healthy: false)
    sim.advance(to: .minutes(3))
    let tg = sim.targetGroups["web-tg"]!
    #expect(Self.messages(s).contains { $0.hasSuffix("due to (reason Health checks failed with these codes: [500])") })
    #expect(sim.tasks.contains { $0.stoppedReason == "Task failed ELB health checks in (target-group \(tg.arn))" })
  }

  @Test func awsvpcServiceNeedsAnIPTargetGroup() throws {
    let (sim, _) = try Self.world()
    try sim.must("register-task-definition --family api --network-mode awsvpc --container-definitions '[{\"name\":\"api\",\"image\":\"nginx\",\"memory\":128,\"portMappings\":[{\"containerPort\":8080}]}]'")
    var svc = CreateServiceInput(serviceName: "api", taskDefinition: "api")
    svc.desiredCount = 1
    svc.subnets = [VPCSpec.defaultSubnetIds[0]]
    svc.loadBalancers = [ServiceLoadBalancerInput(targetGroup: "web-tg", containerName: "api", containerPort: 8080)]
    let arn = sim.targetGroups["web-tg"]!.arn
    #expect(throws: ECSError.invalidParameter("The provided target group \(arn) has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.")) {
      try sim.createService(svc)
    }
  }
}

@Suite struct FargateBehindALBTests {
  @Test func fargateServiceRegistersIPTargetsOnTheContainerPort() throws {
    let w = WorldBuilder()
    var alb = SecurityGroupSpec(groupId: "sg-0000000000000a1b0", groupName: "alb")
    alb.ingress = [IngressRuleSpec(fromPort: 443, toPort: 443, source: "0.0.0.0/0")]
    var tasks = SecurityGroupSpec(groupId: "sg-0000000000000f3a0", groupName: "tasks")
    tasks.ingress = [IngressRuleSpec(fromPort: 8080, toPort: 8080, source: "sg-0000000000000a1b0")]
    w.spec.securityGroups = [alb, tasks]
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512") { c in
      c.portMappings = [PortMapping(containerPort: 8080, hostPort: 8080)]
    }
    var tg = TargetGroupSpec(name: "api-tg")
    tg.targetType = "ip"
    tg.port = 8080
    tg.healthCheck.intervalSeconds = 10
    w.spec.targetGroups = [tg]
    var lb = LoadBalancerSpec(name: "api-alb")
    lb.subnets = VPCSpec.defaultSubnetIds
    lb.securityGroups = ["sg-0000000000000a1b0"]
    var https = ListenerSpec(port: 443)
    https.protocol = "HTTPS"
    https.defaultTargetGroup = "api-tg"
    var http = ListenerSpec(port: 80)
    http.redirectToPort = 443
    lb.listeners = [https, http]
    w.spec.loadBalancers = [lb]
    var svc = CreateServiceInput(serviceName: "api", taskDefinition: "api")
    svc.desiredCount = 3
    svc.launchType = "FARGATE"
    svc.subnets = VPCSpec.defaultSubnetIds
    svc.securityGroups = ["sg-0000000000000f3a0"]
    svc.assignPublicIp = true
    svc.loadBalancers = [ServiceLoadBalancerInput(targetGroup: "api-tg", containerName: "api", containerPort: 8080)]
    w.spec.services = [svc]
    let sim = try w.build()
    sim.advance(to: .minutes(2))
    let s = sim.clusters["default"]!.services["api"]!
    let targets = sim.targetGroups["api-tg"]!.targets
    #expect(targets.count == 3)
    #expect(targets.allSatisfy { $0.port == 8080 && $0.id.hasPrefix("10.0.") && $0.health.state == .healthy })
    #expect(Set(targets.map(\.availabilityZone)).count == 3)
    #expect(s.events.first?.message == "(service api) has reached a steady state.")
    #expect(sim.loadBalancers["api-alb"]!.listeners.map(\.port) == [443, 80])
    #expect(sim.loadBalancers["api-alb"]!.listeners[1].redirectToPort == 443)
  }
}
