import Testing
@testable import ECSSim

/// ECR, IAM and EC2 verbs, and the simulator's own: images, agents and the clock.
@Suite struct CommandParserSimTests {
  private func launch(_ line: String) throws -> LaunchInstancesRequest {
    try command(line) { if case .launchInstances(let r) = $0 { r } else { nil } }
  }

  private func pushed(_ line: String) throws -> PushImageRequest {
    try command(line) { if case .pushImage(let r) = $0 { r } else { nil } }
  }

  // MARK: - ECR and IAM

  @Test func ecrVerbs() throws {
    #expect(try parse("aws ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE") ==
            .createRepository(CreateRepositoryRequest(name: "web", mutability: "IMMUTABLE")))
    #expect(try parse("delete-repository --repository-name web --force") ==
            .deleteRepository(DeleteRepositoryRequest(name: "web", force: true)))
    #expect(try parse("delete-repository web") == .deleteRepository(DeleteRepositoryRequest(name: "web", force: false)))
    #expect(try parse("aws ecr batch-delete-image --repository-name web --image-ids imageTag=1.0 imageTag=1.1") ==
            .batchDeleteImage(BatchDeleteImageRequest(repository: "web", tags: ["1.0", "1.1"])))
    #expect(try parse("describe-images --repository-name web") == .describeImages(repository: "web"))
  }

  @Test func createRole() throws {
    #expect(try parse("aws iam create-role --role-name webTask --trusted-service ecs.amazonaws.com --actions s3:GetObject logs:PutLogEvents --managed-policies AmazonECSTaskExecutionRolePolicy") ==
            .createRole(CreateRoleRequest(
              name: "webTask", trustedService: "ecs.amazonaws.com", actions: ["s3:GetObject", "logs:PutLogEvents"],
              managedPolicies: ["AmazonECSTaskExecutionRolePolicy"])))
    #expect(try parse("create-role webTask") ==
            .createRole(CreateRoleRequest(name: "webTask", trustedService: "ecs-tasks.amazonaws.com", actions: [], managedPolicies: [])))
  }

  // MARK: - push-image

  @Test func pushImageEveryFlag() throws {
    var expected = ImageBehaviorOverrides()
    expected.startupTime = .seconds(20)
    expected.exitAfter = .seconds(45)
    expected.exitCode = 1
    expected.shutdownTime = .seconds(5)
    expected.healthy = false
    #expect(try parse("push-image web:1.6.0 --size 120MB --startup-time 20s --exit-after 45s --exit-code 1 --shutdown-time 5s --unhealthy") ==
            .pushImage(PushImageRequest(repository: "web", tag: "1.6.0", sizeMB: 120, behavior: expected)))
  }

  @Test func pushImageForms() throws {
    #expect(try pushed("push web") == PushImageRequest(repository: "web", tag: "latest", sizeMB: nil, behavior: ImageBehaviorOverrides()))
    #expect(try pushed("push-image --repository-name web --image-tag 2.0 --size 80") ==
            PushImageRequest(repository: "web", tag: "2.0", sizeMB: 80))
    let registry = try pushed("push registry.local:5000/team/web:3")
    #expect(registry.repository == "registry.local:5000/team/web" && registry.tag == "3")
    #expect(try pushed("push web --size 1.5GB").sizeMB == 1536)
    #expect(try pushed("push web --no-unhealthy").behavior.healthy == true)
  }

  @Test func pushImageErrors() {
    #expect(failure("push-image") ==
            CommandError("push-image: missing required option --repository-name (or REPO:TAG)", column: 1))
    #expect(failure("push web:1 --repository-name api") ==
            CommandError("push: give the image as REPO:TAG or with --repository-name, not both", column: 6))
    #expect(failure("push web:1 --image-tag 2") ==
            CommandError("push: the tag is given both in 'web:1' and by --image-tag", column: 6))
    #expect(failure("push web:") == CommandError("push: expected REPO:TAG, got 'web:'", column: 6))
    #expect(failure("push web --size big") ==
            CommandError("push: --size expects a size such as 120MB or 1.5GB, got 'big'", column: 17))
    #expect(failure("push web --startup-time soon") ==
            CommandError("push: --startup-time expects a duration such as 30s, 5m or 1h, got 'soon'", column: 25))
    #expect(failure("push web --image web:2") ==
            CommandError("push: unknown option '--image'; expected one of --repository-name, --image-tag, --size, "
                         + "--startup-time, --exit-after, --exit-code, --shutdown-time, --unhealthy", column: 10))
  }

  // MARK: - EC2 instances

  @Test func launchInstancesEveryFlag() throws {
    var expected = LaunchInstancesRequest(instanceType: "m5.large")
    expected.count = 3
    expected.availabilityZones = ["us-east-1a", "us-east-1b"]
    expected.purchaseOption = .spot
    expected.ami = .bareAgent
    expected.iamRole = "myRole"
    expected.securityGroups = ["sg-1", "sg-2"]
    expected.ecsConfig = "ECS_CLUSTER=prod\nECS_ENABLE_TASK_IAM_ROLE=true"
    #expect(try parse(
      "launch-instances --instance-type m5.large --count 3 --availability-zones us-east-1a us-east-1b "
        + "--purchase-option Spot --ami bare-agent --iam-role myRole --security-groups sg-1 sg-2 "
        + #"--ecs-config "ECS_CLUSTER=prod\nECS_ENABLE_TASK_IAM_ROLE=true""#)
      == .launchInstances(expected))
  }

  @Test func launchAliasPositionalsAndDefaults() throws {
    var expected = LaunchInstancesRequest(instanceType: "m5.large")
    expected.count = 3
    #expect(try launch("launch m5.large 3") == expected)
    let r = try launch("launch m5.large 3")
    #expect(r.availabilityZones == [] && r.purchaseOption == .onDemand && r.ami == .ecsOptimized)
    #expect(r.iamRole == "ecsInstanceRole" && r.securityGroups == [] && r.ecsConfig == "")
    #expect(try launch("launch t3.micro --spot").purchaseOption == .spot)
    #expect(try launch("launch t3.micro --purchase-option reserved").purchaseOption == .reserved)
    #expect(try launch("launch t3.micro --iam-role none").iamRole == nil)
    #expect(try launch("launch t3.micro --iam-role ''").iamRole == nil)
  }

  @Test func launchInstancesErrors() {
    #expect(failure("launch t3.micro --ami ecs-optimised") ==
            CommandError("launch: --ami expects one of ecs-optimized, bare-agent, got 'ecs-optimised'; did you mean 'ecs-optimized'?", column: 23))
    #expect(failure("launch t3.micro --spot --purchase-option On-Demand") ==
            CommandError("launch: --spot contradicts --purchase-option On-Demand", column: 17))
    #expect(failure("launch-instances --count 2") ==
            CommandError("launch-instances: missing required option --instance-type", column: 1))
  }

  @Test func terminateAndAgentVerbs() throws {
    for line in ["aws ec2 terminate-instances --instance-ids i-1 i-2", "terminate i-1 i-2", "terminate-instances i-1 i-2"] {
      #expect(try parse(line) == .terminateInstances(["i-1", "i-2"]), "\(line)")
    }
    #expect(try parse("disconnect-agent i-1") == .disconnectAgent("i-1"))
    #expect(try parse("disconnect-agent --instance-id i-2") == .disconnectAgent("i-2"))
    #expect(try parse("reconnect-agent i-1") == .reconnectAgent("i-1"))
  }

  // MARK: - The clock

  @Test func advanceAndAliases() throws {
    #expect(try parse("advance 30s") == .advance(.seconds(30)))
    #expect(try parse("advance --by 1h30m") == .advance(.minutes(90)))
    #expect(try parse("wait 5m") == .advance(.minutes(5)))
    #expect(try parse("adv 250ms") == .advance(.ms(250)))
    #expect(try parse("advance 90") == .advance(.seconds(90)))
  }

  @Test func advanceTo() throws {
    #expect(try parse("advance-to 00:05:00") == .advanceTo(.minutes(5)))
    #expect(try parse("advance-to 01:02:03.5") == .advanceTo(.ms(3_723_500)))
    #expect(try parse("advance-to 05:30") == .advanceTo(.seconds(330)))
    #expect(try parse("advance-to --time 10m") == .advanceTo(.minutes(10)))
    #expect(failure("advance-to 5:xx") ==
            CommandError("advance-to: --time expects a time such as 00:05:00, 05:00 or 5m, got '5:xx'", column: 12))
  }
}
