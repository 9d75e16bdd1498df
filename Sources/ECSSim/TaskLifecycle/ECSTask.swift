/// A task: one instantiation of a task definition, on an instance or on Fargate.
///
/// Named `ECSTask`, not `Task`: a public `Task` in the engine would shadow Swift concurrency's
/// `Task` in every module that imports ECSSim, so `Task { … }` in the dashboard, the HTTP
/// endpoint or live mode would fail with an unrelated error about this class's initialiser.
/// The ECS prefix keeps the API's word and leaves `Task` to concurrency
/// (docs/architecture.md §8; `ConcurrencyTaskNameTests` keeps it so).
public final class ECSTask {
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
