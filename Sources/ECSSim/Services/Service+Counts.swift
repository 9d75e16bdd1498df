extension Service {
  /// The service's last scheduler pass could not place a task (cleared by the next launch that
  /// succeeds): the dashboard marks the row, and `explain(service:)` says why.
  public var cannotPlaceTasks: Bool { lastPlacementFailure != nil }

  /// New tasks of this service are failing health checks (ALB or container), as last recorded.
  public var failingHealthChecks: Bool { lastHealthCheckFailure != nil }
}
