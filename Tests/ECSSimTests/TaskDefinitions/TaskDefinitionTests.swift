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
}
