import Testing
@testable import ECSSim

/// TaskDefinition.register: ECS's RegisterTaskDefinition rules, exceptions and derived fields.
@Suite struct TaskDefinitionTests {
  // MARK: Helpers

  static func container(
    _ name: String = "web", image: String = "nginx:1.25", memory: Int? = 512, essential: Bool = true
  ) -> ContainerDefinition {
    var c = ContainerDefinition(name: name, image: image)
    c.memory = memory
    c.essential = essential
    return c
  }

  static func input(_ containers: [ContainerDefinition] = [container()], family: String = "web") -> RegisterTaskDefinitionInput {
    RegisterTaskDefinitionInput(family: family, containerDefinitions: containers)
  }

  /// A definition that requires FARGATE and is valid apart from what the caller changes.
  static func fargate(cpu: String? = "256", memory: String? = "512", _ containers: [ContainerDefinition] = [container(memory: nil)]) -> RegisterTaskDefinitionInput {
    var i = input(containers)
    i.requiresCompatibilities = [.fargate]
    i.networkMode = .awsvpc
    i.cpu = cpu
    i.memory = memory
    return i
  }

  func register(_ input: RegisterTaskDefinitionInput) throws(ECSError) -> TaskDefinition {
    try TaskDefinition.register(input, revision: 3, at: .seconds(42))
  }

  func error(_ input: RegisterTaskDefinitionInput) -> ECSError? {
    do { _ = try register(input); return nil } catch { return error }
  }

  func client(_ message: String) -> ECSError { ECSError("ClientException", message) }

  // MARK: The registered revision

  @Test func registersAnActiveRevisionAtTheGivenTime() throws {
    let td = try register(Self.input())
    #expect(td.family == "web")
    #expect(td.revision == 3)
    #expect(td.familyRevision == "web:3")
    #expect(td.status == .active)
    #expect(td.registeredAt == .seconds(42))
    #expect(td.deregisteredAt == nil)
  }

  @Test func networkModeDefaultsToBridgeAndRemembersWhetherItWasGiven() throws {
    let implicit = try register(Self.input())
    #expect(implicit.networkMode == .bridge)
    #expect(!implicit.networkModeGiven)
    var i = Self.input()
    i.networkMode = .bridge
    let explicit = try register(i)
    #expect(explicit.networkMode == .bridge)
    #expect(explicit.networkModeGiven)
  }

  @Test func taskSizeIsStoredAsIntegers() throws {
    var i = Self.input()
    i.cpu = "1 vCPU"
    i.memory = "2 GB"
    let td = try register(i)
    #expect(td.cpu == 1024)
    #expect(td.memory == 2048)
  }

  @Test func hostPortIsFilledInForHostAndAwsvpcButStaysDynamicInBridge() throws {
    var c = Self.container()
    c.portMappings = [PortMapping(containerPort: 80)]
    for mode in [NetworkMode.host, .awsvpc] {
      var i = Self.input([c])
      i.networkMode = mode
      #expect(try register(i).containerDefinitions[0].portMappings == [PortMapping(containerPort: 80, hostPort: 80)])
    }
    let bridge = try register(Self.input([c]))
    #expect(bridge.containerDefinitions[0].portMappings == [PortMapping(containerPort: 80, hostPort: nil)])
  }

  // MARK: Task size units

  @Test(arguments: [
    ("1024", 1024), ("1 vCPU", 1024), ("1 vcpu", 1024), ("1vCPU", 1024), ("0.25 vcpu", 256),
    (".5 vCPU", 512), ("2 VCPU", 2048), ("16 vCPU", 16384), (" 256 ", 256),
  ])
  func cpuUnitsConversion(text: String, units: Int) {
    #expect(TaskDefinitionSize.cpuUnits(text) == units)
  }

  @Test(arguments: ["0.3 vcpu", "1.5", "lots", "0", "-256", "", "vcpu", "1 cpu", "1..0 vcpu", "512 units"])
  func invalidCPUText(text: String) {
    #expect(TaskDefinitionSize.cpuUnits(text) == nil)
  }

  @Test(arguments: [
    ("512", 512), ("1GB", 1024), ("1 GB", 1024), ("2GB", 2048), ("0.5 GB", 512), ("1.5gb", 1536), ("120 GB", 122880),
  ])
  func memoryConversion(text: String, mib: Int) {
    #expect(TaskDefinitionSize.memoryMiB(text) == mib)
  }

