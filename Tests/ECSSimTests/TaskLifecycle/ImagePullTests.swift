import Testing
@testable import ECSSim

@Suite struct ImagePullTests {
  @Test func immutableRepositoryRefusesAnExistingTag() throws {
    let sim = try WorldBuilder().build()
    try sim.must("create-repository --repository-name api --image-tag-mutability IMMUTABLE")
    try sim.must("push-image api:1.0")
    #expect(sim.failure("push-image api:1.0") == "An error occurred (ImageTagAlreadyExistsException) when calling the PutImage operation: The image tag '1.0' already exists in the 'api' repository and cannot be overwritten because the repository is immutable.")
    #expect(sim.repositories["api"]!.images.count == 1)
  }

  @Test func mutableRepositoryMovesTheTag() throws {
    let sim = try WorldBuilder().build()
    let before = sim.repositories["web"]!.image(tag: "1.0")!.digest
    try sim.must("push-image web:1.0 --size 120MB")
    let repo = sim.repositories["web"]!
    #expect(repo.images.count == 2)
    #expect(repo.image(tag: "1.0")!.digest != before)
    #expect(repo.image(digest: before)!.tags.isEmpty)
  }

  @Test func missingTagFailsTheTaskWithCannotPullContainerError() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web") { $0.image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:9.9" }
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    let task = try #require(sim.tasks.first)
    #expect(task.lastStatus == .stopped)
    #expect(task.startedAt == nil)
    #expect(task.stopCode == .taskFailedToStart)
    #expect(task.stoppedReason == "CannotPullContainerError: Error response from daemon: manifest for 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:9.9 not found: manifest unknown: Requested image not found")
    #expect(task.containers[0].reason == task.stoppedReason)
  }

  @Test func missingRepositoryIsPullAccessDenied() throws {
    let w = WorldBuilder()
    w.instances().taskDefinition("web") { $0.image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/nope:1" }
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    #expect(sim.tasks[0].stoppedReason == "CannotPullContainerError: Error response from daemon: pull access denied for 123456789012.dkr.ecr.us-east-1.amazonaws.com/nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied")
  }

  @Test func instanceRoleWithoutECRPermissionCannotPull() throws {
    let w = WorldBuilder()
    w.spec.roles[0].managedPolicies = []
    w.spec.roles[0].actions = ["ecs:*"]
    w.instances().taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    let reason = try #require(sim.tasks[0].stoppedReason)
    #expect(reason.hasPrefix("CannotPullContainerError: Error response from daemon: Head \"https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/web/manifests/1.0\": denied: User: arn:aws:sts::123456789012:assumed-role/ecsInstanceRole/i-"))
    #expect(reason.hasSuffix(" is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:123456789012:repository/web because no identity-based policy allows the ecr:BatchGetImage action"))
  }

  @Test func executionRoleIsUsedInsteadOfTheInstanceRole() throws {
    let w = WorldBuilder()
    w.spec.roles[0].managedPolicies = []
    w.instances().taskDefinition("web")
    w.spec.taskDefinitions[0].executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    #expect(sim.tasks[0].lastStatus == .running)
  }

  @Test func defaultPullBehaviorFallsBackToTheCachedImage() throws {
    let w = WorldBuilder()
    w.instances(count: 1, config: "ECS_IMAGE_PULL_BEHAVIOR=default")
    w.instances(count: 1, config: "ECS_IMAGE_PULL_BEHAVIOR=always")
    w.spec.instances[0].cachedImages = ["web:1.0"]
    w.spec.instances[1].cachedImages = ["web:1.0"]
    w.taskDefinition("web")
    let sim = try w.build()
    try sim.must("batch-delete-image --repository-name web --image-ids imageTag=1.0")
    try sim.must("run-task --task-definition web --count 2 --placement-strategy type=spread,field=instanceId")
    sim.advance(to: .minutes(1))
    let warm = sim.tasks.first { $0.containerInstance === sim.instances[0] }!
    let strict = sim.tasks.first { $0.containerInstance === sim.instances[1] }!
    #expect(warm.lastStatus == .running)
    #expect(strict.lastStatus == .stopped)
    #expect(strict.stopCode == .taskFailedToStart)
  }

  @Test func cachedImagePullIsFasterThanAColdOne() throws {
    let w = WorldBuilder()
    w.instances(count: 1, config: "ECS_IMAGE_PULL_BEHAVIOR=prefer-cached").taskDefinition("web")
    let sim = try w.build()
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(1))
    let cold = sim.tasks[0]
    try sim.must("run-task --task-definition web")
    sim.advance(to: .minutes(2))
    let warm = sim.tasks[1]
    #expect(cold.pullStoppedAt! - cold.pullStartedAt! >= .seconds(4))
    #expect(warm.pullStoppedAt! - warm.pullStartedAt! <= .ms(600))
  }
}

@Suite struct FargateNetworkPullTests {
  static func world(nat: Bool = false) throws -> Simulator {
    let w = WorldBuilder()
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    w.spec.vpc.subnets = [
      SubnetSpec(subnetId: "subnet-public", availabilityZone: "us-east-1a", cidr: "10.0.0.0/20"),
      SubnetSpec(subnetId: "subnet-private", availabilityZone: "us-east-1b", cidr: "10.0.16.0/20", routeToInternet: false),
    ]
    w.spec.vpc.subnets[1].natGateway = nat
    return try w.build()
  }

  @Test func publicSubnetWithoutAPublicIPCannotReachECR() throws {
    let sim = try Self.world()
    try sim.must("run-task --task-definition api --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-public]}")
    sim.advance(to: .minutes(1))
    let t = sim.tasks[0]
    #expect(t.lastStatus == .stopped && t.stopCode == .taskFailedToStart)
    #expect(t.stoppedReason?.hasPrefix("CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0") == true)
    #expect(t.stoppedReason?.hasSuffix("(request canceled while waiting for connection)") == true)
  }

  @Test func publicIPOrNATGatewayGivesARoute() throws {
    let a = try Self.world()
    try a.must("run-task --task-definition api --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-public],assignPublicIp=ENABLED}")
    a.advance(to: .minutes(1))
    #expect(a.tasks[0].lastStatus == .running)
    let b = try Self.world(nat: true)
    try b.must("run-task --task-definition api --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-private]}")
    b.advance(to: .minutes(1))
    #expect(b.tasks[0].lastStatus == .running)
    let c = try Self.world(nat: false)
    try c.must("run-task --task-definition api --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-private]}")
    c.advance(to: .minutes(1))
    #expect(c.tasks[0].lastStatus == .stopped)
  }
}
