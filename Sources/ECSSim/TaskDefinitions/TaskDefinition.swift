/// `bridge`, `host`, `awsvpc` or `none`: how a task's containers reach the network, which
/// decides whether host ports are dynamic, fixed per instance or per task ENI.
public enum NetworkMode: String, Sendable, CaseIterable {
  case bridge, host, awsvpc, none
}

/// `EC2`, `FARGATE` or `EXTERNAL`.
public enum Compatibility: String, Sendable, CaseIterable {
  case ec2 = "EC2"
  case fargate = "FARGATE"
  case external = "EXTERNAL"
}

public enum TransportProtocol: String, Sendable {
  case tcp, udp
}

/// One entry of a container definition's `portMappings`. `hostPort` nil or 0 in bridge mode is
/// a dynamic mapping: the agent picks a free port from the instance's ephemeral range.
public struct PortMapping: Hashable, Sendable {
  public var containerPort: Int
  public var hostPort: Int?
  public var `protocol`: TransportProtocol

  public init(containerPort: Int, hostPort: Int? = nil, protocol: TransportProtocol = .tcp) {
    self.containerPort = containerPort
    self.hostPort = hostPort
    self.protocol = `protocol`
  }

  public var isDynamic: Bool { hostPort == nil || hostPort == 0 }
}

/// A container's `healthCheck`, with ECS's defaults filled in (30 s interval, 5 s timeout,
/// 3 retries, no start period).
public struct HealthCheck: Hashable, Sendable {
  public var command: [String]
  public var interval: Int = 30
  public var timeout: Int = 5
  public var retries: Int = 3
  public var startPeriod: Int = 0
  public init(command: [String], interval: Int = 30, timeout: Int = 5, retries: Int = 3, startPeriod: Int = 0) {
    self.command = command; self.interval = interval; self.timeout = timeout
    self.retries = retries; self.startPeriod = startPeriod
  }
}

public struct KeyValuePair: Hashable, Sendable {
  public var name: String
  public var value: String
  public init(name: String, value: String) { self.name = name; self.value = value }
}

/// One of RegisterTaskDefinition's `containerDefinitions`, with the fields the simulation uses.
public struct ContainerDefinition: Hashable, Sendable {
  public var name: String
  public var image: String
  public var cpu: Int = 0
  /// Hard limit (MiB); exceeding it kills the container.
  public var memory: Int?
  /// Soft limit (MiB); what placement subtracts when present.
  public var memoryReservation: Int?
  public var essential: Bool = true
  public var portMappings: [PortMapping] = []
  public var links: [String] = []
  public var command: [String] = []
  public var entryPoint: [String] = []
  public var environment: [KeyValuePair] = []
  public var healthCheck: HealthCheck?
  public var logDriver: String?
  public var stopTimeout: Int?
  public var startTimeout: Int?
  public var privileged: Bool = false
  public var dockerLabels: [KeyValuePair] = []

  public init(name: String, image: String) {
    self.name = name
    self.image = image
  }

  /// Memory subtracted from the instance for placement: the soft limit if set, else the hard one.
  public var reservedMemory: Int { memoryReservation ?? memory ?? 0 }
}

public enum TaskDefinitionStatus: String, Sendable {
  case active = "ACTIVE"
  case inactive = "INACTIVE"
  case deleteInProgress = "DELETE_IN_PROGRESS"
}

/// A registered task definition revision (`family:revision`). Immutable once registered, except
/// for its status: "editing" means registering the next revision.
public struct TaskDefinition: Sendable {
  public var family: String
  public var revision: Int
  public var containerDefinitions: [ContainerDefinition]
  public var taskRoleArn: String?
  public var executionRoleArn: String?
  public var networkMode: NetworkMode
  /// True when the input named a network mode; `describe` prints it only then, like ECS.
  public var networkModeGiven: Bool
  public var requiresCompatibilities: [Compatibility]
  /// Task-level size in CPU units and MiB, converted from "1 vCPU" / "2 GB" at registration.
  public var cpu: Int?
  public var memory: Int?
  public var placementConstraints: [PlacementConstraint]
  public var status: TaskDefinitionStatus = .active
  public var compatibilities: [Compatibility]
  /// Container-instance attributes a host must advertise to run this definition.
  public var requiresAttributes: [String]
  public var registeredAt: SimTime = .zero
  public var deregisteredAt: SimTime?
  /// The container definitions boxed once at registration, for the revision's tasks to share.
  var containerBoxes: [ContainerDefinitionBox] = []

  public init(
    family: String, revision: Int, containerDefinitions: [ContainerDefinition],
    taskRoleArn: String? = nil, executionRoleArn: String? = nil,
    networkMode: NetworkMode = .bridge, networkModeGiven: Bool = false,
    requiresCompatibilities: [Compatibility] = [], cpu: Int? = nil, memory: Int? = nil,
    placementConstraints: [PlacementConstraint] = [], compatibilities: [Compatibility] = [],
    requiresAttributes: [String] = []
  ) {
    self.family = family; self.revision = revision; self.containerDefinitions = containerDefinitions
    self.taskRoleArn = taskRoleArn; self.executionRoleArn = executionRoleArn
    self.networkMode = networkMode; self.networkModeGiven = networkModeGiven
    self.requiresCompatibilities = requiresCompatibilities; self.cpu = cpu; self.memory = memory
    self.placementConstraints = placementConstraints; self.compatibilities = compatibilities
    self.requiresAttributes = requiresAttributes
  }

  public var familyRevision: String { "\(family):\(revision)" }

  /// CPU units placement subtracts: the task-level value if set, else the containers' sum.
  public var reservedCPU: Int { cpu ?? containerDefinitions.reduce(0) { $0 + $1.cpu } }

  /// MiB placement subtracts: the task-level value if set, else the containers' reservations.
  public var reservedMemory: Int { memory ?? containerDefinitions.reduce(0) { $0 + $1.reservedMemory } }
}