  @Test(arguments: ["512 MiB", "1 GiB", "0.3 GB", "2 vCPU", "0", "lots"])
  func invalidMemoryText(text: String) {
    #expect(TaskDefinitionSize.memoryMiB(text) == nil)
  }

  @Test func invalidTaskCPUIsRejectedWithECSMessage() {
    var i = Self.input()
    i.cpu = "lots"
    #expect(error(i) == client("Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."))
  }

  @Test func invalidTaskMemoryIsRejectedWithECSMessage() {
    var i = Self.input()
    i.memory = "512 MiB"
    #expect(error(i) == client("Invalid 'memory' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."))
  }

  @Test(arguments: [("127", false), ("128", true), ("196608", true), ("196609", false), ("0.125 vcpu", true)])
  func ec2TaskCPURange(cpu: String, valid: Bool) {
    var i = Self.input()
    i.cpu = cpu
    let e = error(i)
    #expect(e == (valid ? nil : client("Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")))
  }

  // MARK: Family and containers

  @Test(arguments: ["my family", "web.app", "", "web:1", "caf\u{E9}"])
  func familyWithInvalidCharacters(family: String) {
    #expect(error(Self.input(family: family)) == client("Family contains invalid characters."))
  }

  @Test func familyLength() {
    #expect(error(Self.input(family: String(repeating: "a", count: 255))) == nil)
    #expect(error(Self.input(family: "Web_app-2")) == nil)
    #expect(error(Self.input(family: String(repeating: "a", count: 256))) == client("Family name cannot be longer than 255 characters."))
  }

  @Test func containerCount() {
    #expect(error(Self.input([])) == client("Container list cannot be empty."))
    let ten = (1...10).map { Self.container("c\($0)") }
    #expect(error(Self.input(ten)) == nil)
    let eleven = (1...11).map { Self.container("c\($0)") }
    #expect(error(Self.input(eleven)) == client("Too many containers."))
  }

  @Test func containerNameAndImageAreRequired() {
    #expect(error(Self.input([Self.container("")])) == client("Container.name should not be null or empty."))
    #expect(error(Self.input([Self.container("web app")])) == client("Container.name contains invalid characters."))
    #expect(error(Self.input([Self.container(image: "")])) == client("Container.image should not be null or empty."))
  }

  @Test func containerNamesMustBeUnique() {
    #expect(error(Self.input([Self.container("web"), Self.container("web")])) == client("Container names must be unique within a Task Definition."))
  }

  @Test func atLeastOneContainerMustBeEssential() {
    let none = [Self.container("a", essential: false), Self.container("b", essential: false)]
    #expect(error(Self.input(none)) == client("Task definition doesn't have any essential container."))
    let one = [Self.container("a", essential: false), Self.container("b")]
    #expect(error(Self.input(one)) == nil)
  }

  // MARK: Memory

  @Test func memoryOrReservationIsRequiredWithoutTaskMemory() {
    let e = error(Self.input([Self.container("api", memory: nil)]))
    #expect(e == client("Invalid setting for container 'api'. At least one of 'memory' or 'memoryReservation' must be specified."))
    #expect(e?.code == "ClientException")

    var reservationOnly = Self.container("api", memory: nil)
    reservationOnly.memoryReservation = 256
    #expect(error(Self.input([reservationOnly])) == nil)

    var taskLevel = Self.input([Self.container("api", memory: nil)])
    taskLevel.memory = "1024"
    #expect(error(taskLevel) == nil)
  }

  @Test func memoryMustBeGreaterThanReservation() {
    var c = Self.container("api", memory: 256)
    c.memoryReservation = 256
    #expect(error(Self.input([c])) == client("Invalid setting for container 'api'. 'memory' must be greater than 'memoryReservation'."))
    c.memoryReservation = 512
    #expect(error(Self.input([c])) == client("Invalid setting for container 'api'. 'memory' must be greater than 'memoryReservation'."))
    c.memoryReservation = 255
    #expect(error(Self.input([c])) == nil)
  }

  @Test func memoryValuesMustBePositive() {
    #expect(error(Self.input([Self.container("api", memory: 0)])) == client("Invalid 'memory' setting for container 'api'."))
    var c = Self.container("api", memory: nil)
    c.memoryReservation = -1
    #expect(error(Self.input([c])) == client("Invalid 'memoryReservation' setting for container 'api'."))
  }

  @Test func containerMemoryMustFitTheTask() {
    var i = Self.input([Self.container("api", memory: 1024)])
    i.memory = "1024"
    #expect(error(i) == nil)
    i.memory = "1023"
    #expect(error(i) == client("The 'memory' setting for container 'api' is greater than for the task."))
  }

