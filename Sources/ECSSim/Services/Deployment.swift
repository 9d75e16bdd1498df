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
  public internal(set) var tasks: [ECSTask] = []
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
