import ECSSim
import ECSimIO
import Testing

/// Scenario documents (YAML) to `ScenarioSpec`: values, defaults, and located errors.
@Suite struct ScenarioDecodingTests: ScenarioDecodingHelpers {

  // MARK: top level

  @Test func minimalScenarioGetsTheDefaults() throws {
    let spec = try decode("name: tiny\n")
    #expect(spec.name == "tiny" && spec.description == "")
    #expect(spec.region == "us-east-1" && spec.account == "123456789012")
    #expect(spec.startTime == "2026-01-05T09:00:00Z")
    #expect(spec.clusters.isEmpty)
    #expect(spec.vpc.subnets.map(\.subnetId) == VPCSpec.defaultSubnetIds)
  }

  @Test func missingName() {
    #expect(decodeError("region: us-east-1\n") == error("scenario: missing required key 'name'", 1, 1))
  }

  @Test func unknownTopLevelKey() {
    #expect(decodeError("name: x\nclusterz: [default]\n")
      == error("scenario: unknown key 'clusterz'; did you mean 'clusters'?", 2, 1))
  }

  @Test func topLevelScalarsAreChecked() {
    #expect(decodeError("name: x\nregion: us-east1\n")
      == error("region: 'us-east1' is not a region name such as us-east-1 or eu-west-1", 2, 9))
    #expect(decodeError("name: x\naccount: 12345\n")
      == error("account: expected a 12-digit AWS account id such as \"123456789012\", found '12345'", 2, 10))
    #expect(decodeError("name: x\nstartTime: 2026-01-05 09:00\n")
      == error("startTime: expected a UTC time such as 2026-01-05T09:00:00Z, found '2026-01-05 09:00'", 2, 12))
    #expect(decodeError("name: x\nstartTime: 2026-13-05T09:00:00Z\n")?.message
      == "startTime: expected a UTC time such as 2026-01-05T09:00:00Z, found '2026-13-05T09:00:00Z'")
  }

  @Test func accountWrittenPlainKeepsItsDigits() throws {
    let spec = try decode("name: x\naccount: 000123456789\nregion: ap-southeast-2\n")
    #expect(spec.account == "000123456789")
    #expect(spec.region == "ap-southeast-2")
    #expect(spec.vpc.subnets.map(\.availabilityZone) == ["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"])
  }

  @Test func wrongTypes() {
    #expect(decodeError("name: x\nclusters: default\n")
      == error("clusters: expected a list, found a scalar", 2, 11))
    #expect(decodeError("name: [a]\n") == error("name: expected a string, found a list", 1, 7))
    #expect(decodeError("""
      name: x
      instances:
        - instanceType: m5.large
          count: three

      """) == error("instances[0].count: expected an integer, found 'three'", 4, 12))
    #expect(decodeError("name: x\nvpc: [a]\n") == error("vpc: expected a mapping, found a list", 2, 6))
  }

  @Test func errorsAreReportedInFileOrder() {
    // Both sections are wrong; the one written first is reported.
    #expect(decodeError("name: x\ntimeline: 3\nclusters: 4\n")?.message == "timeline: expected a list, found a scalar")
    #expect(decodeError("name: x\nclusters: 4\ntimeline: 3\n")?.message == "clusters: expected a list, found a scalar")
  }

  // MARK: timeline

  @Test func timelineIsSortedStablyByTime() throws {
    let spec = try decode("""
      name: x
      timeline:
        - {at: 5m, command: third}
        - {at: 90s, command: first}
        - {at: 1h30m, command: fifth}
        - {at: 5m, command: fourth}
        - {at: 1m30s, command: second}

      """)
    #expect(spec.timeline.map(\.command) == ["first", "second", "third", "fourth", "fifth"])
    #expect(spec.timeline.map(\.at) == [.seconds(90), .seconds(90), .minutes(5), .minutes(5), .minutes(90)])
    // Located at the command text.
    #expect(spec.timeline[0].location == at(4, 24))
  }

  @Test func badDurationInTheTimeline() {
    #expect(decodeError("""
      name: x
      timeline:
        - at: 30s
          command: run-task --task-definition web
        - at: 2 minutes
          command: run-task --task-definition web

      """) == error("timeline[1].at: expected a duration such as 30s, 5m or 1h, found '2 minutes'", 5, 9))
  }

  @Test func timelineEntryNeedsACommand() {
    #expect(decodeError("name: x\ntimeline:\n  - at: 30s\n")
      == error("timeline[0]: missing required key 'command'", 3, 5))
  }

  // MARK: network

  @Test func customVPCWithSubnets() throws {
    let spec = try decode("""
      name: x
      region: eu-west-1
      vpc:
        vpcId: vpc-0123456789abcdef0
        cidr: 172.31.0.0/16
        subnets:
          - {subnetId: subnet-aaa, availabilityZone: eu-west-1b, cidr: 172.31.0.0/20}
          - {subnetId: subnet-bbb, availabilityZone: eu-west-1a, cidr: 172.31.16.0/20, routeToInternet: false}
      instances:
        - instanceType: m5.large

      """)
    #expect(spec.vpc.vpcId == "vpc-0123456789abcdef0" && spec.vpc.cidr == "172.31.0.0/16")
    #expect(spec.vpc.subnets.map(\.subnetId) == ["subnet-aaa", "subnet-bbb"])
    #expect(spec.vpc.subnets.map(\.routeToInternet) == [true, false])
    // Instances with no availabilityZones use the VPC's AZs, in subnet order.
    #expect(spec.instances[0].availabilityZones == ["eu-west-1b", "eu-west-1a"])
  }

  @Test func vpcCIDRWithoutSubnetsGetsThreeDerivedSubnets() throws {
    let spec = try decode("name: x\nvpc: {cidr: 192.168.0.0/24}\n")
    #expect(spec.vpc.vpcId == "vpc-0c8a5e2f1d3b4a697")
    #expect(spec.vpc.subnets.map(\.cidr) == ["192.168.0.0/26", "192.168.0.64/26", "192.168.0.128/26"])
    #expect(decodeError("name: x\nvpc: {cidr: 10.0.0.0/27}\n")
      == error("vpc.cidr: a /27 VPC is too small for the three default subnets; list 'subnets'", 2, 13))
  }

  @Test func subnetErrors() {
    func vpc(_ subnets: String) -> String {
      "name: x\nvpc:\n  cidr: 10.0.0.0/16\n  subnets:\n\(subnets)"
    }
    #expect(decodeError(vpc("    - {subnetId: subnet-a, availabilityZone: us-west-2a, cidr: 10.0.0.0/20}\n"))
      == error("vpc.subnets[0].availabilityZone: 'us-west-2a' is not an availability zone of us-east-1 (such as us-east-1a)", 5, 46))
    #expect(decodeError(vpc("    - {subnetId: subnet-a, availabilityZone: us-east-1a, cidr: 10.1.0.0/20}\n"))
      == error("vpc.subnets[0].cidr: 10.1.0.0/20 is outside the VPC's 10.0.0.0/16", 5, 64))
    #expect(decodeError(vpc("    - {subnetId: subnet-a, availabilityZone: us-east-1a, cidr: 10.0.0.1/20}\n"))
      == error("vpc.subnets[0].cidr: 10.0.0.1/20 has host bits set; did you mean '10.0.0.0/20'?", 5, 64))
    #expect(decodeError(vpc("    - {subnetId: sg-a, availabilityZone: us-east-1a, cidr: 10.0.0.0/20}\n"))
      == error("vpc.subnets[0].subnetId: expected an id starting with 'subnet-', found 'sg-a'", 5, 18))
    #expect(decodeError(vpc("""
          - {subnetId: subnet-a, availabilityZone: us-east-1a, cidr: 10.0.0.0/20}
          - {subnetId: subnet-b, availabilityZone: us-east-1b, cidr: 10.0.8.0/21}

      """)) == error("vpc.subnets[1].cidr: 10.0.8.0/21 overlaps vpc.subnets[0] (10.0.0.0/20)", 6, 7))
    #expect(decodeError(vpc("""
          - {subnetId: subnet-a, availabilityZone: us-east-1a, cidr: 10.0.0.0/20}
          - {subnetId: subnet-a, availabilityZone: us-east-1b, cidr: 10.0.16.0/20}

      """)) == error("vpc.subnets[1]: duplicate subnet id 'subnet-a' (also vpc.subnets[0] at 5:7)", 6, 7))
  }

  @Test func securityGroupsAndPortShorthand() throws {
    let spec = try decode("""
      name: x
      securityGroups:
        - groupId: sg-1
          groupName: web
          ingress:
            - {port: 80, source: 0.0.0.0/0}
            - {protocol: udp, fromPort: 1000, toPort: 2000, source: sg-2}
            - {protocol: "-1", source: 10.0.0.0/8}

      """)
    let g = spec.securityGroups[0]
    #expect(g.groupId == "sg-1" && g.groupName == "web" && g.location == at(3, 5))
    #expect(g.ingress.map(\.protocol) == ["tcp", "udp", "-1"])
    #expect(g.ingress.map(\.fromPort) == [80, 1000, 0])
    #expect(g.ingress.map(\.toPort) == [80, 2000, 65535])
    #expect(g.ingress.map(\.source) == ["0.0.0.0/0", "sg-2", "10.0.0.0/8"])
  }

  @Test func ingressErrors() {
    func rule(_ r: String) -> String { "name: x\nsecurityGroups:\n  - groupId: sg-1\n    groupName: a\n    ingress:\n      - \(r)\n" }
    #expect(decodeError(rule("{port: 80, fromPort: 80, toPort: 81, source: 0.0.0.0/0}"))
      == error("securityGroups[0].ingress[0]: give either 'port' or 'fromPort' and 'toPort', not both", 6, 9))
    #expect(decodeError(rule("{fromPort: 90, toPort: 80, source: 0.0.0.0/0}"))
      == error("securityGroups[0].ingress[0]: fromPort 90 is greater than toPort 80", 6, 20))
    #expect(decodeError(rule("{port: 70000, source: 0.0.0.0/0}"))
      == error("securityGroups[0].ingress[0].port: must be between 0 and 65535, found 70000", 6, 16))
    #expect(decodeError(rule("{port: 80, source: alb}"))
      == error("securityGroups[0].ingress[0].source: expected a security group id (sg-…) or a CIDR such as 0.0.0.0/0, found 'alb'", 6, 28))
    #expect(decodeError(rule("{source: 0.0.0.0/0}"))
      == error("securityGroups[0].ingress[0]: a tcp rule needs 'port' or 'fromPort' and 'toPort'", 6, 9))
    #expect(decodeError(rule("{protocol: TCP, port: 80, source: 0.0.0.0/0}"))
      == error("securityGroups[0].ingress[0].protocol: 'TCP' is not one of tcp, udp, icmp, -1; did you mean 'tcp'?", 6, 20))
    #expect(decodeError(rule("{fromPort: 80, source: 0.0.0.0/0}"))
      == error("securityGroups[0].ingress[0]: missing required key 'toPort'", 6, 9))
  }

  // MARK: clusters, roles, repositories

  @Test func clustersAsNamesOrMappings() throws {
    let spec = try decode("name: x\nclusters:\n  - default\n  - {name: batch}\n")
    #expect(spec.clusters.map(\.name) == ["default", "batch"])
    #expect(spec.clusters.map(\.location) == [at(3, 5), at(4, 5)])
    #expect(decodeError("name: x\nclusters: [a, b, a]\n")
      == error("clusters[2]: duplicate cluster name 'a' (also clusters[0] at 2:12)", 2, 18))
    #expect(decodeError("name: x\nclusters: [my cluster]\n")
      == error("clusters[0]: cluster name 'my cluster' may contain only letters, numbers, hyphens and underscores (up to 255)", 2, 12))
  }

  @Test func roles() throws {
    let spec = try decode("""
      name: x
      roles:
        - name: app
          trustedService: ecs-tasks.amazonaws.com
          actions: ["s3:*"]

      """)
    #expect(spec.roles[0].name == "app" && spec.roles[0].actions == ["s3:*"])
    #expect(spec.roles[0].managedPolicies.isEmpty && spec.roles[0].location == at(3, 5))
    #expect(decodeError("name: x\nroles:\n  - {name: app}\n")
      == error("roles[0]: missing required key 'trustedService'", 3, 5))
  }

  @Test func repositoriesAndImages() throws {
    let spec = try decode("""
      name: x
      repositories:
        - name: team/api
          imageTagMutability: IMMUTABLE
          images:
            - tag: "2.0"
              behavior: {startupTime: 20s, exitAfter: 1m, exitCode: 3, shutdownTime: 45s, healthy: false}
            - tags: [v1, v1-debug]
              sizeMB: 300

      """)
    let repo = spec.repositories[0]
    #expect(repo.name == "team/api" && repo.imageTagMutability == "IMMUTABLE")
    #expect(repo.images.map(\.tags) == [["2.0"], ["v1", "v1-debug"]])
    #expect(repo.images.map(\.sizeMB) == [100, 300])
    #expect(repo.images.map(\.location) == [at(6, 9), at(8, 9)])
    var b = ImageBehavior()
    b.startupTime = .seconds(20); b.exitAfter = .minutes(1); b.exitCode = 3
    b.shutdownTime = .seconds(45); b.healthy = false
    #expect(repo.images[0].behavior == b)
  }

  @Test func repositoryErrors() {
    func repo(_ body: String) -> String { "name: x\nrepositories:\n  - name: web\n\(body)" }
    #expect(decodeError(repo("    imageTagMutability: mutable\n"))
      == error("repositories[0].imageTagMutability: 'mutable' is not one of MUTABLE, IMMUTABLE; did you mean 'MUTABLE'?", 4, 25))
    #expect(decodeError(repo("    images:\n      - {tag: a, tags: [b]}\n"))
      == error("repositories[0].images[0]: give either 'tags' or 'tag', not both", 5, 9))
    #expect(decodeError(repo("    images:\n      - {sizeMB: 3}\n"))
      == error("repositories[0].images[0]: missing required key 'tags' (or 'tag')", 5, 9))
    #expect(decodeError(repo("    images:\n      - {tags: [ok, -bad]}\n"))
      == error("repositories[0].images[0]: image tag '-bad' may contain only letters, digits, '_', '.' and '-' and may not start with '.' or '-' (up to 128)", 5, 21))
    #expect(decodeError(repo("    images:\n      - {tag: a, behavior: {exitAfter: soon}}\n"))
      == error("repositories[0].images[0].behavior.exitAfter: expected a duration such as 30s, 5m or 1h, found 'soon'", 5, 40))
    #expect(decodeError(repo("    imageTagMutability: IMMUTABLE\n    images:\n      - {tag: a}\n      - {tags: [b, a]}\n"))
      == error("repositories[0].images[1]: tag 'a' is already on repositories[0].images[0] and the repository is IMMUTABLE", 7, 9))
    #expect(decodeError("name: x\nrepositories:\n  - name: Web\n")
      == error("repositories[0].name: repository name 'Web' must start with a letter and contain only lowercase letters, numbers, hyphens, underscores, periods and slashes (2 to 256 characters)", 3, 11))
  }

  @Test func mutableRepositoryMayMoveATag() throws {
    let spec = try decode("name: x\nrepositories:\n  - name: web\n    images: [{tag: latest}, {tags: [latest, '2']}]\n")
    #expect(spec.repositories[0].images.map(\.tags) == [["latest"], ["latest", "2"]])
  }

  // MARK: instances

  @Test func instanceGroup() throws {
    let spec = try decode("""
      name: x
      instances:
        - instanceType: m5.xlarge
          count: 3
          availabilityZones: [us-east-1c]
          purchaseOption: Reserved
          ami: bare-agent
          iamRole: ~
          securityGroups: [sg-1, sg-2]
          cachedImages: ["web:1.4.2"]
          ecsConfig: |
            ECS_CLUSTER=prod
            ECS_RESERVED_MEMORY=256
        - instanceType: m5.large

      """)
    let g = spec.instances[0]
    #expect(g.instanceType == "m5.xlarge" && g.count == 3)
    #expect(g.availabilityZones == ["us-east-1c"])
    #expect(g.purchaseOption == .reserved && g.ami == .bareAgent)
    #expect(g.iamRole == nil)
    #expect(g.securityGroups == ["sg-1", "sg-2"] && g.cachedImages == ["web:1.4.2"])
    #expect(g.ecsConfig == "ECS_CLUSTER=prod\nECS_RESERVED_MEMORY=256\n")
    #expect(g.ecsConfigLocation == at(12, 7))
    #expect(g.location == at(3, 5))
    // Defaults.
    let d = spec.instances[1]
    #expect(d.count == 1 && d.purchaseOption == .onDemand && d.ami == .ecsOptimized)
    #expect(d.iamRole == "ecsInstanceRole" && d.ecsConfig == "" && d.ecsConfigLocation == nil)
    #expect(d.availabilityZones == ["us-east-1a", "us-east-1b", "us-east-1c"])
  }

  @Test func singleLineEcsConfigIsLocatedAtTheValue() throws {
    let spec = try decode("name: x\ninstances:\n  - instanceType: m5.large\n    ecsConfig: ECS_CLUSTER=a\n")
    #expect(spec.instances[0].ecsConfig == "ECS_CLUSTER=a")
    #expect(spec.instances[0].ecsConfigLocation == at(4, 16))
  }

  @Test func unknownInstanceKeyHasDidYouMean() {
    #expect(decodeError("""
      name: x
      instances:
        - count: 2
          instanceTyp: m5.large

      """) == error("instances[0]: unknown key 'instanceTyp'; did you mean 'instanceType'?", 4, 5))
  }

  @Test func instanceErrors() {
    func group(_ body: String) -> String { "name: x\ninstances:\n  - instanceType: m5.large\n\(body)" }
    #expect(decodeError("name: x\ninstances:\n  - instanceType: m5.larg\n")
      == error("instances[0].instanceType: unknown instance type 'm5.larg'; did you mean 'm5.large'?", 3, 19))
    #expect(decodeError("name: x\ninstances:\n  - {count: 1}\n")
      == error("instances[0]: missing required key 'instanceType'", 3, 5))
    #expect(decodeError(group("    count: 0\n"))
      == error("instances[0].count: must be at least 1, found 0", 4, 12))
    #expect(decodeError(group("    purchaseOption: spot\n"))
      == error("instances[0].purchaseOption: 'spot' is not one of On-Demand, Reserved, Spot; did you mean 'Spot'?", 4, 21))
    #expect(decodeError(group("    ami: amazon-linux\n"))
      == error("instances[0].ami: 'amazon-linux' is not one of ecs-optimized, bare-agent", 4, 10))
    #expect(decodeError(group("    availabilityZones: [us-east-1a, us-east-2b]\n"))
      == error("instances[0].availabilityZones[1]: 'us-east-2b' is not an availability zone of us-east-1 (such as us-east-1a)", 4, 37))
    #expect(decodeError(group("    availabilityZones: []\n"))
      == error("instances[0].availabilityZones: list at least one availability zone, or leave the key out for all of them", 4, 24))
    #expect(decodeError(group("    ecsConfig: [ECS_CLUSTER=a]\n"))
      == error("instances[0].ecsConfig: expected a string, found a list", 4, 16))
  }

  // MARK: tasks

  @Test func runTaskEntries() throws {
    let spec = try decode("""
      name: x
      tasks:
        - taskDefinition: web
        - cluster: batch
          taskDefinition: report:3
          count: 10
          capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]
          group: nightly
          startedBy: cron
          placementConstraints:
            - {type: distinctInstance}
            - {type: memberOf, expression: "attribute:ecs.instance-type =~ m5.*"}
          networkConfiguration:
            awsvpcConfiguration: {subnets: [subnet-1], securityGroups: [sg-1], assignPublicIp: DISABLED}

      """)
    let a = spec.tasks[0]
    #expect(a.taskDefinition == "web" && a.count == 1 && a.cluster == nil && a.launchType == nil)
    #expect(a.location == at(3, 5))
    let b = spec.tasks[1]
    #expect(b.cluster == "batch" && b.taskDefinition == "report:3" && b.count == 10)
    #expect(b.capacityProvider == "FARGATE_SPOT" && b.launchType == nil)
    #expect(b.group == "nightly" && b.startedBy == "cron")
    #expect(b.placementConstraints.map { "\($0.type) \($0.expression ?? "-")" } == [
      "distinctInstance -", "memberOf attribute:ecs.instance-type =~ m5.*",
    ])
    #expect(b.subnets == ["subnet-1"] && b.securityGroups == ["sg-1"] && b.assignPublicIp == false)
  }

  @Test func runTaskErrors() {
    func task(_ body: String) -> String { "name: x\ntasks:\n  - taskDefinition: web\n\(body)" }
    #expect(decodeError(task("    count: 11\n"))
      == error("tasks[0].count: RunTask starts at most 10 tasks per call, found 11; write several entries", 4, 12))
    #expect(decodeError(task("    count: 0\n"))
      == error("tasks[0].count: must be at least 1, found 0", 4, 12))
    #expect(decodeError(task("    launchType: Fargate\n"))
      == error("tasks[0].launchType: 'Fargate' is not one of EC2, FARGATE, EXTERNAL; did you mean 'FARGATE'?", 4, 17))
    #expect(decodeError(task("    launchType: EC2\n    capacityProviderStrategy: [{capacityProvider: cp}]\n"))
      == error("tasks[0]: give either launchType or capacityProviderStrategy, not both", 5, 31))
    #expect(decodeError(task("    capacityProviderStrategy: [{capacityProvider: a}, {capacityProvider: b}]\n"))
      == error("tasks[0].capacityProviderStrategy: ecsim runs a task on one capacity provider; list exactly one", 4, 31))
    #expect(decodeError(task("    placementStrategy: [{type: binpack, field: disk}]\n"))
      == error("tasks[0].placementStrategy[0]: Invalid field for binpack strategy: disk. Valid values are cpu and memory.", 4, 25))
    #expect(decodeError(task("    placementStrategy: [{type: spreed}]\n"))
      == error("tasks[0].placementStrategy[0].type: 'spreed' is not one of random, spread, binpack; did you mean 'spread'?", 4, 32))
    #expect(decodeError(task("    placementConstraints: [{type: memberOf}]\n"))
      == error("tasks[0].placementConstraints[0]: A memberOf placement constraint requires an expression.", 4, 28))
    #expect(decodeError(task("    networkConfiguration: {awsvpcConfiguration: {subnets: [s], assignPublicIp: YES}}\n"))
      == error("tasks[0].networkConfiguration.awsvpcConfiguration.assignPublicIp: 'YES' is not one of ENABLED, DISABLED", 4, 80))
    #expect(decodeError(task("    networkConfiguration: {awsvpcConfiguration: {securityGroups: [sg-1]}}\n"))
      == error("tasks[0].networkConfiguration.awsvpcConfiguration.subnets: awsvpcConfiguration needs at least one subnet", 4, 49))
    #expect(decodeError("name: x\ntasks:\n  - {count: 2}\n")
      == error("tasks[0]: missing required key 'taskDefinition'", 3, 5))
  }

  // MARK: task definitions

  @Test func taskDefinitionsGoToTheirDecoderWithTheirPath() {
    // AFTER MERGE: with the real RegisterTaskDefinitionInput.decode this names the unknown key
    // at 3:23. The stub in this branch answers "not implemented" at the item instead.
    let found = decodeError("name: x\ntaskDefinitions:\n  - {family: web, containerDefinitionz: []}\n")
    #expect(found?.source == "test.yaml")
    #expect(found?.location?.line == 3)
  }
}