  @Test func containerReservationsMustFitTheTask() {
    var a = Self.container("a", memory: nil)
    a.memoryReservation = 300
    let b = Self.container("b", memory: 300)
    var i = Self.input([a, b])
    i.memory = "600"
    #expect(error(i) == nil)
    i.memory = "599"
    #expect(error(i) == client("The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'."))
  }

  @Test func containerCPUMustFitTheTask() {
    var a = Self.container("a")
    a.cpu = 512
    var b = Self.container("b")
    b.cpu = 512
    var i = Self.input([a, b])
    i.cpu = "1 vCPU"
    #expect(error(i) == nil)
    i.cpu = "1000"
    #expect(error(i) == client("The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'."))
  }

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

  // MARK: Health check

  @Test(arguments: [
    ("interval", 4, "'interval' must be between 5 and 300 seconds."),
    ("interval", 301, "'interval' must be between 5 and 300 seconds."),
    ("timeout", 1, "'timeout' must be between 2 and 60 seconds."),
    ("timeout", 61, "'timeout' must be between 2 and 60 seconds."),
    ("retries", 0, "'retries' must be between 1 and 10."),
    ("retries", 11, "'retries' must be between 1 and 10."),
    ("startPeriod", -1, "'startPeriod' must be between 0 and 300 seconds."),
    ("startPeriod", 301, "'startPeriod' must be between 0 and 300 seconds."),
  ])
  func healthCheckRanges(field: String, value: Int, message: String) {
    var hc = HealthCheck(command: ["CMD", "true"])
    switch field {
    case "interval": hc.interval = value
    case "timeout": hc.timeout = value
    case "retries": hc.retries = value
    default: hc.startPeriod = value
    }
    var c = Self.container("web")
    c.healthCheck = hc
    #expect(error(Self.input([c])) == client("Invalid 'healthCheck' setting for container 'web'. " + message))
  }

  @Test func healthCheckBoundsAreInclusive() {
    var c = Self.container("web")
    c.healthCheck = HealthCheck(command: ["CMD", "true"], interval: 5, timeout: 2, retries: 1, startPeriod: 0)
    #expect(error(Self.input([c])) == nil)
    c.healthCheck = HealthCheck(command: ["CMD", "true"], interval: 300, timeout: 60, retries: 10, startPeriod: 300)
    #expect(error(Self.input([c])) == nil)
    c.healthCheck = HealthCheck(command: [])
    #expect(error(Self.input([c])) == client("Invalid 'healthCheck' setting for container 'web'. 'command' must not be empty."))
  }

  // MARK: Roles

  @Test(arguments: [
    ("arn:aws:iam::123456789012:role/shop-task", true),
    ("arn:aws:iam::123456789012:role/service-role/shop+task@2", true),
    ("arn:aws-cn:iam::123456789012:role/shop", true),
    ("shop-task", true),
    ("arn:aws:iam::1234:role/shop", false),
    ("arn:aws:iam::123456789012:user/shop", false),
    ("arn:aws:s3:::bucket", false),
    ("shop task", false),
  ])
  func taskRoleMayBeAnARNOrARoleName(role: String, valid: Bool) {
    var i = Self.input()
    i.taskRoleArn = role
    #expect(error(i) == (valid ? nil : client("Role is not valid")))
  }

  @Test func executionRoleMustBeAnARN() {
    var i = Self.input()
    i.executionRoleArn = "ecsTaskExecutionRole"
    #expect(error(i) == client("Role is not valid"))
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    #expect(error(i) == nil)
  }

  @Test func secretsNeedAnExecutionRole() {
    var i = Self.input()
    var extras = ContainerDefinitionExtras()
    extras.hasSecrets = true
    i.containerExtras = [extras]
    #expect(error(i) == client("When you are specifying container secrets, you must also specify a value for 'executionRoleArn'."))
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    #expect(error(i) == nil)
  }

  // MARK: dependsOn

  @Test func dependenciesMustNameAContainerThatCanReachTheCondition() {
    var i = Self.input([Self.container("app"), Self.container("migrate")])
    var extras = ContainerDefinitionExtras()
    extras.dependsOn = [ContainerDefinitionDependency(containerName: "migrate", condition: "SUCCESS")]
    i.containerExtras = [extras, ContainerDefinitionExtras()]
    #expect(error(i) == client("A dependency container with SUCCESS or COMPLETE condition cannot be an essential container"))
    i.containerDefinitions[1].essential = false
    #expect(error(i) == nil)

    i.containerExtras[0].dependsOn = [ContainerDefinitionDependency(containerName: "migrat", condition: "START")]
    #expect(error(i) == client("Invalid 'dependsOn' setting for container 'app'. Container 'migrat' is not defined in the task definition."))
    i.containerExtras[0].dependsOn = [ContainerDefinitionDependency(containerName: "migrate", condition: "HEALTHY")]
    #expect(error(i) == client("A dependency container with HEALTHY condition must have a health check defined."))
  }

