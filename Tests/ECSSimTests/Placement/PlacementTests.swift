import Testing
@testable import ECSSim

@Suite struct PlacementTests {
  @Test func staticHostPortAllowsOneCopyPerInstanceAndReportsResourcePorts() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web") { $0.portMappings = [PortMapping(containerPort: 80, hostPort: 80)] }
    let sim = try w.build()
    let out = try #require(try sim.must("run-task --task-definition web --count 2"))
    let inst = sim.instances[0]
    #expect(sim.liveTasks.count == 1)
    #expect(out.serialized().contains("\"failures\":[{\"arn\":\"\(inst.arn)\",\"reason\":\"RESOURCE:PORTS\"}]"))
    // The static port is listed in remainingResources until the task stops.
    #expect(inst.staticTCP == [80])
    let json = Describer(sim).containerInstanceJSON(inst).serialized()
    #expect(json.contains("\"name\":\"PORTS\",\"stringSetValue\":[\"22\",\"2375\",\"2376\",\"51678\",\"51679\",\"80\"]"))
  }

  @Test func dynamicPortsComeFromTheRangeInOrderAndAreNotListed() throws {
    let w = WorldBuilder()
    w.instances(config: "ECS_DYNAMIC_HOST_PORT_RANGE=40000-40005\nECS_RESERVED_PORTS=[22,40001]")
      .taskDefinition("web") { $0.cpu = 10; $0.memory = 64; $0.portMappings = [PortMapping(containerPort: 8080)] }
    let sim = try w.build()
    try sim.must("run-task --task-definition web --count 5")
    sim.advance(to: .minutes(1))
    let ports = sim.tasks.map { $0.containers[0].networkBindings[0].hostPort }.sorted()
    #expect(ports == [40000, 40002, 40003, 40004, 40005])
    let out = try #require(try sim.must("run-task --task-definition web"))
    #expect(out.serialized().contains("RESOURCE:PORTS"))
    #expect(sim.instances[0].staticTCP.isEmpty)
  }

  @Test func resourceMemoryAndCPUFailuresNameTheClosestInstance() throws {
    let w = WorldBuilder()
    w.instances("t3.small").taskDefinition("big") { $0.cpu = 256; $0.memory = 100_000 }.taskDefinition("hungry") { $0.cpu = 8192; $0.memory = 128 }
    let sim = try w.build()
    let inst = sim.instances[0]
    let mem = try #require(try sim.must("run-task --task-definition big"))
    #expect(mem.serialized() == "{\"tasks\":[],\"failures\":[{\"arn\":\"\(inst.arn)\",\"reason\":\"RESOURCE:MEMORY\"}]}")
    let cpu = try #require(try sim.must("run-task --task-definition hungry"))
    #expect(cpu.serialized().contains("\"reason\":\"RESOURCE:CPU\""))
  }

  @Test func disconnectedAgentGetsNoPlacementsButKeepsItsTasks() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    try sim.must("disconnect-agent \(sim.instances[0].ec2InstanceId)")
    let out = try #require(try sim.must("run-task --task-definition web"))
    #expect(out.serialized().contains("\"reason\":\"AGENT\""))
    sim.advance(to: .minutes(5))
    #expect(sim.tasks[0].lastStatus == .running)
  }

  @Test func taskRoleNeedsTheCapabilityABareAgentDoesNotAdvertise() throws {
    let w = WorldBuilder()
    w.instances(ami: .bareAgent).taskDefinition("app", taskRole: true)
    let sim = try w.build()
    let out = try #require(try sim.must("run-task --task-definition app"))
    #expect(out.serialized().contains("\"reason\":\"ATTRIBUTE\""))
    #expect(sim.taskDefinition("app")!.requiresAttributes.contains("com.amazonaws.ecs.capability.task-iam-role"))
    #expect(!sim.instances[0].hasAttribute("com.amazonaws.ecs.capability.task-iam-role"))
  }

  @Test func ecsOptimizedAMIRunsATaskRoleAndTheVariableFixesABareAgent() throws {
    let w = WorldBuilder()
    w.instances(ami: .ecsOptimized).taskDefinition("app", taskRole: true)
    w.instances(ami: .bareAgent, config: "ECS_ENABLE_TASK_IAM_ROLE=true")
    let sim = try w.build()
    try sim.must("run-task --task-definition app --count 2 --placement-strategy type=spread,field=instanceId")
    #expect(Set(sim.liveTasks.map { $0.containerInstance!.ec2InstanceId }).count == 2)
  }

  @Test func spreadOverAvailabilityZonesBalancesTheGroup() throws {
    let w = WorldBuilder()
    w.instances(count: 6).taskDefinition("web") { $0.cpu = 16; $0.memory = 32 }
    let sim = try w.build()
    for _ in 0..<3 {
      try sim.must("run-task --task-definition web --count 10 --placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory")
    }
    let perAZ = sim.availabilityZones.map { az in sim.liveTasks.filter { $0.availabilityZone == az }.count }
    #expect(perAZ == [10, 10, 10])
    // binpack(memory) inside each AZ: one instance per AZ takes all ten.
    #expect(Set(sim.liveTasks.map { $0.containerInstance!.ec2InstanceId }).count == 3)
  }

  @Test func binpackFillsOneInstanceBeforeTheNext() throws {
    let w = WorldBuilder()
    w.instances(count: 3).taskDefinition("web") { $0.cpu = 512; $0.memory = 512 }
    let sim = try w.build()
    try sim.must("run-task --task-definition web --count 5 --placement-strategy type=binpack,field=cpu")
    let counts = sim.instances.map { i in sim.liveTasks.filter { $0.containerInstance === i }.count }.sorted()
    #expect(counts == [0, 1, 4])  // m5.large: 2048 CPU units = four 512-unit tasks
  }

  @Test func distinctInstanceNeverStacksTheGroup() throws {
    let w = WorldBuilder()
    w.instances(count: 2).taskDefinition("web")
    let sim = try w.build()
    let out = try #require(try sim.must("run-task --task-definition web --count 3 --placement-constraints type=distinctInstance --placement-strategy type=binpack,field=memory"))
    #expect(sim.liveTasks.count == 2)
    #expect(out.serialized().contains("DistinctInstance placement constraint unsatisfied."))
  }

  @Test func memberOfRestrictsToMatchingInstances() throws {
    let w = WorldBuilder()
    w.instances("m5.large").instances("c5.large").taskDefinition("web") { $0.cpu = 16; $0.memory = 32 }
    let sim = try w.build()
    try sim.must("run-task --task-definition web --count 4 --placement-constraints \"type=memberOf,expression=attribute:ecs.instance-type =~ c5.*\"")
    #expect(sim.liveTasks.allSatisfy { $0.containerInstance!.instanceType.name == "c5.large" })
    #expect(sim.liveTasks.count == 4)
  }

  @Test func runTaskCountAboveTenIsRejected() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    #expect(sim.failure("run-task --task-definition web --count 11") == "An error occurred (InvalidParameterException) when calling the RunTask operation: Invalid count: 11. The count must be between 1 and 10.")
    #expect(sim.tasks.isEmpty)
  }

  @Test func drainingInstanceTakesNoNewTasksButKeepsStandaloneOnes() throws {
    let w = WorldBuilder()
    w.instances(count: 1).taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    let id = sim.instances[0].id.hex
    try sim.must("update-container-instances-state --container-instances \(id) --status DRAINING")
    #expect(sim.instances[0].status == .draining)
    #expect(sim.clusters["default"]!.registeredContainerInstancesCount == 1)
    #expect(sim.failure("run-task --task-definition web") == "An error occurred (InvalidParameterException) when calling the RunTask operation: No Container Instances were found in your cluster.")
    sim.advance(to: .minutes(5))
    #expect(sim.tasks[0].lastStatus == .running)
    #expect(sim.instances[0].status == .draining)
  }

  @Test func unknownClusterIsClusterNotFound() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    #expect(sim.failure("run-task --cluster prod --task-definition web") == "An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found.")
  }

  @Test func familyResolvesToTheLatestActiveRevision() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web").taskDefinition("web") { $0.cpu = 128 }
    let sim = try w.build()
    try sim.must("deregister-task-definition --task-definition web:2")
    try sim.must("run-task --task-definition web")
    #expect(sim.tasks[0].revision == 1)
    #expect(sim.failure("run-task --task-definition web:2") == "An error occurred (ClientException) when calling the RunTask operation: TaskDefinition is inactive")
  }
}

