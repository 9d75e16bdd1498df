import Testing
@testable import ECSSim

@Suite struct TaskLifecycleTests {
  @Test func bridgeTaskGoesPendingThenRunningWithBindingsOnlyOnceRunning() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web") { $0.portMappings = [PortMapping(containerPort: 8080, hostPort: 0)] }
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    let task = try #require(sim.tasks.first)
    #expect(task.lastStatus == .pending)
    #expect(task.desiredStatus == .running)
    #expect(task.group == "family:web")
    #expect(task.containers[0].networkBindings.isEmpty)
    sim.advance(to: .seconds(60))
    #expect(task.lastStatus == .running)
    #expect(task.startedAt != nil && task.pullStartedAt != nil && task.pullStoppedAt != nil)
    #expect(task.pullStartedAt! < task.pullStoppedAt! && task.pullStoppedAt! < task.startedAt!)
    let binding = try #require(task.containers[0].networkBindings.first)
    #expect(binding.containerPort == 8080)
    #expect((32768...60999).contains(binding.hostPort))
    #expect(sim.invariantViolations.isEmpty)
  }

  @Test func stopTaskGivesUserInitiatedAndDefaultReason() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .seconds(60))
    let task = try #require(sim.tasks.first)
    try sim.must("stop-task --task \(task.id.hex)")
    // desiredStatus flips first; lastStatus follows when the agent acts.
    #expect(task.desiredStatus == .stopped)
    #expect(task.lastStatus == .running)
    #expect(task.stopCode == .userInitiated)
    #expect(task.stoppedReason == "Task stopped by user")
    sim.advance(to: .seconds(62))
    #expect(task.lastStatus == .stopping || task.lastStatus == .stopped)
    sim.advance(to: .seconds(70))
    #expect(task.lastStatus == .stopped)
    #expect(task.containers[0].exitCode == 0)
    #expect(sim.clusters["default"]!.runningTasksCount == 0)
  }

  @Test func stopTaskWithReasonKeepsIt() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    let task = try #require(sim.tasks.first)
    try sim.must("stop-task --task \(task.arn) --reason \"rolling back\"")
    #expect(task.stoppedReason == "rolling back")
  }

  @Test func containerIgnoringSIGTERMIsKilledAtTheStopTimeout() throws {
    let w = WorldBuilder()
    w.instances(config: "ECS_CONTAINER_STOP_TIMEOUT=10s").taskDefinition("web") {
      $0.dockerLabels = [KeyValuePair(name: "ecsim.shutdown-time", value: "5m")]
    }
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .seconds(60))
    let task = try #require(sim.tasks.first)
    try sim.must("stop-task --task \(task.id.hex)")
    sim.advance(to: .seconds(65))
    #expect(task.lastStatus == .stopping)
    sim.advance(to: .seconds(75))
    #expect(task.lastStatus == .stopped)
    #expect(task.containers[0].exitCode == 137)
    let stopping = try #require(task.stoppingAt), executionStopped = try #require(task.executionStoppedAt)
    // SIGTERM reaches the container within ~1.2 s of StopTask; SIGKILL exactly 10 s later.
    #expect(executionStopped - stopping >= .seconds(10) && executionStopped - stopping <= .ms(11_200))
  }

  @Test func essentialContainerExitStopsTheTask() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("batch") {
      $0.dockerLabels = [KeyValuePair(name: "ecsim.exit-after", value: "30s"), KeyValuePair(name: "ecsim.exit-code", value: "3")]
    }
    let sim = try w.build()
    try sim.must("run-task --task-definition batch")
    sim.advance(to: .minutes(2))
    let task = try #require(sim.tasks.first)
    #expect(task.lastStatus == .stopped)
    #expect(task.stopCode == .essentialContainerExited)
    #expect(task.stoppedReason == "Essential container in task exited")
    #expect(task.containers[0].exitCode == 3)
  }

  @Test func nonEssentialContainerExitDoesNotStopTheTask() throws {
    let w = WorldBuilder()
    var app = ContainerDefinition(name: "app", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0")
    app.memory = 256
    var sidecar = ContainerDefinition(name: "init", image: "busybox:1.36")
    sidecar.memory = 64
    sidecar.essential = false
    sidecar.dockerLabels = [KeyValuePair(name: "ecsim.exit-after", value: "5s")]
    w.instances()
    w.spec.taskDefinitions.append(RegisterTaskDefinitionInput(family: "pair", containerDefinitions: [app, sidecar]))
    let sim = try w.build()
    try sim.must("run-task --task-definition pair")
    sim.advance(to: .minutes(2))
    let task = try #require(sim.tasks.first)
    #expect(task.lastStatus == .running)
    #expect(task.containers[1].lastStatus == .stopped)
    #expect(task.containers[1].exitCode == 0)
  }

  @Test func stoppedTasksStayVisibleForOneHourThenDisappear() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    let task = try #require(sim.tasks.first)
    try sim.must("stop-task --task \(task.id.hex)")
    sim.advance(to: .seconds(30))
    let stoppedAt = try #require(task.stoppedAt)
    sim.advance(to: stoppedAt + .minutes(59))
    #expect(sim.task(id: task.id) != nil)
    sim.advance(to: stoppedAt + .hours(1))
    #expect(sim.task(id: task.id) == nil)
    #expect(sim.drainEvents().contains { $0.kind == .taskExpired })
  }

  @Test func awsvpcTaskOnEC2ProvisionsAnENIThenDeprovisions() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("api", mode: .awsvpc)
    let sim = try w.build()
    try sim.must("run-task --task-definition api --network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718]}")
    let task = try #require(sim.tasks.first)
    #expect(task.lastStatus == .provisioning)
    #expect(task.eni?.status == "PRECREATED")
    sim.advance(to: .seconds(60))
    #expect(task.lastStatus == .running)
    #expect(task.eni?.status == "ATTACHED")
    #expect(task.eni!.privateIPv4Address.hasPrefix("10.0."))
    try sim.must("stop-task --task \(task.id.hex)")
    var saw: [TaskStatus] = []
    for s in 1...20 {
      sim.advance(to: .seconds(60 + Int64(s)))
      if saw.last != task.lastStatus { saw.append(task.lastStatus) }
    }
    #expect(saw.contains(.deprovisioning))
    #expect(task.lastStatus == .stopped)
    #expect(task.eni?.status == "DELETED")
  }

  @Test func runTaskWithoutNetworkConfigurationForAwsvpcIsRejected() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("api", mode: .awsvpc)
    let sim = try w.build()
    #expect(sim.failure("run-task --task-definition api") == "An error occurred (InvalidParameterException) when calling the RunTask operation: Network Configuration must be provided when networkMode 'awsvpc' is specified.")
    #expect(sim.tasks.isEmpty)
  }

  @Test func fargateTaskHasNoInstanceAndAnENIInASubnet() throws {
    let w = WorldBuilder()
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    let sim = try w.build()
    try sim.must("run-task --task-definition api --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718,subnet-0a1b2c3d4e5f60719],assignPublicIp=ENABLED}")
    let task = try #require(sim.tasks.first)
    #expect(task.containerInstance == nil && task.containerInstanceArn == nil)
    #expect(task.launchType == .fargate)
    #expect(task.platformVersion == "1.4.0")
    #expect(task.lastStatus == .provisioning)
    sim.advance(to: .minutes(1))
    #expect(task.lastStatus == .running)
    let c = sim.clusters["default"]!
    #expect(c.runningTasksCount == 1)
    #expect(c.registeredContainerInstancesCount == 0)
  }

  @Test func fargateRejectsATaskDefinitionThatIsNotFargateCompatible() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    #expect(sim.failure("run-task --task-definition web --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718]}")
      == "An error occurred (InvalidParameterException) when calling the RunTask operation: Task definition does not support launch_type FARGATE.")
  }

  @Test func containerHealthCheckMakesTheTaskHealthy() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web") {
      $0.healthCheck = HealthCheck(command: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], interval: 10)
      $0.dockerLabels = [KeyValuePair(name: "ecsim.startup-time", value: "25s")]
    }
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .seconds(20))
    let task = try #require(sim.tasks.first)
    #expect(task.healthStatus == .unknown)
    sim.advance(to: .minutes(2))
    #expect(task.healthStatus == .healthy)
  }

  @Test func unhealthyReleaseMakesAStandaloneTaskUnhealthyButKeepsItRunning() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web") {
      $0.healthCheck = HealthCheck(command: ["CMD-SHELL", "exit 1"], interval: 10, retries: 3)
      $0.dockerLabels = [KeyValuePair(name: "ecsim.healthy", value: "false")]
    }
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(2))
    let task = try #require(sim.tasks.first)
    #expect(task.healthStatus == .unhealthy)
    #expect(task.lastStatus == .running)
  }
}