  // MARK: Placement constraints and ephemeral storage

  @Test func onlyMemberOfConstraintsBelongInATaskDefinition() throws {
    var i = Self.input()
    i.placementConstraints = [PlacementConstraintInput(type: "distinctInstance", expression: nil)]
    #expect(error(i) == client("constraint.type 'distinctInstance' is not supported."))

    i.placementConstraints = [PlacementConstraintInput(type: "memberOf", expression: "attribute:ecs.instance-type =~ t3.*")]
    let td = try register(i)
    #expect(td.placementConstraints.map(\.typeName) == ["memberOf"])
    #expect(td.placementConstraints.first?.expression == "attribute:ecs.instance-type =~ t3.*")
  }

  @Test(arguments: [(20, "EphemeralStorage size should be at least 21"), (201, "EphemeralStorage size should be at most 200")])
  func ephemeralStorageRange(size: Int, message: String) {
    var i = Self.fargate()
    i.ephemeralStorageGiB = size
    #expect(error(i) == client(message))
    i.ephemeralStorageGiB = size == 20 ? 21 : 200
    #expect(error(i) == nil)
  }

  // MARK: requiresAttributes

  @Test func bridgeTaskWithARoleNeedsTaskIAMRole() throws {
    var i = Self.input()
    i.taskRoleArn = "arn:aws:iam::123456789012:role/shop-task"
    #expect(try register(i).requiresAttributes == ["com.amazonaws.ecs.capability.task-iam-role"])
    i.networkMode = .bridge
    #expect(try register(i).requiresAttributes == ["com.amazonaws.ecs.capability.task-iam-role"])
  }

  @Test func hostTaskWithARoleNeedsTaskIAMRoleNetworkHost() throws {
    var i = Self.input()
    i.networkMode = .host
    i.taskRoleArn = "arn:aws:iam::123456789012:role/shop-task"
    #expect(try register(i).requiresAttributes == ["com.amazonaws.ecs.capability.task-iam-role-network-host"])
  }

  @Test func plainBridgeTaskRequiresNothing() throws {
    #expect(try register(Self.input()).requiresAttributes == [])
  }

