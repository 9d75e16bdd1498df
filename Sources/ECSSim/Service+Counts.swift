extension Deployment {
  /// Tasks of this deployment counted healthy toward minimumHealthyPercent (RUNNING, past the
  /// 40-second rule and the grace period, and healthy in every check that applies).
  public var healthyTaskCount: Int { healthyCount }
}

extension Service {
  /// Healthy tasks of every deployment: what the lower bound is compared with.
  public var healthyTaskCount: Int { healthyCount }
  /// Tasks not yet STOPPED: what the upper bound is compared with.
  public var nonStoppedTaskCount: Int { totalCount }
}

extension Service {
  /// The service's last scheduler pass could not place a task (cleared by the next launch that
  /// succeeds): the dashboard marks the row, and `explain(service:)` says why.
  public var cannotPlaceTasks: Bool { lastPlacementFailure != nil }

  /// New tasks of this service are failing health checks (ALB or container), as last recorded.
  public var failingHealthChecks: Bool { lastHealthCheckFailure != nil }
}
