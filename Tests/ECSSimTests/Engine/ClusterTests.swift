import Testing
@testable import ECSSim

@Suite struct ClusterTests {
  @Test func countersFollowECSDefinitions() throws {
    let w = WorldBuilder()
    w.instances(count: 2).taskDefinition("web")
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    let sim = try w.build()
    let c = sim.clusters["default"]!
    #expect(c.registeredContainerInstancesCount == 2)
    try sim.must("run-task --task-definition web --count 3")
    #expect(c.pendingTasksCount == 3)
    #expect(c.runningTasksCount == 0)
    try sim.must("run-task --task-definition api --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}")
    // A PROVISIONING Fargate task is not PENDING.
    #expect(c.pendingTasksCount == 3)
    sim.advance(to: .minutes(1))
    #expect(c.runningTasksCount == 4)
    #expect(c.pendingTasksCount == 0)
    try sim.must("drain \(sim.instances[0].id.hex)")
    #expect(c.registeredContainerInstancesCount == 2)
    try sim.must("terminate-instances --instance-ids \(sim.instances[1].ec2InstanceId)")
    #expect(c.registeredContainerInstancesCount == 1)
  }

  @Test func terminatedHostStopsItsTasksWithTheHostReason() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    let id = sim.instances[0].ec2InstanceId
    try sim.must("terminate \(id)")
    sim.advance(to: .minutes(2))
    #expect(sim.tasks[0].lastStatus == .stopped)
    #expect(sim.tasks[0].stoppedReason == "Host EC2 (instance \(id)) stopped/terminated")
    #expect(sim.instances[0].status == .inactive)
    #expect(sim.instances[0].agentConnected == false)
  }

  @Test func agentConfigNamingAMissingClusterFailsRegistration() throws {
    let sim = try WorldBuilder().build()
    try sim.must("launch-instances --instance-type m5.large --ecs-config ECS_CLUSTER=prod")
    sim.advance(to: .minutes(2))
    #expect(sim.instances.isEmpty)
    let failed = sim.drainEvents().first { $0.kind == .containerInstanceRegistrationFailed }
    #expect(failed?.message == "Unable to register as a container instance with ECS: ClusterNotFoundException: Cluster not found.")
  }

  @Test func launchedInstanceRegistersAfterBoot() throws {
    let sim = try WorldBuilder().build()
    try sim.must("launch-instances --instance-type c5.xlarge --count 2 --availability-zones us-east-1b")
    #expect(sim.instances.isEmpty)
    sim.advance(to: .minutes(1))
    #expect(sim.instances.count == 2)
    #expect(sim.instances.allSatisfy { $0.availabilityZone == "us-east-1b" && $0.registeredCPU == 4096 })
    #expect(sim.instances[0].attribute("ecs.instance-type") == .some("c5.xlarge"))
  }

  @Test func reservedMemoryIsSubtractedFromRegisteredMemory() throws {
    let w = WorldBuilder()
    w.instances(count: 1).instances(count: 1, config: "ECS_RESERVED_MEMORY=256")
    let sim = try w.build()
    #expect(sim.instances[0].registeredMemory - sim.instances[1].registeredMemory == 256)
    #expect(sim.instances[0].registeredMemory < 8192)
  }

  @Test func deleteClusterPreconditions() throws {
    let w = WorldBuilder()
    w.instances()
    let sim = try w.build()
    #expect(sim.failure("delete-cluster --cluster default") == "An error occurred (ClusterContainsContainerInstancesException) when calling the DeleteCluster operation: The Cluster cannot be deleted while Container Instances are active or draining.")
    try sim.must("create-cluster --cluster-name empty")
    try sim.must("delete-cluster --cluster empty")
    #expect(sim.failure("describe-clusters --clusters empty") == nil)
  }

  @Test func deregisterWithTasksNeedsForce() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    let id = sim.instances[0].id.hex
    #expect(sim.failure("deregister-container-instance --container-instance \(id)") == "An error occurred (InvalidParameterException) when calling the DeregisterContainerInstance operation: Found running tasks on the instance.")
    try sim.must("deregister-container-instance --container-instance \(id) --force")
    #expect(sim.instances[0].status == .inactive)
    #expect(sim.clusters["default"]!.registeredContainerInstancesCount == 0)
  }

  @Test func badCommandLeavesTheWorldUnchanged() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web")
    let sim = try w.build()
    let before = Describer(sim).stateJSON().serialized()
    #expect(sim.failure("run-task --task-definition web --count two") != nil)
    #expect(sim.failure("rn-task --task-definition web") == "column 1: unknown command 'rn-task'; did you mean 'run-task'?")
    #expect(sim.failure("run-task --task-definition nope") == "An error occurred (ClientException) when calling the RunTask operation: TaskDefinition not found.")
    #expect(Describer(sim).stateJSON().serialized() == before)
  }
}
