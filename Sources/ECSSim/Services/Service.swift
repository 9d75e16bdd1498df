/// An ECS service: keeps `desiredCount` tasks of its task definition running (REPLICA), or one
/// per instance (DAEMON), replacing what stops and rolling deployments within its bounds.
public final class Service {
  public let name: String
  public let arn: String
  public let clusterName: String
  public internal(set) var status: ServiceStatus = .active
  public internal(set) var desiredCount: Int
  public let schedulingStrategy: SchedulingStrategy
  public let launchType: LaunchType
  public internal(set) var capacityProvider: String?
  public internal(set) var maximumPercent: Int
  public internal(set) var minimumHealthyPercent: Int
  public internal(set) var circuitBreakerEnabled: Bool
  public internal(set) var circuitBreakerRollback: Bool
  public internal(set) var healthCheckGracePeriodSeconds: Int
  public internal(set) var placementConstraints: [PlacementConstraint]
  public internal(set) var placementStrategy: [PlacementStrategy]
  public internal(set) var loadBalancers: [ServiceLoadBalancer]
  public internal(set) var subnets: [String]
  public internal(set) var securityGroups: [String]
  public internal(set) var assignPublicIp: Bool
  public let createdAt: SimTime
  /// Newest first.
  public internal(set) var deployments: [Deployment] = []
  /// Newest first, at most 100.
  public internal(set) var events: [ServiceEvent] = []
  let group: TaskGroup

  /// The task definition of the last deployment that COMPLETED (a rollback's target).
  public internal(set) var lastCompletedTaskDefinition: TaskDefinition?
  /// Tasks that stopped in a row without ever reaching RUNNING (drives the throttle).
  var consecutiveStartFailures = 0
  /// While throttled, no new task is launched before this time.
  var throttledUntil: SimTime?
  var throttleStep = 0
  /// Set if the scheduler ever started a task with the upper bound already reached, or stopped a
  /// healthy task that took the service below its lower bound: bugs the invariant checker reports.
  var scheduledAbove = false
  var stoppedBelowLowerBound = false
  /// When the queued reconcile is due (nil: none queued).
  var reconcileDue: SimTime?
  /// The service has reported steady state and nothing has changed since.
  var reportedSteadyState = false
  /// Messages reported since the last steady state, with when (duplicate suppression).
  var suppressed: [String: SimTime] = [:]

  init(
    name: String, arn: String, clusterName: String, desiredCount: Int, schedulingStrategy: SchedulingStrategy,
    launchType: LaunchType, capacityProvider: String?, maximumPercent: Int, minimumHealthyPercent: Int,
    circuitBreakerEnabled: Bool, circuitBreakerRollback: Bool, healthCheckGracePeriodSeconds: Int,
    placementConstraints: [PlacementConstraint], placementStrategy: [PlacementStrategy],
    loadBalancers: [ServiceLoadBalancer], subnets: [String], securityGroups: [String], assignPublicIp: Bool,
    createdAt: SimTime, group: TaskGroup
  ) {
    self.name = name; self.arn = arn; self.clusterName = clusterName; self.desiredCount = desiredCount
    self.schedulingStrategy = schedulingStrategy; self.launchType = launchType; self.capacityProvider = capacityProvider
    self.maximumPercent = maximumPercent; self.minimumHealthyPercent = minimumHealthyPercent
    self.circuitBreakerEnabled = circuitBreakerEnabled; self.circuitBreakerRollback = circuitBreakerRollback
    self.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds
    self.placementConstraints = placementConstraints; self.placementStrategy = placementStrategy
    self.loadBalancers = loadBalancers; self.subnets = subnets; self.securityGroups = securityGroups
    self.assignPublicIp = assignPublicIp; self.createdAt = createdAt; self.group = group
  }

  public var primary: Deployment { deployments[0] }
  public var taskDefinition: TaskDefinition { primary.taskDefinition }

  /// Tasks of every deployment that are not yet STOPPED.
  public var liveTasks: [ECSTask] { deployments.flatMap(\.tasks) }
  public var runningCount: Int { deployments.reduce(0) { $0 + $1.runningCount } }
  public var pendingCount: Int { deployments.reduce(0) { $0 + $1.pendingCount } }

  /// Tasks not yet STOPPED (toward the upper bound) and tasks counted healthy (the lower).
  var totalCount: Int { deployments.reduce(0) { $0 + $1.tasks.count } }
  var healthyCount: Int { deployments.reduce(0) { $0 + $1.healthyCount } }
  /// Tasks that may have failed their health checks, looked at by the next reconcile.
  var suspects: [ECSTask] = []
  /// For the "why" view: the last placement that failed (cleared when a launch succeeds), the
  /// scheduler's last decision and the last health-check failure. O(1) each to keep.
  var lastPlacementFailure: PlacementRejection?
  var lastDecision: SchedulerDecision?
  var lastHealthCheckFailure: HealthCheckFailure?
  /// The last task that stopped without reaching RUNNING (its stoppedReason says why).
  var lastFailedStart: ECSTask?

  public var bounds: DeploymentBounds {
    DeploymentBounds(desired: desiredCount, minimumHealthyPercent: minimumHealthyPercent, maximumPercent: maximumPercent)
  }
}
