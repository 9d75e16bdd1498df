import OrderedCollections

/// An ECS cluster. The four DescribeClusters counters are kept up to date as tasks and
/// instances change, so describing a cluster never scans its tasks.
public final class Cluster {
  public let name: String
  public let arn: String
  public var status: ClusterStatus = .active
  public let createdAt: SimTime
  /// Container instances ever registered here, in registration order (INACTIVE ones stay).
  public internal(set) var instances: [ContainerInstance] = []
  /// Container instances in ACTIVE or DRAINING.
  public internal(set) var registeredContainerInstancesCount = 0
  /// Tasks whose lastStatus is RUNNING.
  public internal(set) var runningTasksCount = 0
  /// Tasks whose lastStatus is PENDING (PROVISIONING and ACTIVATING are not PENDING).
  public internal(set) var pendingTasksCount = 0
  /// Services in ACTIVE (services arrive with the service scheduler).
  public internal(set) var activeServicesCount = 0
  public var capacityProviders: [String] = ["FARGATE", "FARGATE_SPOT"]
  /// Services by name, in creation order (INACTIVE ones stay describable).
  public internal(set) var services: [String: Service] = [:]
  public internal(set) var serviceOrder: [Service] = []
  /// Container instances in DRAINING (their service tasks are being replaced).
  var drainingCount = 0
  var drainingInstances: [ContainerInstance] { drainingCount == 0 ? [] : instances.filter { $0.status == .draining } }
  /// Task groups by name (see `TaskGroup`).
  var groups: [String: TaskGroup] = [:]
  /// Bumped whenever an instance registers or changes status, agent connection or attributes:
  /// cached placement filters older than this are rebuilt.
  var placementGeneration = 0
  var eligibleCache: [String: EligibleInstances] = [:]

  /// Task ARNs of this cluster start with this (`…:task/<cluster>/`).
  let taskArnPrefix: String

  init(name: String, arn: String, createdAt: SimTime) {
    self.name = name
    self.arn = arn
    taskArnPrefix = arn.replacing(":cluster/", with: ":task/") + "/"
    self.createdAt = createdAt
  }
}