@Suite struct ReservedPortCapTests {
  @Test func staticPortsCountTowardTheHundredReservedPortsButDynamicOnesDoNot() throws {
    let w = WorldBuilder()
    w.instances()
      .taskDefinition("a") { c in c.cpu = 10; c.memory = 64; c.portMappings = (0..<50).map { PortMapping(containerPort: 1000 + $0, hostPort: 1000 + $0) } }
      .taskDefinition("b") { c in c.cpu = 10; c.memory = 64; c.portMappings = (0..<50).map { PortMapping(containerPort: 2000 + $0, hostPort: 2000 + $0) } }
      .taskDefinition("dyn") { c in c.cpu = 10; c.memory = 64; c.portMappings = (0..<60).map { PortMapping(containerPort: 3000 + $0) } }
    let sim = try w.build()
    try sim.must("run-task --task-definition a")
    #expect(sim.instances[0].reservedPortCount == 55)  // 5 agent defaults + 50 static
    let b = try #require(try sim.must("run-task --task-definition b"))
    #expect(b.serialized().contains("\"reason\":\"RESOURCE:PORTS\""))
    try sim.must("run-task --task-definition dyn")
    #expect(sim.liveTasks.count == 2)
    #expect(sim.instances[0].reservedPortCount == 55)
  }
}
