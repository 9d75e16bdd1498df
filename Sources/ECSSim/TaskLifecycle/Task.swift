/// The task lifecycle states, in order (DELETED is never shown by ecsim: stopped tasks simply
/// disappear an hour after stopping).
public enum TaskStatus: String, Sendable, Comparable {
  case provisioning = "PROVISIONING"
  case pending = "PENDING"
  case activating = "ACTIVATING"
  case running = "RUNNING"
  case deactivating = "DEACTIVATING"
  case stopping = "STOPPING"
  case deprovisioning = "DEPROVISIONING"
  case stopped = "STOPPED"

  var order: Int {
    switch self {
    case .provisioning: 0
    case .pending: 1
    case .activating: 2
    case .running: 3
    case .deactivating: 4
    case .stopping: 5
    case .deprovisioning: 6
    case .stopped: 7
    }
  }

  public static func < (a: TaskStatus, b: TaskStatus) -> Bool { a.order < b.order }
}

public enum DesiredStatus: String, Sendable {
  case running = "RUNNING"
  case stopped = "STOPPED"
}

/// `TaskStopCode`: why a task stopped, in ECS's enum.
public enum StopCode: String, Sendable {
  case taskFailedToStart = "TaskFailedToStart"
  case essentialContainerExited = "EssentialContainerExited"
  case userInitiated = "UserInitiated"
  case serviceSchedulerInitiated = "ServiceSchedulerInitiated"
  case spotInterruption = "SpotInterruption"
  case terminationNotice = "TerminationNotice"
}

public enum LaunchType: String, Sendable {
  case ec2 = "EC2"
  case fargate = "FARGATE"
  case external = "EXTERNAL"
}

public enum HealthStatus: String, Sendable {
  case healthy = "HEALTHY"
  case unhealthy = "UNHEALTHY"
  case unknown = "UNKNOWN"
}

/// A port binding reported once the task is RUNNING (`containers[].networkBindings`).
public struct NetworkBinding: Sendable, Hashable {
  public var bindIP: String
  public var containerPort: Int
  public var hostPort: Int
  public var `protocol`: TransportProtocol
}

/// An `ElasticNetworkInterface` attachment of an awsvpc task.
public struct ENIAttachment: Sendable {
  public var id: HexID
  public var status: String
  public var subnetId: String
  public var networkInterfaceId: String
  public var macAddress: String
  public var privateIPv4Address: String
  public var privateDnsName: String
}

/// One container of a running task, with its own status and exit code.
public struct Container: Sendable {
  public var id: HexID
  /// Shared with every task of the revision: a task copies no container definition.
  let box: ContainerDefinitionBox
  public var definition: ContainerDefinition { box.definition }
  public var lastStatus: TaskStatus = .pending
  public var exitCode: Int?
  public var reason: String?
  public var networkBindings: [NetworkBinding] = []
  public var healthStatus: HealthStatus = .unknown
  /// The digest the image tag resolved to when the task started.
  public var imageDigest: String?
  /// The program inside, from the image (and `ecsim.*` dockerLabels).
  public var behavior: ImageBehavior = ImageBehavior()

  public var name: String { definition.name }
  public var essential: Bool { definition.essential }
}

/// A task: one instantiation of a task definition, on an instance or on Fargate.
public final class Task {
  public let id: HexID
  /// `arn:aws:ecs:<region>:<account>:task/<cluster>/`, shared by the cluster's tasks.
  let arnPrefix: String
  public var arn: String { arnPrefix + id.hex }
  public let clusterName: String
  public let family: String
  public let revision: Int
  public let taskDefinitionArn: String
  public let launchType: LaunchType
  public let capacityProviderName: String?
  /// nil for Fargate.
  public internal(set) var containerInstance: ContainerInstance?
  public let containerInstanceArn: String?
  public let availabilityZone: String
  let taskGroup: TaskGroup
  /// `family:<family>` for standalone tasks unless RunTask named a group.
  public var group: String { taskGroup.name }
  public let startedBy: String?
  public let networkMode: NetworkMode
  /// The definition's execution role (it pulls images when set).
  public let executionRoleArn: String?
  public let platformVersion: String?
  public let cpu: Int
  public let memory: Int
  /// Task-level sizes as ECS reports them (strings), when the definition had them.
  public let cpuText: String?
  public let memoryText: String?
  public internal(set) var containers: [Container]
  public internal(set) var eni: ENIAttachment?
  /// awsvpc: whether the ENI got a public IP (`assignPublicIp=ENABLED`).
  public internal(set) var assignPublicIp = false

