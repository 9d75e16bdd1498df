import Testing
@testable import ECSSim

/// The "why" view: every explanation line is stated exactly, so any change of wording fails.
/// Ids and times that come from the seeded run are read from the engine's own records; where a
/// time is a prediction (when a pull finishes, when a task starts) the test also advances the
/// clock to it and checks that the step happened then.
@Suite struct WhyTests {
  static let ids = ["i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002"]

  /// Bridge-mode `web:1` and `web:2` with a static host port 80 unless told otherwise.
  static func world(instances: Int = 1, config: String = "", _ configure: (inout ContainerDefinition) -> Void = { _ in }) throws -> Simulator {
    let w = WorldBuilder()
    if instances > 0 {
      w.instances(count: instances, config: config)
      w.spec.instances[0].instanceIds = Array(ids.prefix(instances))
    }
    for _ in 1...2 {
      w.taskDefinition("web") { c in c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 80, hostPort: 80)]; configure(&c) }
    }
    return try w.build()
  }

  static func service(_ sim: Simulator, desired: Int, min: Int? = nil, max: Int? = nil,
                      constraints: [PlacementConstraintInput] = []) throws -> Service {
    var input = CreateServiceInput(serviceName: "web", taskDefinition: "web:1")
    input.desiredCount = desired
    input.deploymentConfiguration.minimumHealthyPercent = min
    input.deploymentConfiguration.maximumPercent = max
    input.placementConstraints = constraints
    return try sim.createService(input)
  }

  static func update(_ sim: Simulator, to td: String) throws {
    var u = UpdateServiceInput(service: "web")
    u.taskDefinition = td
    try sim.updateService(u)
  }

  static func short(_ t: ECSTask) -> String { String(t.id.hex.prefix(8)) }

  // MARK: - Placement failures

  @Test func portClashNamesTheInstanceAndTheTaskHoldingThePort() throws {
    let sim = try Self.world()
    let s = try Self.service(sim, desired: 2, max: 100)
    sim.advance(to: .minutes(2))
    let holder = try #require(s.liveTasks.first)
    let failure = try #require(s.lastPlacementFailure)
    let e = Explainer(sim).explain(service: s)
    #expect(e.subject == "service web (cluster default)")
    #expect(e.summary == "cannot place new tasks of web:1: no container instance met all of its requirements")
    #expect(e.reasons == [
      "no container instance has port 80 free: i-0a1b2c3d4e5f60001 holds it for task \(Self.short(holder)) (web:1)",
      "placement of web:1 last failed at \(failure.at.clock)",
      "bounds for desired 2: healthy ≥ 2 · total ≤ 2 (minimumHealthyPercent 100, maximumPercent 100); now 1 healthy, 1 in total",
      "PRIMARY \(s.primary.id) web:1 IN_PROGRESS: desired 2 · running 1 · pending 0 · healthy 1",
    ])
    // The same decision the engine reported in its own words.
    let inst = sim.instances[0]
    #expect(s.events.contains { $0.message == "(service web) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance \(inst.id.hex)) is already using a port required by your task. For more information, see the Troubleshooting section." })
    #expect(failure.at > .minutes(1))  // re-recorded on every attempt, not only the first
    // Every way of naming the service resolves to it.
    for ref in ["web", "default/web", s.arn] { #expect(Explainer(sim).explain(ref) == e) }
    #expect(Explainer(sim).explain("nope") == nil)
    // The instance lists who holds which host port.
    let ie = Explainer(sim).explain(containerInstance: inst)
    #expect(ie.summary == "ACTIVE: accepting tasks; 1 task on it")
    #expect(ie.reasons == [
      "remaining: 1792 of 2048 CPU units · 7424 of 7680 MiB memory",
      "host ports in use: 22 (agent), 2375 (agent), 2376 (agent), 51678 (agent), 51679 (agent), 80 (task \(Self.short(holder)) (web:1))",
      "dynamic host ports: 28230 of 28232 free (32768-60999)",
      "tasks: 1 RUNNING",
    ])
  }

  @Test func memoryShortfallGivesFreeAndNeededMiB() throws {
    let sim = try Self.world { c in c.memory = 3000; c.portMappings = [] }
    let s = try Self.service(sim, desired: 3)
    sim.advance(to: .minutes(2))
    #expect(sim.instances[0].remainingMemory == 1680)  // 7680 − 2 × 3000
    let e = Explainer(sim).explain(service: s)
    #expect(e.summary == "cannot place new tasks of web:1: no container instance met all of its requirements")
    #expect(Array(e.reasons.prefix(2)) == [
      "not enough memory: i-0a1b2c3d4e5f60001 has 1680 MiB free, the task needs 3000",
      "placement of web:1 last failed at \(s.lastPlacementFailure!.at.clock)",
    ])
  }

  @Test func noActiveInstanceCountsTheDrainingOnes() throws {
    let empty = try Self.world(instances: 0)
    let lonely = try Self.service(empty, desired: 1)
    empty.advance(to: .seconds(10))
    #expect(Explainer(empty).explain(service: lonely).reasons.first == "no ACTIVE container instance in cluster default")

    let sim = try Self.world()
    try sim.must("drain \(Self.ids[0])")
    let s = try Self.service(sim, desired: 1)
    sim.advance(to: .seconds(10))
    let e = Explainer(sim).explain(service: s)
    #expect(e.summary == "cannot place new tasks of web:1: no container instance met all of its requirements")
    #expect(Array(e.reasons.prefix(2)) == [
      "no ACTIVE container instance in cluster default (1 instance DRAINING)",
      "placement of web:1 last failed at \(s.lastPlacementFailure!.at.clock)",
    ])
    #expect(s.events.last?.message == "(service web) was unable to place a task because no container instance met all of its requirements.")
  }

  @Test func memberOfConstraintNamesTheExpressionAndCountsTheInstances() throws {
    let sim = try Self.world(instances: 2) { $0.portMappings = [] }
    let s = try Self.service(sim, desired: 1, constraints: [PlacementConstraintInput(type: "memberOf", expression: "attribute:ecs.instance-type =~ t3.*")])
    sim.advance(to: .minutes(1))
    let e = Explainer(sim).explain(service: s)
    #expect(e.reasons == [
      "no container instance satisfies the memberOf constraint \"attribute:ecs.instance-type =~ t3.*\": i-0a1b2c3d4e5f60001 does not match",
      "checked 2 ACTIVE container instances: 2 do not match a memberOf constraint",
      "placement of web:1 last failed at \(s.lastPlacementFailure!.at.clock)",
      "bounds for desired 1: healthy ≥ 1 · total ≤ 2 (minimumHealthyPercent 100, maximumPercent 200); now 0 healthy, 0 in total",
      "PRIMARY \(s.primary.id) web:1 IN_PROGRESS: desired 1 · running 0 · pending 0 · healthy 0",
    ])
  }

  // MARK: - Deployments

  @Test func min100Max100DeadlockNamesBothBounds() throws {
    let sim = try Self.world(instances: 2)
    let s = try Self.service(sim, desired: 2, min: 100, max: 100)
    sim.advance(to: .minutes(2))
    let old = s.primary.id
    try Self.update(sim, to: "web:2")
    sim.advance(to: .minutes(4))
    let e = Explainer(sim).explain(service: s)
    #expect(e.summary == "deployment to web:2 is stalled: no task may start or stop within the bounds")
    #expect(e.reasons == [
      "maximumPercent 100 allows at most 2 tasks; 2 are running, so no new task can start until an old one stops",
      "minimumHealthyPercent 100 requires 2 healthy tasks; only 2 are healthy, so no old task may stop before a new one is healthy",
      "neither bound lets it move, so ECS reports it was unable to stop or start tasks: lower minimumHealthyPercent or raise maximumPercent",
      "bounds for desired 2: healthy ≥ 2 · total ≤ 2 (minimumHealthyPercent 100, maximumPercent 100); now 2 healthy, 2 in total",
      "PRIMARY \(s.primary.id) web:2 IN_PROGRESS: desired 2 · running 0 · pending 0 · healthy 0",
      "ACTIVE \(old) web:1: running 2 · pending 0 · healthy 2",
    ])
    #expect(s.events.contains { $0.message.hasPrefix("(service web) was unable to stop or start tasks during a deployment") })
  }

  /// docs/ecs/teaching-gotchas.md §1: min 100 / max 200 leaves room to start, but port 80 is taken
  /// on both instances, and min 100 forbids stopping an old task first.
  @Test func staticPortRollingUpdateIsBlockedByPlacementAndTheLowerBound() throws {
    let sim = try Self.world(instances: 2)
    let s = try Self.service(sim, desired: 2)
    sim.advance(to: .minutes(2))
    try Self.update(sim, to: "web:2")
    sim.advance(to: .minutes(4))
    let holder = try #require(sim.instances[0].tasks.first)
    let e = Explainer(sim).explain(service: s)
    #expect(e.summary == "cannot place new tasks of web:2: no container instance met all of its requirements")
    #expect(Array(e.reasons.prefix(4)) == [
      "no container instance has port 80 free: i-0a1b2c3d4e5f60001 holds it for task \(Self.short(holder)) (web:1)",
      "checked 2 ACTIVE container instances: 2 have port 80 in use",
      "placement of web:2 last failed at \(s.lastPlacementFailure!.at.clock)",
      "minimumHealthyPercent 100 requires 2 healthy tasks; only 2 are healthy, so no old task may stop before a new one is healthy",
    ])
  }

  /// A bad release behind an ALB: the target group's reason code, the grace period, the circuit
  /// breaker's count, then the rollback.
  @Test func badReleaseFailingALBHealthChecks() throws {
    let w = WorldBuilder()
    w.instances(count: 3)
    w.taskDefinition("web") { c in c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 8080)] }
    w.taskDefinition("web") { c in
      c.cpu = 256; c.memory = 256; c.portMappings = [PortMapping(containerPort: 8080)]
      c.dockerLabels = [KeyValuePair(name: "ecsim.healthy", value: "false")]
    }
    var tg = TargetGroupSpec(name: "web-tg")
    tg.healthCheck.intervalSeconds = 10
    tg.deregistrationDelaySeconds = 20
    w.spec.targetGroups = [tg]
    var lb = LoadBalancerSpec(name: "web-alb")
    lb.subnets = Array(VPCSpec.defaultSubnetIds.prefix(3))
    var listener = ListenerSpec(port: 80)
    listener.defaultTargetGroup = "web-tg"
    lb.listeners = [listener]
    w.spec.loadBalancers = [lb]
    var svc = CreateServiceInput(serviceName: "web", taskDefinition: "web:1")
    svc.desiredCount = 2
    svc.deploymentConfiguration.circuitBreakerEnable = true
    svc.deploymentConfiguration.circuitBreakerRollback = true
    svc.healthCheckGracePeriodSeconds = 30
    svc.loadBalancers = [ServiceLoadBalancerInput(targetGroup: "web-tg", containerName: "web", containerPort: 8080)]
    w.spec.services = [svc]
    let sim = try w.build()
    let s = sim.clusters["default"]!.services["web"]!
    sim.advance(to: .minutes(1))
    #expect(Explainer(sim).explain(service: s).summary == "steady: 2 of 2 tasks running and healthy (web:1)")
    try Self.update(sim, to: "web:2")
    let bad = s.primary

    // Inside the grace period: the target is unhealthy, ECS keeps the task for now.
    while s.lastHealthCheckFailure == nil && sim.now < .minutes(5) { sim.advance(by: .seconds(1)) }
    let h = try #require(s.lastHealthCheckFailure)
    let t = h.task
    let started = try #require(t.startedAt)
    var te = Explainer(sim).explain(task: t)
    #expect(te.summary == "RUNNING since \(started.clock) but failing health checks")
    #expect(Array(te.reasons.prefix(3)) == [
      "target group web-tg: \(t.containerInstance!.ec2InstanceId):\(h.port) is unhealthy (Target.ResponseCodeMismatch: Health checks failed with these codes: [500])",
      "service web counts it healthy once every target of the task is healthy",
      "within healthCheckGracePeriodSeconds 30 (until \((started + .seconds(30)).clock)): ECS ignores failed health checks until then",
    ])

    // Past the grace period: ECS replaces it and the breaker counts it.
    while bad.failedTasks == 0 && sim.now < .minutes(5) { sim.advance(by: .seconds(1)) }
    let e = Explainer(sim).explain(service: s)
    let failure = try #require(s.lastHealthCheckFailure)
    #expect(e.summary == "tasks of web:2 fail ALB health checks")
    #expect(Array(e.reasons.prefix(2)) == [
      "target group web-tg reported Target.ResponseCodeMismatch (Health checks failed with these codes: [500]) for task \(Self.short(failure.task)) (web:2) on port \(failure.port) at \(failure.at.clock)",
      "deployment circuit breaker: \(bad.failedTasks) of 3 failed tasks; at 3 deployment \(bad.id) is marked FAILED",
    ])
    te = Explainer(sim).explain(task: t)
    #expect(te.summary == "RUNNING, desired STOPPED: draining connections before the stop signal")
    #expect(te.reasons[1] == "stoppedReason: Task failed ELB health checks in (target-group \(sim.targetGroups["web-tg"]!.arn))")

    // Three failures: the deployment FAILS and rolls back.
    while bad.rolloutState != .failed && sim.now < .minutes(10) { sim.advance(by: .seconds(1)) }
    let r = Explainer(sim).explain(service: s)
    #expect(r.summary == "rolling back to web:1")
    #expect(r.reasons[0] == "rollback in progress: the circuit breaker failed deployment \(bad.id) (web:2), so ECS returns to web:1, the last COMPLETED deployment")
    #expect(r.reasons.contains("deployment circuit breaker: deployment \(bad.id) reached its threshold of 3 failed tasks and FAILED"))
    sim.advance(to: .minutes(12))
    #expect(Explainer(sim).explain(service: s).summary == "steady: 2 of 2 tasks running and healthy (web:1)")
  }

  // MARK: - Tasks

  @Test func pendingTaskPullingFromECRSaysWhenItFinishes() throws {
    let sim = try Self.world { $0.portMappings = [] }
    try sim.must("run-task --task-definition web:1")
    sim.advance(to: .seconds(2))
    let t = sim.tasks[0]
    let pullStarted = try #require(t.pullStartedAt)
    let done = try #require(t.stepDue)
    var e = Explainer(sim).explain(task: t)
    #expect(e.subject == "task \(Self.short(t)) (web:1)")
    #expect(e.summary == "PENDING: pulling images since \(pullStarted.clock)")
    #expect(e.reasons == [
      "container web: pulling 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0 (100 MB) from Amazon ECR",
      "the pull finishes at \(done.clock); then the containers are created and started",
      "placed on i-0a1b2c3d4e5f60001 in us-east-1a at random (placement strategy random)",
    ])
    // The predicted time is when the pull really ends, and then when the task really starts.
    sim.advance(to: done)
    #expect(t.pullStoppedAt == done)
    let start = try #require(t.stepDue)
    e = Explainer(sim).explain(task: t)
    #expect(e.summary == "PENDING: images pulled at \(done.clock); creating and starting containers")
    #expect(e.reasons.first == "the containers start at \(start.clock) and the task turns RUNNING")
    sim.advance(to: start)
    #expect(t.startedAt == start)
    // Short ids resolve.
    #expect(Explainer(sim).explain(Self.short(t)) == Explainer(sim).explain(task: t))
  }

  @Test func failingPullAndTheThrottle() throws {
    let sim = try Self.world { c in c.portMappings = []; c.image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:9.9" }
    let s = try Self.service(sim, desired: 1)
    let pullError = "CannotPullContainerError: Error response from daemon: manifest for 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:9.9 not found: manifest unknown: Requested image not found"
    while (s.liveTasks.first?.pullFailure == nil) && sim.now < .minutes(1) { sim.advance(by: .ms(100)) }
    let t = try #require(s.liveTasks.first)
    let givesUp = try #require(t.stepDue)
    let e = Explainer(sim).explain(task: t)
    #expect(e.summary == "PENDING: the image pull is failing (CannotPullContainerError)")
    #expect(Array(e.reasons.prefix(3)) == [
      "image pull failed: \(pullError)",
      "the agent gives up at \(givesUp.clock); the task then stops with stopCode TaskFailedToStart",
      "service web will launch a replacement; tasks that keep failing to start are throttled, up to 15 minutes between attempts",
    ])
    sim.advance(to: givesUp)
    #expect(t.desiredStatus == .stopped && t.stopCode == .taskFailedToStart)

    while s.throttledUntil == nil && sim.now < .minutes(5) { sim.advance(by: .seconds(1)) }
    let until = try #require(s.throttledUntil)
    let last = try #require(s.lastFailedStart)
    let se = Explainer(sim).explain(service: s)
    #expect(se.summary == "launches are throttled until \(until.clock)")
    #expect(Array(se.reasons.prefix(3)) == [
      "launches are throttled: next attempt at \(until.clock) (3 tasks in a row stopped before reaching RUNNING)",
      "task \(Self.short(last)) (web:1) failed to start at \(last.stoppingAt!.clock): \(pullError)",
      "3 tasks of deployment \(s.primary.id) failed; the deployment circuit breaker is off, so ECS keeps replacing them",
    ])
  }

  @Test func stoppedTaskGivesStopCodeReasonAndExitCodes() throws {
    let sim = try Self.world { c in
      c.portMappings = []
      c.dockerLabels = [KeyValuePair(name: "ecsim.exit-after", value: "30s"), KeyValuePair(name: "ecsim.exit-code", value: "1")]
    }
    try sim.must("run-task --task-definition web:1")
    sim.advance(to: .minutes(1))
    let t = sim.tasks[0]
    let e = Explainer(sim).explain(task: t)
    #expect(e.summary == "STOPPED at \(t.stoppedAt!.clock): Essential container in task exited (EssentialContainerExited)")
    #expect(e.reasons == [
      "stopCode EssentialContainerExited: an essential container stopped, so ECS stopped the whole task",
      "stoppedReason: Essential container in task exited",
      "container web (essential) exited with code 1: the program failed",
      "created 00:00:00.000 · pull \(t.pullStartedAt!.clock)–\(t.pullStoppedAt!.clock) · started \(t.startedAt!.clock) · told to stop \((t.startedAt! + .seconds(30)).clock) · stopped \(t.stoppedAt!.clock)",
      "stays visible until \((t.stoppedAt! + .hours(1)).clock) (stopped tasks are kept 1 hour)",
    ])
  }

  @Test func stoppingTaskGivesSignalAndKillTimes() throws {
    let sim = try Self.world { c in c.portMappings = []; c.dockerLabels = [KeyValuePair(name: "ecsim.shutdown-time", value: "2m")] }
    try sim.must("run-task --task-definition web:1")
    sim.advance(to: .minutes(1))
    let t = sim.tasks[0]
    try sim.must("stop-task --task \(t.id.hex)")
    while t.lastStatus != .stopping && sim.now < .minutes(2) { sim.advance(by: .ms(100)) }
    let sent = try #require(t.stepDue)
    let e = Explainer(sim).explain(task: t)
    #expect(e.summary == "STOPPING: stop signal sent at \(sent.clock)")
    #expect(e.reasons == [
      "container web got SIGTERM at \(sent.clock); SIGKILL at \((sent + .seconds(30)).clock) if it has not exited (stop timeout 30s)",
      "stopCode UserInitiated: StopTask was called",
      "stoppedReason: Task stopped by user",
      "placed on i-0a1b2c3d4e5f60001 in us-east-1a at random (placement strategy random)",
    ])
    sim.advance(to: .minutes(3))
    #expect(t.containers[0].exitCode == 137)
    #expect(Explainer(sim).explain(task: t).reasons[2] == "container web (essential) exited with code 137: killed by SIGKILL (it outlived its stop timeout, or ran out of memory)")
  }

  // MARK: - Container instances

  @Test func drainingInstanceSaysWhatHoldsEachTask() throws {
    let sim = try Self.world(instances: 2) { $0.portMappings = [] }
    let s = try Self.service(sim, desired: 2, min: 100, max: 100)
    try sim.must("run-task --task-definition web:1")
    sim.advance(to: .minutes(2))
    let batch = try #require(sim.tasks.first { $0.service == nil })
    let host = try #require(batch.containerInstance)
    let serviceTask = try #require(host.tasks.first { $0.service != nil })
    try sim.must("drain \(host.ec2InstanceId)")
    sim.advance(to: .minutes(3))
    let e = Explainer(sim).explain(containerInstance: host)
    #expect(e.subject == "container instance \(host.id.hex.prefix(8)) (\(host.ec2InstanceId), m5.large, \(host.availabilityZone))")
    #expect(e.summary == "DRAINING: no new tasks are placed here; 2 tasks still on it")
    #expect(e.reasons == [
      "task \(Self.short(serviceTask)) (web:1) of service web stays until a replacement is healthy: minimumHealthyPercent 100 requires 2 healthy tasks and 2 are",
      "1 standalone task keeps running (task \(Self.short(batch)) (web:1)): ECS never stops standalone tasks on a DRAINING instance, so it stays DRAINING until they stop",
      "remaining: 1536 of 2048 CPU units · 7168 of 7680 MiB memory",
      "host ports in use: 22 (agent), 2375 (agent), 2376 (agent), 51678 (agent), 51679 (agent)",
      // The agent's reserved ports 51678 and 51679 lie inside the dynamic range.
      "dynamic host ports: 28230 of 28232 free (32768-60999)",
      "tasks: 2 RUNNING",
    ])
    let se = Explainer(sim).explain(service: s)
    #expect(se.summary == "moving tasks off DRAINING instances is stalled: no task may start or stop within the bounds")
    #expect(Array(se.reasons.prefix(2)) == [
      "maximumPercent 100 allows at most 2 tasks; 2 are running, so no new task can start until one stops",
      "minimumHealthyPercent 100 requires 2 healthy tasks; only 2 are healthy, so no task on a DRAINING instance may stop before its replacement is healthy",
    ])
  }

  @Test func spotNoticeAndDisconnectedAgent() throws {
    let w = WorldBuilder()
    w.instances(count: 2, config: "ECS_ENABLE_SPOT_INSTANCE_DRAINING=true")
    w.spec.instances[0].launch.purchaseOption = .spot
    w.spec.instances[0].instanceIds = Self.ids
    w.taskDefinition("web")
    let sim = try w.build()
    var input = CreateServiceInput(serviceName: "web", taskDefinition: "web:1")
    input.desiredCount = 2
    input.placementConstraints = [PlacementConstraintInput(type: "distinctInstance")]
    let s = try sim.createService(input)
    sim.advance(to: .minutes(1))
    let (spot, other) = (sim.instances[0], sim.instances[1])
    try sim.must("disconnect-agent \(other.ec2InstanceId)")
    try sim.interruptSpotInstance(spot.ec2InstanceId)
    sim.advance(to: .seconds(70))
    let onSpot = try #require(spot.tasks.first)
    #expect(Array(Explainer(sim).explain(containerInstance: spot).reasons.prefix(2)) == [
      "Spot interruption notice: EC2 reclaims the host at 00:03:00.000; ECS_ENABLE_SPOT_INSTANCE_DRAINING=true set it to DRAINING when the notice came",
      "task \(Self.short(onSpot)) (web:1) of service web waits for a replacement that cannot be placed: no ACTIVE container instance has its agent connected: i-0a1b2c3d4e5f60002 reports AGENT",
    ])
    let oe = Explainer(sim).explain(containerInstance: other)
    #expect(oe.summary == "ACTIVE: no new tasks (agent disconnected); 1 task on it")
    #expect(oe.reasons.first == "the container agent is disconnected: ECS places no new tasks here (RunTask reports AGENT); its running tasks carry on")
    #expect(Explainer(sim).explain(service: s).reasons.first == "no ACTIVE container instance has its agent connected: i-0a1b2c3d4e5f60002 reports AGENT")
    sim.advance(to: .minutes(4))
    let gone = Explainer(sim).explain(containerInstance: spot)
    #expect(gone.summary == "INACTIVE: the EC2 host was stopped or terminated")
    #expect(gone.reasons == ["Spot interruption notice: EC2 reclaimed the host at 00:03:00.000; ECS_ENABLE_SPOT_INSTANCE_DRAINING=true set it to DRAINING when the notice came"])
    #expect(Explainer(sim).explain(spot.ec2InstanceId) == gone)
  }

  // MARK: - No side effects

  /// Explaining reads only: a run that explains everything at every step logs the same events.
  @Test func explainingNeverChangesTheSimulation() throws {
    func run(explaining: Bool) throws -> [String] {
      let sim = try Self.world(instances: 2)
      _ = try Self.service(sim, desired: 2)
      var lines: [String] = []
      for step in 1...240 {
        if step == 60 { try Self.update(sim, to: "web:2") }
        sim.advance(to: .seconds(Int64(step)))
        if explaining {
          for t in sim.tasks { _ = Explainer(sim).explain(task: t) }
          for i in sim.instances { _ = Explainer(sim).explain(containerInstance: i) }
          _ = Explainer(sim).explain("web")
        }
        lines += sim.drainEvents().map(\.textLine)
      }
      return lines
    }
    let plain = try run(explaining: false)
    #expect(plain.count > 10)
    #expect(try run(explaining: true) == plain)
  }
}
