import Testing
@testable import ECSSim

/// Network modes, Fargate sizes and settings, compatibilities.
extension TaskDefinitionTests {
  // MARK: Networking

  @Test(arguments: [NetworkMode.host, .awsvpc])
  func hostPortMustMatchContainerPort(mode: NetworkMode) {
    var c = Self.container()
    c.portMappings = [PortMapping(containerPort: 80, hostPort: 8080)]
    var i = Self.input([c])
    i.networkMode = mode
    #expect(error(i) == client("When networkMode=\(mode.rawValue), the host ports and container ports in port mappings must match."))
    i.containerDefinitions[0].portMappings = [PortMapping(containerPort: 80, hostPort: 80)]
    #expect(error(i) == nil)
  }

  @Test func bridgeAllowsAnyHostPort() {
    var c = Self.container()
    c.portMappings = [PortMapping(containerPort: 80, hostPort: 8080), PortMapping(containerPort: 443, hostPort: 0)]
    #expect(error(Self.input([c])) == nil)
  }

  @Test func noneModeAllowsNoPortMappings() {
    var c = Self.container()
    c.portMappings = [PortMapping(containerPort: 80)]
    var i = Self.input([c])
    i.networkMode = NetworkMode.none
    #expect(error(i) == client("Port mappings are not supported when networkMode=none."))
  }

  @Test(arguments: [NetworkMode.host, .awsvpc, .none])
  func linksOnlyInBridgeMode(mode: NetworkMode) {
    var c = Self.container("web")
    c.links = ["db:database"]
    var i = Self.input([c, Self.container("db")])
    i.networkMode = mode
    #expect(error(i) == client("Links are not supported when networkMode=\(mode.rawValue)."))
    i.networkMode = .bridge
    #expect(error(i) == nil)
  }

  @Test func containerPortMustBeAPort() {
    var c = Self.container("web")
    c.portMappings = [PortMapping(containerPort: 0)]
    #expect(error(Self.input([c])) == client("Invalid 'containerPort' setting for container 'web'."))
    c.portMappings = [PortMapping(containerPort: 65536)]
    #expect(error(Self.input([c])) == client("Invalid 'containerPort' setting for container 'web'."))
    c.portMappings = [PortMapping(containerPort: 80, hostPort: 70000)]
    #expect(error(Self.input([c])) == client("Invalid 'hostPort' setting for container 'web'."))
  }

  @Test func sameContainerPortCannotBeExposedForTwoProtocols() {
    var c = Self.container("dns")
    c.portMappings = [PortMapping(containerPort: 53, protocol: .tcp), PortMapping(containerPort: 53, protocol: .udp)]
    #expect(error(Self.input([c])) == client("Invalid 'portMappings' setting for container 'dns'. Container port 53 cannot be mapped for both tcp and udp."))
  }

  @Test func hostnameIsRefusedInAwsvpc() {
    var i = Self.input()
    i.networkMode = .awsvpc
    var extras = ContainerDefinitionExtras()
    extras.hostname = "web"
    i.containerExtras = [extras]
    #expect(error(i) == client("hostname is not supported on container when networkMode=awsvpc."))
    i.networkMode = .bridge
    #expect(error(i) == nil)
  }

  // MARK: Fargate

  @Test func fargateRequiresAwsvpc() {
    var i = Self.fargate()
    i.networkMode = nil
    #expect(error(i) == client("Fargate only supports network mode \u{2018}awsvpc\u{2019}."))
    i.networkMode = .bridge
    #expect(error(i) == client("Fargate only supports network mode \u{2018}awsvpc\u{2019}."))
  }

  @Test func fargateRequiresTaskCPUAndMemory() {
    #expect(error(Self.fargate(cpu: nil)) == client("Fargate requires that 'cpu' be defined at the task level."))
    #expect(error(Self.fargate(memory: nil)) == client("Fargate requires that 'memory' be defined at the task level."))
  }

  @Test func fargateRejectsAnUnknownSizeWithItsValues() {
    #expect(error(Self.fargate(cpu: "256", memory: "4096")) == client("No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values."))
    #expect(error(Self.fargate(cpu: ".25 vCPU", memory: "0.5 GB")) == nil)
  }

  /// Every row of the table at its edges: the first and last memory value are valid; one step
  /// below, one step above and a value between steps are not.
  @Test(arguments: FargateTaskSizes.rows)
  func fargateRowBoundaries(row: FargateTaskSizes.Row) {
    let first = row.memory.first!, last = row.memory.last!
    let step = row.memory.count > 1 ? row.memory[1] - row.memory[0] : 0
    #expect(FargateTaskSizes.isValid(cpu: row.cpu, memory: first))
    #expect(FargateTaskSizes.isValid(cpu: row.cpu, memory: last))
    #expect(!FargateTaskSizes.isValid(cpu: row.cpu, memory: first - 512))
    #expect(!FargateTaskSizes.isValid(cpu: row.cpu, memory: last + 1024))
    if row.cpu != 256 {
      #expect(!FargateTaskSizes.isValid(cpu: row.cpu, memory: first - step))
      #expect(!FargateTaskSizes.isValid(cpu: row.cpu, memory: last + step))
      #expect(!FargateTaskSizes.isValid(cpu: row.cpu, memory: first + step / 2))
    }
  }

  @Test func fargateTableAsTheDocumentationStatesIt() {
    #expect(FargateTaskSizes.rows.map(\.cpu) == [256, 512, 1024, 2048, 4096, 8192, 16384])
    #expect(FargateTaskSizes.rows[0].memory == [512, 1024, 2048])
    #expect(FargateTaskSizes.rows[1].memory == [1024, 2048, 3072, 4096])
    #expect(FargateTaskSizes.rows[2].memory.count == 7)
    #expect(FargateTaskSizes.rows[3].memory.count == 13)
    #expect(FargateTaskSizes.rows[4].memory.count == 23)
    #expect(FargateTaskSizes.rows[5].memory.count == 12)
    #expect(FargateTaskSizes.rows[6].memory.count == 12)
  }