  /// The shape of a real awsvpc definition (ECR image, awslogs, soft limit, both roles).
  @Test func awsvpcTaskWithECRImageAndAwslogs() throws {
    var c = Self.container("api", image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/rag", memory: 3072)
    c.memoryReservation = 1024
    c.cpu = 1024
    c.logDriver = "awslogs"
    c.portMappings = [PortMapping(containerPort: 5000, hostPort: 5000)]
    var i = Self.input([c])
    i.networkMode = .awsvpc
    i.cpu = "1024"
    i.memory = "3072"
    i.taskRoleArn = "arn:aws:iam::123456789012:role/rag"
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    let td = try register(i)
    #expect(td.requiresAttributes == [
      "com.amazonaws.ecs.capability.docker-remote-api.1.18",
      "com.amazonaws.ecs.capability.docker-remote-api.1.19",
      "com.amazonaws.ecs.capability.docker-remote-api.1.21",
      "com.amazonaws.ecs.capability.ecr-auth",
      "com.amazonaws.ecs.capability.logging-driver.awslogs",
      "com.amazonaws.ecs.capability.task-iam-role",
      "ecs.capability.execution-role-awslogs",
      "ecs.capability.execution-role-ecr-pull",
      "ecs.capability.task-eni",
    ])
    #expect(td.compatibilities == [.ec2, .fargate])
  }

  @Test func healthCheckPrivilegedAndOtherLogDrivers() throws {
    var c = Self.container("agent")
    c.healthCheck = HealthCheck(command: ["CMD", "true"])
    c.privileged = true
    c.logDriver = "json-file"
    #expect(try register(Self.input([c])).requiresAttributes == [
      "com.amazonaws.ecs.capability.docker-remote-api.1.18",
      "com.amazonaws.ecs.capability.logging-driver.json-file",
      "com.amazonaws.ecs.capability.privileged-container",
      "ecs.capability.container-health-check",
    ])
  }

  @Test(arguments: [
    ("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop:1", true),
    ("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/shop@sha256:abc", true),
    ("public.ecr.aws/nginx/nginx:latest", false),
    ("nginx:latest", false),
    ("amazon/amazon-ecs-sample", false),
    ("123456789012.dkr.ecr.us-east-1.amazonaws.com", false),
  ])
  func ecrImages(image: String, isECR: Bool) {
    #expect(TaskDefinition.isECRImage(image) == isECR)
  }

  // MARK: From decoded input to registered revision

  @Test func decodedDefinitionRegisters() throws {
    let node = Node.map([
      ("family", .string("shop")),
      ("networkMode", .string("awsvpc")),
      ("requiresCompatibilities", .list([.string("FARGATE")])),
      ("cpu", .string(".5 vCPU")),
      ("memory", .string("1GB")),
      ("executionRoleArn", .string("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")),
      ("containerDefinitions", .list([.map([
        ("name", .string("web")), ("image", .string("nginx:1.25")),
        ("portMappings", .list([.map([("containerPort", .plain("80"))])])),
        ("secrets", .list([.map([("name", .string("TOKEN")), ("valueFrom", .string("/shop/token"))])])),
      ])])),
    ])
    let input = try RegisterTaskDefinitionInput.decode(node, path: "taskDefinitions[0]")
    let td = try register(input)
    #expect(td.cpu == 512 && td.memory == 1024)
    #expect(td.networkModeGiven)
    #expect(td.requiresCompatibilities == [.fargate])
    #expect(td.containerDefinitions[0].portMappings == [PortMapping(containerPort: 80, hostPort: 80)])
    #expect(td.requiresAttributes == ["com.amazonaws.ecs.capability.docker-remote-api.1.18", "ecs.capability.task-eni"])
  }

  @Test func decodedPortMappingWithoutContainerPortIsRejectedByRegistration() throws {
    let node = Node.map([
      ("family", .string("web")),
      ("containerDefinitions", .list([.map([
        ("name", .string("web")), ("image", .string("nginx")), ("memory", .plain("128")),
        ("portMappings", .list([.map([("hostPort", .plain("80"))])])),
      ])])),
    ])
    let input = try RegisterTaskDefinitionInput.decode(node, path: "taskDefinitions[0]")
    #expect(error(input) == client("Invalid 'containerPort' setting for container 'web'."))
  }
}

@Suite struct TaskDefinitionRoleTests {
  @Test func fargateNeedsAnExecutionRoleForECRImages() throws {
    let w = WorldBuilder()
    w.taskDefinition("api", mode: .awsvpc, fargate: true, cpu: "256", memory: "512")
    w.spec.taskDefinitions[0].executionRoleArn = nil
    #expect(throws: LocatedError.self) { try w.build() }
    let sim = try WorldBuilder().build()
    #expect(sim.failure("register-task-definition --family api --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions '[{\"name\":\"api\",\"image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0\"}]'")
      == "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Fargate requires task definition to have execution role ARN to support ECR images.")
  }

  @Test func aTaskRoleMustTrustECSTasks() throws {
    let sim = try WorldBuilder().build()
    #expect(sim.failure("register-task-definition --family app --task-role-arn arn:aws:iam::123456789012:role/ecsInstanceRole --container-definitions '[{\"name\":\"app\",\"image\":\"nginx\",\"memory\":64}]'")
      == "An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Role is not valid: arn:aws:iam::123456789012:role/ecsInstanceRole cannot be assumed by ecs-tasks.amazonaws.com (its trust policy names ec2.amazonaws.com).")
    #expect(sim.taskDefinitions["app"] == nil)
  }

  @Test func hostModeTaskRoleNeedsTheNetworkHostCapability() throws {
    let w = WorldBuilder()
    w.instances(ami: .bareAgent, config: "ECS_ENABLE_TASK_IAM_ROLE=true")
      .taskDefinition("app", mode: .host, taskRole: true) { $0.portMappings = [PortMapping(containerPort: 9000)] }
    let sim = try w.build()
    let out = try #require(try sim.must("run-task --task-definition app"))
    #expect(out.serialized().contains("\"reason\":\"ATTRIBUTE\""))
    try sim.must("launch-instances --instance-type m5.large --ami bare-agent --ecs-config ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=true")
    sim.advance(to: .minutes(1))
    try sim.must("run-task --task-definition app")
    #expect(sim.liveTasks.count == 1)
  }
}
