/// An EC2 instance whose agent registered it in a cluster.
public final class ContainerInstance {
  public let id: HexID
  public let arn: String
  public let ec2InstanceId: String
  public let clusterName: String
  public let instanceType: InstanceType
  public let availabilityZone: String
  public let subnetId: String
  public let privateIp: String
  public let securityGroups: [String]
  public let purchaseOption: PurchaseOption
  public let iamRole: String?
  public let config: AgentConfig
  public let configWarnings: [LocatedError]
  public let registeredAt: SimTime
  public let agentVersion = "1.87.0"
  public let agentHash = "3b5f6cc5"
  public let dockerVersion = "DockerVersion: 25.0.8"
  public let amiId: String
  /// Registration time as `YYYY-MM-DDTHH:MM:SSZ`, for `registeredAt` queries.
  public let registeredAtISO: String

  public internal(set) var status: ContainerInstanceStatus = .active
  public internal(set) var statusReason: String?
  public internal(set) var agentConnected = true
  /// False once EC2 has stopped or terminated the host.
  public internal(set) var ec2Running = true

  public let registeredCPU: Int
  public let registeredMemory: Int
  /// Free capacity lives in the simulator's capacity table (see `CapacityTable`).
  unowned let capacity: CapacityTable
  public internal(set) var remainingCPU: Int {
    get { Int(capacity.rows[ordinal].cpu) }
    set { capacity.rows[ordinal].cpu = Int32(newValue) }
  }
  public internal(set) var remainingMemory: Int {
    get { Int(capacity.rows[ordinal].memory) }
    set { capacity.rows[ordinal].memory = Int32(newValue) }
  }
  /// TCP ports taken: agent-reserved, static task ports and dynamic task ports.
  var tcp = PortSet()
  var udp = PortSet()
  /// Static host ports held by tasks (listed in remainingResources; dynamic ones are not).
  public internal(set) var staticTCP: [Int] = []
  public internal(set) var staticUDP: [Int] = []
  var nextDynamicPort: Int
  /// When EC2 reclaims the host after a Spot interruption notice (nil: no notice).
  public internal(set) var spotReclaimAt: SimTime?
  /// Task ENIs attached (awsvpc); the primary interface is the host's own.
  public internal(set) var attachedENIs = 0

  /// Attributes in registration order: built-in, capabilities, then custom.
  public internal(set) var attributes: [(name: String, value: String?)]
  var attributeIndex: [String: String?] = [:]

  /// Tasks placed here that are not yet STOPPED.
  public internal(set) var tasks: [ECSTask] = []
  /// Tasks whose desiredStatus is RUNNING.
  public internal(set) var runningTasksCount = 0
  /// Tasks whose lastStatus is PENDING.
  public internal(set) var pendingTasksCount = 0
  /// Image references already in the Docker cache, with the digest they resolved to.
  public internal(set) var imageCache: [String: String] = [:]
  /// Position in `Simulator.instanceOrder`, for stable ordering.
  let ordinal: Int

  init(
    id: HexID, arn: String, ec2InstanceId: String, clusterName: String, instanceType: InstanceType,
    availabilityZone: String, subnetId: String, privateIp: String, securityGroups: [String],
    purchaseOption: PurchaseOption, iamRole: String?, config: AgentConfig, configWarnings: [LocatedError],
    registeredAt: SimTime, registeredAtISO: String, amiId: String, vpcId: String, ordinal: Int, capacity: CapacityTable
  ) {
    self.capacity = capacity
    self.registeredAtISO = registeredAtISO
    self.id = id; self.arn = arn; self.ec2InstanceId = ec2InstanceId; self.clusterName = clusterName
    self.instanceType = instanceType; self.availabilityZone = availabilityZone; self.subnetId = subnetId
    self.privateIp = privateIp; self.securityGroups = securityGroups; self.purchaseOption = purchaseOption
    self.iamRole = iamRole; self.config = config; self.configWarnings = configWarnings
    self.registeredAt = registeredAt; self.amiId = amiId; self.ordinal = ordinal
    registeredCPU = instanceType.cpuUnits
    registeredMemory = max(0, instanceType.registeredMemoryMiB - config.reservedMemory)
    capacity.rows.append(InstanceCapacity(cpu: Int32(registeredCPU), memory: Int32(registeredMemory), freeDynamicTCP: Int32(config.dynamicHostPortRange.count)))
    nextDynamicPort = config.dynamicHostPortRange.lowerBound
    var attrs: [(name: String, value: String?)] = [
      ("ecs.ami-id", amiId),
      ("ecs.availability-zone", availabilityZone),
      ("ecs.instance-type", instanceType.name),
      ("ecs.os-type", "linux"),
      ("ecs.os-family", "LINUX"),
      ("ecs.cpu-architecture", "x86_64"),
      ("ecs.vpc-id", vpcId),
      ("ecs.subnet-id", subnetId),
    ]
    for c in config.capabilityAttributes { attrs.append((c, nil)) }
    for (k, v) in config.instanceAttributes { attrs.append((k, v)) }
    attributes = attrs
    for a in attrs { attributeIndex[a.name] = .some(a.value) }
    for p in config.reservedPorts { takeTCP(p) }
    for p in config.reservedPortsUDP { udp.insert(p) }
  }

