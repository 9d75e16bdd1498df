import ECSSim
import ECSimIO
import Foundation
import Testing

/// Loading scenarios by name and by path, and the errors a user sees for files.
@Suite struct ScenarioLoaderTests {
  /// A fresh directory for this test's files.
  func temporaryDirectory() throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("ecsim-loader-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  func loadError(_ nameOrPath: String) -> LocatedError? {
    do { _ = try ScenarioLoader.load(nameOrPath: nameOrPath); return nil } catch { return error }
  }

  @Test func builtinNamesAndSummaries() {
    #expect(BuiltinScenarios.all.map(\.name) == ["default", "empty"] + TeachingScenarioTests.names)
    #expect(BuiltinScenarios.all.allSatisfy { !$0.summary.isEmpty })
    #expect(BuiltinScenarios.named("empty")?.name == "empty")
    #expect(BuiltinScenarios.named("nope") == nil)
  }

  @Test func builtinYAMLParses() throws {
    for scenario in BuiltinScenarios.all {
      let node = try YAMLNodeReader.read(scenario.yaml)
      #expect(node["name"]?.scalar == scenario.name)
    }
  }

  @Test func emptyScenarioDecodes() throws {
    let spec = try ScenarioLoader.load(nameOrPath: "empty")
    #expect(spec.name == "empty")
    #expect(spec.description == "One empty cluster, no instances.")
    #expect(spec.region == "us-east-1")
    #expect(spec.account == "123456789012")
    #expect(spec.startTime == "2026-01-05T09:00:00Z")
    #expect(spec.clusters.map(\.name) == ["default"])
    #expect(spec.clusters[0].location == SourceLocation(line: 6, column: 5))
    #expect(spec.instances.isEmpty && spec.tasks.isEmpty && spec.taskDefinitions.isEmpty)
    #expect(spec.timeline.isEmpty && spec.repositories.isEmpty && spec.roles.isEmpty)
    #expect(spec.vpc.vpcId == "vpc-0c8a5e2f1d3b4a697")
    #expect(spec.vpc.cidr == "10.0.0.0/16")
    #expect(spec.vpc.subnets.map(\.subnetId) == [
      "subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f6071a",
    ])
    #expect(spec.vpc.subnets.map(\.availabilityZone) == ["us-east-1a", "us-east-1b", "us-east-1c"])
    #expect(spec.vpc.subnets.map(\.cidr) == ["10.0.0.0/20", "10.0.16.0/20", "10.0.32.0/20"])
    #expect(spec.vpc.subnets.map(\.routeToInternet) == [true, true, true])
  }

  /// The parts of the default scenario that do not need the parallel work (task definition
  /// decoder, instance type catalogue): everything but `taskDefinitions` and the Spot group.
  @Test func defaultScenarioWorld() throws {
    var root = try YAMLNodeReader.read(try #require(BuiltinScenarios.named("default")).yaml)
    guard case .mapping(var pairs) = root.kind else { Issue.record("not a mapping"); return }
    pairs.removeAll { $0.key.scalar == "taskDefinitions" }
    if let i = pairs.firstIndex(where: { $0.key.scalar == "instances" }),
      case .sequence(let groups) = pairs[i].value.kind
    {
      pairs[i].value.kind = .sequence([groups[0]])
    }
    root.kind = .mapping(pairs)
    let spec = try ScenarioSpec.decode(root)

    #expect(spec.name == "default")
    #expect(spec.description.hasPrefix("One cluster in us-east-1 with four On-Demand m5.large"))
    #expect(spec.region == "us-east-1")
    #expect(spec.account == "123456789012")
    #expect(spec.vpc.subnets.count == 3)
    #expect(spec.securityGroups.map(\.groupId) == [
      "sg-0a1b2c3d4e5f00001", "sg-0a1b2c3d4e5f00002", "sg-0a1b2c3d4e5f00003",
    ])
    #expect(spec.securityGroups.map(\.groupName) == ["alb", "ecs-instances", "tasks"])
    let rules = spec.securityGroups.map { $0.ingress.map { "\($0.protocol) \($0.fromPort)-\($0.toPort) \($0.source)" } }
    #expect(rules == [
      ["tcp 80-80 0.0.0.0/0", "tcp 443-443 0.0.0.0/0"],
      ["tcp 32768-65535 sg-0a1b2c3d4e5f00001", "tcp 22-22 10.0.0.0/16"],
      ["tcp 8080-8080 sg-0a1b2c3d4e5f00001"],
    ])
    #expect(spec.clusters.map(\.name) == ["default"])
    #expect(spec.roles.map(\.name) == ["ecsInstanceRole", "ecsTaskExecutionRole", "web-task-role"])
    #expect(spec.roles.map(\.trustedService) == ["ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "ecs-tasks.amazonaws.com"])
    #expect(spec.roles[0].managedPolicies == ["AmazonEC2ContainerServiceforEC2Role"])
    #expect(spec.roles[1].managedPolicies == ["AmazonECSTaskExecutionRolePolicy"])
    #expect(spec.roles[2].actions == ["s3:GetObject", "dynamodb:Query"])
    #expect(spec.repositories.map(\.name) == ["web", "worker", "report"])
    #expect(spec.repositories[0].imageTagMutability == "MUTABLE")
    #expect(spec.repositories[0].images.map(\.tags) == [["1.4.2"], ["1.5.0"]])
    #expect(spec.repositories[0].images.map(\.sizeMB) == [182, 185])
    #expect(spec.repositories[1].images.map(\.tags) == [["2.1.0", "latest"]])
    #expect(spec.repositories[1].images[0].sizeMB == 96)
    let report = spec.repositories[2].images[0]
    #expect(report.tags == ["latest"] && report.sizeMB == 64)
    #expect(report.behavior.exitAfter == .seconds(45) && report.behavior.exitCode == 0)
    #expect(spec.repositories[0].images[0].behavior == ImageBehavior())

    let onDemand = spec.instances[0]
    #expect(onDemand.instanceType == "m5.large" && onDemand.count == 4)
    #expect(onDemand.availabilityZones == ["us-east-1a", "us-east-1b", "us-east-1c"])
    #expect(onDemand.purchaseOption == .onDemand && onDemand.ami == .ecsOptimized)
    #expect(onDemand.iamRole == "ecsInstanceRole")
    #expect(onDemand.securityGroups == ["sg-0a1b2c3d4e5f00002"])
    #expect(onDemand.cachedImages.isEmpty)
    #expect(onDemand.ecsConfig == "ECS_CLUSTER=default\nECS_CONTAINER_STOP_TIMEOUT=30s\n")
    // `ecsConfig: |` is on line 88; its text starts on line 89, column 7.
    #expect(onDemand.ecsConfigLocation == SourceLocation(line: 89, column: 7))

    #expect(spec.tasks.map(\.taskDefinition) == ["worker", "api"])
    #expect(spec.tasks.map(\.count) == [2, 1])
    #expect(spec.tasks.map(\.launchType) == ["EC2", "FARGATE"])
    #expect(spec.tasks.map(\.cluster) == ["default", "default"])
    #expect(spec.tasks[1].subnets == VPCSpec.defaultSubnetIds)
    #expect(spec.tasks[1].securityGroups == ["sg-0a1b2c3d4e5f00003"])
    #expect(spec.tasks[1].assignPublicIp)
    #expect(spec.tasks[0].assignPublicIp == false)

    // The web tier: a service of six tasks behind an ALB in the three AZs.
    let web = try #require(spec.services.first)
    #expect(web.serviceName == "web" && web.taskDefinition == "web:1" && web.desiredCount == 6)
    #expect(web.deploymentConfiguration.minimumHealthyPercent == 100 && web.deploymentConfiguration.maximumPercent == 200)
    #expect(web.loadBalancers == [ServiceLoadBalancerInput(targetGroup: "web-tg", containerName: "web", containerPort: 8080)])
    #expect(spec.targetGroups.map(\.name) == ["web-tg"] && spec.targetGroups[0].deregistrationDelaySeconds == 60)
    #expect(spec.loadBalancers.map(\.name) == ["web-alb"] && spec.loadBalancers[0].subnets == VPCSpec.defaultSubnetIds)

    #expect(spec.timeline.map(\.at) == [.seconds(30), .minutes(2), .minutes(3)])
    #expect(spec.timeline.map(\.command) == [
      "run-task --task-definition report --count 1", "run-task --task-definition worker --count 1",
      "update-service --service web --task-definition web:2",
    ])
  }

  @Test func defaultScenarioDecodes() throws {
    do {
      let spec = try ScenarioLoader.load(nameOrPath: "default")
      #expect(spec.instances.map(\.instanceType) == ["m5.large", "c5.xlarge"])
      let spot = spec.instances[1]
      #expect(spot.count == 2 && spot.purchaseOption == .spot)
      #expect(spot.availabilityZones == ["us-east-1b", "us-east-1c"])
      #expect(spot.ecsConfig == "ECS_CLUSTER=default\nECS_ENABLE_SPOT_INSTANCE_DRAINING=true\n")

      let defs = spec.taskDefinitions
      #expect(defs.map(\.family) == ["web", "web", "worker", "report", "api"])
      let web = defs[0]
      #expect(web.networkMode == .bridge)
      #expect(web.taskRoleArn == "arn:aws:iam::123456789012:role/web-task-role")
      #expect(web.executionRoleArn == "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
      let c = web.containerDefinitions[0]
      #expect(c.name == "web" && c.image == "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2")
      #expect(c.cpu == 256 && c.memory == 512 && c.memoryReservation == 256)
      #expect(c.portMappings == [PortMapping(containerPort: 8080, hostPort: 0)])
      #expect(c.healthCheck?.command == ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"])
      #expect(c.logDriver == "awslogs")
      #expect(defs[1].containerDefinitions[0].image == "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0")
      #expect(defs[2].containerDefinitions[0].cpu == 512 && defs[2].containerDefinitions[0].memory == 1024)
      #expect(defs[2].containerDefinitions[0].portMappings.isEmpty)
      #expect(defs[3].containerDefinitions[0].image.hasSuffix("/report:latest"))
      let api = defs[4]
      #expect(api.requiresCompatibilities == [.fargate] && api.networkMode == .awsvpc)
      #expect(api.cpu == "256" && api.memory == "512")
      #expect(api.executionRoleArn == "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
      #expect(api.containerDefinitions[0].portMappings.map(\.containerPort) == [8080])
    }
  }

  @Test func decodingErrorsNameTheBuiltin() {
    // Decoding a built-in through `load(yaml:source:)` is what `load(nameOrPath:)` does.
    var found: LocatedError?
    do { _ = try ScenarioLoader.load(yaml: "name: x\nregoin: us-east-1\n", source: "<built-in x>") }
    catch { found = error }
    #expect(found?.description == "<built-in x>:2:1: error: scenario: unknown key 'regoin'; did you mean 'region'?")
  }

  @Test func fileErrorsPrintPathLineAndColumn() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/typo.yaml"
    try """
      name: typo
      instances:
        - instanceTyp: m5.large
          count: 2

      """.write(toFile: path, atomically: true, encoding: .utf8)
    let error = try #require(loadError(path))
    #expect(error == LocatedError(
      "instances[0]: unknown key 'instanceTyp'; did you mean 'instanceType'?",
      at: SourceLocation(line: 3, column: 5), source: path))
    #expect(error.description == "\(path):3:5: error: instances[0]: unknown key 'instanceTyp'; did you mean 'instanceType'?")
  }

  @Test func fileLoadsByPath() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/small.yaml"
    try "name: small\nregion: eu-west-1\nclusters: [a, b]\n".write(toFile: path, atomically: true, encoding: .utf8)
    let spec = try ScenarioLoader.load(nameOrPath: path)
    #expect(spec.name == "small" && spec.region == "eu-west-1")
    #expect(spec.clusters.map(\.name) == ["a", "b"])
    #expect(spec.vpc.subnets.map(\.availabilityZone) == ["eu-west-1a", "eu-west-1b", "eu-west-1c"])
  }

  @Test func yamlSyntaxErrorInAFile() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/broken.yaml"
    try "name: broken\nclusters:\n  - default\n - other\n".write(toFile: path, atomically: true, encoding: .utf8)
    let error = try #require(loadError(path))
    #expect(error.source == path)
    #expect(error.location == SourceLocation(line: 4, column: 2))
    #expect(error.description.hasPrefix("\(path):4:2: error: invalid YAML: "))
  }

  @Test func missingFile() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/nope.yaml"
    let error = try #require(loadError(path))
    #expect(error == LocatedError("no such file; `ecsim scenarios` lists the built-in ones", at: nil, source: path))
    #expect(error.description == "\(path): error: no such file; `ecsim scenarios` lists the built-in ones")
  }

  @Test func misspeltBuiltinName() {
    #expect(loadError("defualt")?.description
      == "defualt: error: no such file or built-in scenario; did you mean 'default'?; `ecsim scenarios` lists the built-in ones")
  }

  @Test func directoryIsNotAScenario() throws {
    let dir = try temporaryDirectory()
    #expect(loadError(dir) == LocatedError("is a directory, not a scenario file", at: nil, source: dir))
  }

  @Test func fileThatIsNotUTF8() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/latin1.yaml"
    // "name: café" in Latin-1 on line 2: é is the single byte 0xE9.
    var bytes = Array("# ok\nname: caf".utf8)
    bytes.append(0xE9)
    bytes.append(UInt8(ascii: "\n"))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(loadError(path) == LocatedError(
      "the file is not UTF-8 text (byte 0xE9 at offset 14); save it as UTF-8",
      at: SourceLocation(line: 2, column: 10), source: path))
  }

  @Test func emptyFile() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/empty.yaml"
    try "".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(loadError(path)?.description == "\(path):1:1: error: the scenario is empty: it needs at least a 'name'")
  }
}