  public internal(set) var lastStatus: TaskStatus
  public internal(set) var desiredStatus: DesiredStatus = .running
  public internal(set) var stopCode: StopCode?
  public internal(set) var stoppedReason: String?
  public internal(set) var healthStatus: HealthStatus = .unknown
  public internal(set) var connectivity: String?
  public internal(set) var version = 1

  public let createdAt: SimTime
  public internal(set) var pullStartedAt: SimTime?
  public internal(set) var pullStoppedAt: SimTime?
  public internal(set) var startedAt: SimTime?
  public internal(set) var connectivityAt: SimTime?
  public internal(set) var stoppingAt: SimTime?
  public internal(set) var executionStoppedAt: SimTime?
  public internal(set) var stoppedAt: SimTime?

  /// Host ports held on the instance until the task is STOPPED.
  var heldTCP: [Int] = []
  var heldUDP: [Int] = []
  var heldStaticTCP: [Int] = []
  var heldStaticUDP: [Int] = []
  /// The service and deployment that launched the task (nil for standalone tasks).
  public internal(set) weak var service: Service?
  public internal(set) weak var deployment: Deployment?
  /// Why the image pull failed, until the failure is reported.
  var pullFailure: String?
  /// Whether the task's service counts it healthy right now (kept by `refreshHealth`).
  var countedHealthy = false
  /// Load-balancer targets registered for this task.
  var targets: [(group: TargetGroup, target: RegisteredTarget)] = []
  /// Position in the simulator's creation-ordered task list.
  var slot = 0
  /// Set while the stop sequence has been started, so it runs once.
  var stopSequenceStarted = false
  /// When the task's latest lifecycle step (ENI attached, pull started/finished/failed,
  /// containers started, stop signal, teardown) is or was due: the "why" view's expected times.
  var stepDue: SimTime?
  /// The placement strategy chain that chose the instance (EC2 tasks).
  var placedBy: [PlacementStrategy] = []

  init(
    id: HexID, arnPrefix arn: String, clusterName: String, definition: TaskDefinition, taskDefinitionArn: String,
    launchType: LaunchType, capacityProviderName: String?, containerInstance: ContainerInstance?,
    availabilityZone: String, group: TaskGroup, startedBy: String?, createdAt: SimTime,
    containers: [Container], initialStatus: TaskStatus
  ) {
    self.id = id; arnPrefix = arn; self.clusterName = clusterName
    family = definition.family; revision = definition.revision
    self.taskDefinitionArn = taskDefinitionArn; self.launchType = launchType
    self.capacityProviderName = capacityProviderName; self.containerInstance = containerInstance
    containerInstanceArn = containerInstance?.arn
    self.availabilityZone = availabilityZone; taskGroup = group; self.startedBy = startedBy
    networkMode = definition.networkMode
    executionRoleArn = definition.executionRoleArn
    platformVersion = launchType == .fargate ? "1.4.0" : nil
    cpu = definition.reservedCPU
    memory = definition.reservedMemory
    cpuText = definition.cpu.map(String.init)
    memoryText = definition.memory.map(String.init)
    self.createdAt = createdAt; self.containers = containers; lastStatus = initialStatus
  }

  public var familyRevision: String { "\(family):\(revision)" }
  public var isStopped: Bool { lastStatus == .stopped }
}

/// One container definition of a registered revision, shared by reference by its tasks.
public final class ContainerDefinitionBox: Sendable {
  public let definition: ContainerDefinition
  /// `image` parsed once (every task of the revision pulls it).
  public let imageRef: ImageReference
  init(_ definition: ContainerDefinition) {
    self.definition = definition
    imageRef = ImageReference(definition.image)
  }
}
