public enum ServiceStatus: String, Sendable {
  case active = "ACTIVE"
  case draining = "DRAINING"
  case inactive = "INACTIVE"
}

public enum SchedulingStrategy: String, Sendable {
  case replica = "REPLICA"
  case daemon = "DAEMON"
}

public enum DeploymentStatus: String, Sendable {
  case primary = "PRIMARY"
  case active = "ACTIVE"
  case inactive = "INACTIVE"
}

public enum RolloutState: String, Sendable {
  case inProgress = "IN_PROGRESS"
  case completed = "COMPLETED"
  case failed = "FAILED"
}

/// A service event as DescribeServices returns it: newest first, at most 100 kept.
public struct ServiceEvent: Sendable {
  public var id: HexID
  public var createdAt: SimTime
  public var message: String
}

/// One deployment of a service: the tasks of one task definition revision (and configuration).
public final class Deployment {
  /// `ecs-svc/<19 digits>`; also the `startedBy` of every task it launches.
  public let id: String
  public internal(set) var status: DeploymentStatus = .primary
  public let taskDefinition: TaskDefinition
  public internal(set) var desiredCount: Int
  public internal(set) var failedTasks = 0
  public let createdAt: SimTime
  public internal(set) var updatedAt: SimTime
  public internal(set) var rolloutState: RolloutState = .inProgress
  public internal(set) var rolloutStateReason: String
  /// True for the deployment a circuit breaker started to go back to the last good one.
  public let isRollback: Bool
  /// Tasks this deployment launched that are not yet STOPPED.
  public internal(set) var tasks: [Task] = []
  /// Of `tasks`: those whose desired status is still RUNNING, and those counted healthy. Kept
  /// as tasks change, so the scheduler's arithmetic never walks ten thousand tasks.
  var activeCount = 0
  var healthyCount = 0

  init(id: String, taskDefinition: TaskDefinition, desiredCount: Int, at time: SimTime, isRollback: Bool) {
    self.id = id
    self.taskDefinition = taskDefinition
    self.desiredCount = desiredCount
    createdAt = time
    updatedAt = time
    self.isRollback = isRollback
    rolloutStateReason = "ECS deployment \(id) in progress."
  }

  /// PENDING-side tasks (not yet RUNNING, not told to stop).
  public var pendingCount: Int { pendingTaskCount }
  /// RUNNING tasks not told to stop.
  public var runningCount: Int { runningTaskCount }
  /// Kept as tasks change (`Simulator.countServiceTask`), like the cluster's counters, so
  /// DescribeServices and the dashboard never walk a 10,000-task deployment to count it; the
  /// invariant checker recounts them.
  var runningTaskCount = 0
  var pendingTaskCount = 0
}

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
  public var liveTasks: [Task] { deployments.flatMap(\.tasks) }
  public var runningCount: Int { deployments.reduce(0) { $0 + $1.runningCount } }
  public var pendingCount: Int { deployments.reduce(0) { $0 + $1.pendingCount } }

  /// Tasks not yet STOPPED (toward the upper bound) and tasks counted healthy (the lower).
  var totalCount: Int { deployments.reduce(0) { $0 + $1.tasks.count } }
  var healthyCount: Int { deployments.reduce(0) { $0 + $1.healthyCount } }
  /// Tasks that may have failed their health checks, looked at by the next reconcile.
  var suspects: [Task] = []
  /// For the "why" view: the last placement that failed (cleared when a launch succeeds), the
  /// scheduler's last decision and the last health-check failure. O(1) each to keep.
  var lastPlacementFailure: PlacementRejection?
  var lastDecision: SchedulerDecision?
  var lastHealthCheckFailure: HealthCheckFailure?
  /// The last task that stopped without reaching RUNNING (its stoppedReason says why).
  var lastFailedStart: Task?

  public var bounds: DeploymentBounds {
    DeploymentBounds(desired: desiredCount, minimumHealthyPercent: minimumHealthyPercent, maximumPercent: maximumPercent)
  }
}

/// What the service scheduler compared and did on its last pass over a REPLICA service, kept
/// for the "why" view, so it explains the engine's own decision rather than a recomputation.
struct SchedulerDecision {
  var bounds: DeploymentBounds
  /// Tasks not yet STOPPED across all deployments as the pass began (held against the upper bound).
  var total: Int
  /// PRIMARY tasks still missing, and what the upper bound left room for (`upper - total`).
  var missing: Int
  var room: Int
  var rolloutFailed = false
  /// Tasks being replaced (older deployments, PRIMARY tasks on DRAINING instances) still told
  /// to run, how many this pass stopped, and the healthy count left after those stops.
  var retiring = 0
  var stopped = 0
  var healthyAfter = 0
  /// Nothing could start or stop: the "unable to stop or start tasks" condition.
  var stuck = false
}

/// The last health-check failure of a service task that ECS reported or acted on.
struct HealthCheckFailure {
  var at: SimTime
  var task: Task
  /// nil: the container health check failed.
  var targetGroup: TargetGroup?
  var port = 0
  var health: TargetHealth?
}

/// A service's `loadBalancers` entry, resolved.
public struct ServiceLoadBalancer: Sendable {
  public var targetGroupArn: String
  public var containerName: String
  public var containerPort: Int
}