  public func attribute(_ name: String) -> String?? { attributeIndex[name] }

  public func hasAttribute(_ name: String) -> Bool { attributeIndex[name] != nil }

  func setAttribute(_ name: String, _ value: String?) {
    if let i = attributes.firstIndex(where: { $0.name == name }) { attributes[i].value = value }
    else { attributes.append((name, value)) }
    attributeIndex[name] = .some(value)
  }

  /// Free ports left in the dynamic range.
  var freeDynamicPorts: Int { Int(capacity.rows[ordinal].freeDynamicTCP) }

  func isTCPFree(_ port: Int) -> Bool { !tcp.contains(port) }
  func isUDPFree(_ port: Int) -> Bool { !udp.contains(port) }

  func takeTCP(_ port: Int) {
    guard !tcp.contains(port) else { return }
    tcp.insert(port)
    if config.dynamicHostPortRange.contains(port) { capacity.rows[ordinal].freeDynamicTCP -= 1 }
  }

  func releaseTCP(_ port: Int) {
    guard tcp.contains(port) else { return }
    tcp.remove(port)
    if config.dynamicHostPortRange.contains(port) { capacity.rows[ordinal].freeDynamicTCP += 1 }
  }

  /// The next free port of the dynamic range after the last one handed out, as the agent
  /// assigns them: it walks the range instead of reusing the port a task just released.
  func allocateDynamicTCP() -> Int? {
    let range = config.dynamicHostPortRange
    guard freeDynamicPorts > 0 else { return nil }
    var p = nextDynamicPort
    for _ in 0..<range.count {
      if !range.contains(p) { p = range.lowerBound }
      if !tcp.contains(p) {
        takeTCP(p)
        nextDynamicPort = p + 1
        return p
      }
      p += 1
    }
    return nil
  }

  func allocateDynamicUDP() -> Int? {
    let range = config.dynamicHostPortRange
    for p in range where !udp.contains(p) {
      udp.insert(p)
      return p
    }
    return nil
  }

  /// Task ENIs this instance type can attach (one interface is the host's own).
  public var maxTaskENIs: Int { max(0, instanceType.maxENIs - 1) }

  public var reservedPortsTCP: [Int] { config.reservedPorts }

  /// Reserved ports as ECS counts them against its cap of 100: the agent's (TCP and UDP) plus
  /// static host ports held by tasks. Dynamic ports do not count.
  public var reservedPortCount: Int {
    config.reservedPorts.count + config.reservedPortsUDP.count + staticTCP.count + staticUDP.count
  }

  /// ECS's limit on reserved ports per container instance, defaults included.
  public static let maximumReservedPorts = 100
}

/// The view of an instance the cluster query language evaluates.
extension ContainerInstance: ClusterQuerySubject {
  public func attributeValue(_ name: String) -> String?? { attributeIndex[name] }
  public var taskGroups: [String] {
    var names: [String] = []
    for t in tasks where t.lastStatus != .stopped && !names.contains(t.group) { names.append(t.group) }
    return names.sorted()
  }
}