  @Test(arguments: [
    (256, 512, true), (256, 1024, true), (256, 2048, true), (256, 1536, false), (256, 4096, false),
    (512, 1024, true), (512, 4096, true), (512, 512, false), (512, 5120, false),
    (1024, 2048, true), (1024, 8192, true), (1024, 1024, false), (1024, 9216, false), (1024, 2560, false),
    (2048, 4096, true), (2048, 16384, true), (2048, 17408, false),
    (4096, 8192, true), (4096, 30720, true), (4096, 31744, false),
    (8192, 16384, true), (8192, 20480, true), (8192, 61440, true), (8192, 18432, false), (8192, 17408, false), (8192, 62464, false),
    (16384, 32768, true), (16384, 40960, true), (16384, 122880, true), (16384, 36864, false), (16384, 33792, false), (16384, 131072, false),
    (32768, 65536, false), (128, 512, false),
  ])
  func fargateSizes(cpu: Int, memory: Int, valid: Bool) {
    #expect(FargateTaskSizes.isValid(cpu: cpu, memory: memory) == valid)
    let e = error(Self.fargate(cpu: "\(cpu)", memory: "\(memory)"))
    #expect(e == (valid ? nil : client("No Fargate configuration exists for given values: \(cpu) CPU, \(memory) memory. See the Amazon ECS documentation for the valid values.")))
  }

  @Test func fargateRefusesPrivilegedContainers() {
    var c = Self.container(memory: nil)
    c.privileged = true
    #expect(error(Self.fargate([c])) == client("Tasks using the Fargate launch type do not support privileged containers."))
  }

  @Test func fargateRefusesLinksAndMismatchedHostPorts() {
    var c = Self.container("web", memory: nil)
    c.links = ["db"]
    #expect(error(Self.fargate([c, Self.container("db", memory: nil)])) == client("Links are not supported when networkMode=awsvpc."))
    var p = Self.container(memory: nil)
    p.portMappings = [PortMapping(containerPort: 80, hostPort: 8080)]
    #expect(error(Self.fargate([p])) == client("When networkMode=awsvpc, the host ports and container ports in port mappings must match."))
  }

  @Test func fargateRefusesHostPIDAndIPCModes() {
    var i = Self.fargate()
    i.pidMode = "host"
    #expect(error(i) == client("Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'."))
    i.pidMode = "task"
    #expect(error(i) == nil)
    i.ipcMode = "host"
    #expect(error(i) == client("Tasks using the Fargate launch type do not support ipcMode."))
  }

  @Test func fargateRefusesSettingsItDoesNotSupport() {
    var i = Self.fargate()
    var extras = ContainerDefinitionExtras()
    extras.fargateUnsupportedSettings = ["dnsServers"]
    i.containerExtras = [extras]
    #expect(error(i) == client("Tasks using the Fargate launch type do not support dnsServers."))

    var constrained = Self.fargate()
    constrained.placementConstraints = [PlacementConstraintInput(type: "memberOf", expression: "attribute:ecs.availability-zone == eu-west-1a")]
    #expect(error(constrained) == client("Tasks using the Fargate launch type do not support placementConstraints."))

    var docker = Self.fargate()
    docker.volumes = [TaskDefinitionVolume(name: "data", usesDockerVolumeConfiguration: true)]
    #expect(error(docker) == client("Tasks using the Fargate launch type do not support dockerVolumeConfiguration."))
    docker.volumes = [TaskDefinitionVolume(name: "data")]
    #expect(error(docker) == nil)
  }

  @Test(arguments: [(1, false), (2, true), (120, true), (121, false)])
  func fargateStopTimeoutRange(timeout: Int, valid: Bool) {
    var c = Self.container("web", memory: nil)
    c.stopTimeout = timeout
    let e = error(Self.fargate([c]))
    #expect(e == (valid ? nil : client("Invalid 'stopTimeout' setting for container 'web'. Tasks using the Fargate launch type support values between 2 and 120 seconds.")))
  }

  @Test func ec2AllowsLongerStopTimeouts() {
    var c = Self.container("web")
    c.stopTimeout = 300
    #expect(error(Self.input([c])) == nil)
  }

  @Test func fargateAwslogsNeedsAnExecutionRole() {
    var c = Self.container(memory: nil)
    c.logDriver = "awslogs"
    var i = Self.fargate([c])
    #expect(error(i) == client("Fargate requires task definition to have execution role ARN to support log driver awslogs."))
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    #expect(error(i) == nil)
  }

  // MARK: compatibilities

  @Test func compatibilitiesAddFargateWhenTheDefinitionCouldRunThere() throws {
    #expect(try register(Self.input()).compatibilities == [.ec2])

    var awsvpc = Self.input([Self.container(memory: nil)])
    awsvpc.networkMode = .awsvpc
    awsvpc.cpu = "256"
    awsvpc.memory = "512"
    #expect(try register(awsvpc).compatibilities == [.ec2, .fargate])

    awsvpc.memory = "600"
    #expect(try register(awsvpc).compatibilities == [.ec2])

    var privileged = Self.fargate()
    privileged.requiresCompatibilities = [.ec2]
    privileged.containerDefinitions[0].privileged = true
    #expect(try register(privileged).compatibilities == [.ec2])

    #expect(try register(Self.fargate()).compatibilities == [.ec2, .fargate])

    var external = Self.input()
    external.requiresCompatibilities = [.external]
    #expect(try register(external).compatibilities == [.ec2, .external])
  }
}
