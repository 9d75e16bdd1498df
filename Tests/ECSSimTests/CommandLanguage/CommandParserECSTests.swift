import Testing
@testable import ECSSim

/// The ECS verbs about tasks, task definitions, clusters and container instances, and the
/// read-only describe/list verbs. Services are in `CommandParserServiceTests`.
@Suite struct CommandParserECSTests {
  private func runTask(_ line: String) throws -> RunTaskRequest {
    try command(line) { if case .runTask(let r) = $0 { r } else { nil } }
  }

  // MARK: - run-task

  @Test func runTaskEveryFlag() throws {
    var expected = RunTaskRequest(taskDefinition: "web:3")
    expected.cluster = "prod"
    expected.count = 4
    expected.launchType = "EC2"
    expected.capacityProviderStrategy = [
      CapacityProviderStrategyInput(capacityProvider: "FARGATE_SPOT", weight: 1, base: 0),
      CapacityProviderStrategyInput(capacityProvider: "FARGATE", weight: 3, base: 0),
    ]
    expected.placementStrategy = [
      PlacementStrategyInput(type: "spread", field: "attribute:ecs.availability-zone"),
      PlacementStrategyInput(type: "binpack", field: "memory"),
    ]
    expected.placementConstraints = [
      PlacementConstraintInput(type: "memberOf", expression: "attribute:ecs.instance-type =~ t3.*"),
      PlacementConstraintInput(type: "distinctInstance", expression: nil),
    ]
    expected.group = "service:web"
    expected.startedBy = "ci"
    expected.subnets = ["subnet-1", "subnet-2"]
    expected.securityGroups = ["sg-1"]
    expected.assignPublicIp = true
    #expect(try parse(
      "run-task --cluster prod --task-definition web:3 --count 4 --launch-type EC2 "
        + "--capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1,base=0 capacityProvider=FARGATE,weight=3 "
        + "--placement-strategy type=spread,field=attribute:ecs.availability-zone type=binpack,field=memory "
        + #"--placement-constraints type=memberOf,expression="attribute:ecs.instance-type =~ t3.*" type=distinctInstance "#
        + "--group service:web --started-by ci "
        + #"--network-configuration "awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}""#)
      == .runTask(expected))
  }

  @Test func runTaskDefaults() throws {
    let r = try runTask("run-task --task-definition web")
    #expect(r.cluster == nil)
    #expect(r.count == 1)
    #expect(r.launchType == nil)
    #expect(r.capacityProviderStrategy.isEmpty && r.placementStrategy.isEmpty && r.placementConstraints.isEmpty)
    #expect(r.group == nil && r.startedBy == nil)
    #expect(r.subnets.isEmpty && r.securityGroups.isEmpty && r.assignPublicIp == false)
    #expect(r == RunTaskRequest(taskDefinition: "web"))
  }

  @Test func runAliasWithPositionalTaskDefinitionAndCount() throws {
    let r = try runTask("run web:3 2")
    #expect(r.taskDefinition == "web:3")
    #expect(r.count == 2)
    let s = try runTask("run --cluster prod web")
    #expect(s.taskDefinition == "web" && s.count == 1 && s.cluster == "prod")
    // A slot given as a flag is skipped: the bare word fills the next one.
    let t = try runTask("run --task-definition web 5")
    #expect(t.taskDefinition == "web" && t.count == 5)
  }

  // MARK: - stop-task

  @Test func stopTaskAndAlias() throws {
    #expect(try parse("aws ecs stop-task --cluster prod --task 0123abcd --reason \"scaling in\"") ==
            .stopTask(StopTaskRequest(cluster: "prod", task: "0123abcd", reason: "scaling in")))
    #expect(try parse("stop 0123abcd") == .stopTask(StopTaskRequest(task: "0123abcd")))
  }

  // MARK: - Task definitions

  @Test func registerTaskDefinitionFlagsBecomeTheAPIShape() throws {
    let args = try #require(try CommandParser.arguments(
      "register-task-definition --family web --container-definitions '[]' --network-mode awsvpc "
        + "--requires-compatibilities EC2 FARGATE --cpu \"1 vCPU\" --memory 2GB --task-role-arn arn:task "
        + "--execution-role-arn arn:exec --placement-constraints type=memberOf,expression=\"attribute:ecs.os-type == linux\""))
    let node = try ECSVerbs.RegisterTaskDefinition.inputNode(args)
    guard case .mapping(let pairs) = node.kind else { Issue.record("not a mapping"); return }
    #expect(pairs.map { $0.key.scalar } == [
      "family", "networkMode", "cpu", "memory", "taskRoleArn", "executionRoleArn", "containerDefinitions",
      "requiresCompatibilities", "placementConstraints",
    ])
    #expect(node["family"]?.scalar == "web")
    #expect(node["networkMode"]?.scalar == "awsvpc")
    #expect(node["cpu"]?.scalar == "1 vCPU")
    #expect(node["memory"]?.scalar == "2GB")
    #expect(node["taskRoleArn"]?.scalar == "arn:task")
    #expect(node["executionRoleArn"]?.scalar == "arn:exec")
    guard case .sequence(let compat)? = node["requiresCompatibilities"]?.kind else { Issue.record("no list"); return }
    #expect(compat.map(\.scalar) == ["EC2", "FARGATE"])
    guard case .sequence(let constraints)? = node["placementConstraints"]?.kind else { Issue.record("no list"); return }
    #expect(constraints.count == 1)
    #expect(constraints[0]["type"]?.scalar == "memberOf")
    #expect(constraints[0]["expression"]?.scalar == "attribute:ecs.os-type == linux")
    // The flag's column is where the key points, so decoder errors land on the flag.
    #expect(pairs[0].key.location == SourceLocation(line: 1, column: 26))
    #expect(node["family"]?.location == SourceLocation(line: 1, column: 35))
  }

  @Test func registerTaskDefinitionNeedsFamilyAndContainersWithoutInputJSON() {
    #expect(failure("register-task-definition --container-definitions '[]'") ==
            CommandError("register-task-definition: missing required option --family", column: 1))
    #expect(failure("register-task-definition --family web") ==
            CommandError("register-task-definition: missing required option --container-definitions", column: 1))
  }

  @Test func deregisterTaskDefinition() throws {
    #expect(try parse("deregister-task-definition --task-definition web:2") == .deregisterTaskDefinition("web:2"))
    #expect(try parse("deregister-task-definition web:3") == .deregisterTaskDefinition("web:3"))
  }

  // MARK: - Container instances and clusters

  @Test func updateContainerInstancesStateAndDrainActivateAliases() throws {
    #expect(try parse("aws ecs update-container-instances-state --cluster prod --container-instances id1 id2 --status DRAINING") ==
            .updateContainerInstancesState(UpdateContainerInstancesStateRequest(
              cluster: "prod", containerInstances: ["id1", "id2"], status: "DRAINING")))
    #expect(try parse("drain id1 id2 id3") ==
            .updateContainerInstancesState(UpdateContainerInstancesStateRequest(
              containerInstances: ["id1", "id2", "id3"], status: "DRAINING")))
    #expect(try parse("activate --cluster prod id1") ==
            .updateContainerInstancesState(UpdateContainerInstancesStateRequest(
              cluster: "prod", containerInstances: ["id1"], status: "ACTIVE")))
  }

  @Test func aliasPresetFlagsCannotBeGivenAgain() {
    #expect(failure("drain id1 --status ACTIVE") ==
            CommandError("drain: unknown option '--status'; expected one of --cluster, --container-instances", column: 11))
  }

  @Test func deregisterContainerInstance() throws {
    #expect(try parse("deregister-container-instance --cluster prod --container-instance abc --force") ==
            .deregisterContainerInstance(DeregisterContainerInstanceRequest(cluster: "prod", containerInstance: "abc", force: true)))
    #expect(try parse("deregister-container-instance abc") ==
            .deregisterContainerInstance(DeregisterContainerInstanceRequest(containerInstance: "abc", force: false)))
    #expect(try parse("deregister-container-instance abc --no-force") ==
            .deregisterContainerInstance(DeregisterContainerInstanceRequest(containerInstance: "abc", force: false)))
  }

  @Test func createAndDeleteCluster() throws {
    #expect(try parse("create-cluster") == .createCluster("default"))
    #expect(try parse("create-cluster --cluster-name prod") == .createCluster("prod"))
    #expect(try parse("create-cluster staging") == .createCluster("staging"))
    #expect(try parse("delete-cluster --cluster prod") == .deleteCluster("prod"))
    #expect(try parse("delete-cluster prod") == .deleteCluster("prod"))
  }

  @Test func putAttributesShorthand() throws {
    #expect(try parse("put-attributes --cluster prod --attributes name=stack,value=prod,targetId=ci-1 name=team,targetId=ci-1") ==
            .putAttributes(PutAttributesRequest(
              cluster: "prod", targetId: "ci-1",
              attributes: [AttributeInput(name: "stack", value: "prod"), AttributeInput(name: "team", value: nil)])))
  }

  @Test func putAttributesTargetErrors() {
    #expect(failure("put-attributes --attributes name=stack,value=prod") ==
            CommandError("put-attributes: --attributes needs targetId=CONTAINER_INSTANCE", column: 16))
    #expect(failure("put-attributes --attributes name=a,targetId=x name=b,targetId=y") ==
            CommandError("put-attributes: every attribute must have the same targetId ('x', then 'y')", column: 63))
  }

  // MARK: - Read-only verbs

  @Test func readOnlyECSVerbs() throws {
    #expect(try parse("describe-clusters --clusters default prod") == .describeClusters(["default", "prod"]))
    #expect(try parse("describe-clusters") == .describeClusters([]))
    #expect(try parse("aws ecs list-clusters") == .listClusters)

    #expect(try parse("describe-container-instances --cluster prod --container-instances a b") ==
            .describeContainerInstances(DescribeContainerInstancesRequest(cluster: "prod", containerInstances: ["a", "b"])))

    #expect(try parse(#"list-container-instances --cluster prod --filter "attribute:ecs.instance-type == t3.medium" --status DRAINING"#) ==
            .listContainerInstances(ListContainerInstancesRequest(
              cluster: "prod", filter: "attribute:ecs.instance-type == t3.medium", status: "DRAINING")))
    #expect(try parse("list-container-instances") == .listContainerInstances(ListContainerInstancesRequest()))

    for line in ["describe-tasks --cluster prod --tasks t1 t2", "describe-task --cluster prod t1 t2"] {
      #expect(try parse(line) == .describeTasks(DescribeTasksRequest(cluster: "prod", tasks: ["t1", "t2"])), "\(line)")
    }

    #expect(try parse("list-tasks --cluster prod --family web --container-instance ci-1 --started-by ci --desired-status STOPPED --launch-type EC2") ==
            .listTasks(ListTasksRequest(
              cluster: "prod", family: "web", containerInstance: "ci-1", startedBy: "ci", desiredStatus: "STOPPED",
              launchType: "EC2")))
    #expect(try parse("list-tasks") == .listTasks(ListTasksRequest()))

    #expect(try parse("describe-task-definition --task-definition web:3") == .describeTaskDefinition("web:3"))
    #expect(try parse("describe-task-definition web") == .describeTaskDefinition("web"))
    #expect(try parse("list-task-definitions --family-prefix we --status INACTIVE") ==
            .listTaskDefinitions(ListTaskDefinitionsRequest(familyPrefix: "we", status: "INACTIVE")))
  }
}
