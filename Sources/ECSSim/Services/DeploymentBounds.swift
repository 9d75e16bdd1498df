/// The minimumHealthyPercent / maximumPercent arithmetic of
/// docs/ecs/services-and-deployments.md §4.
public struct DeploymentBounds: Sendable, Equatable {
  /// Tasks that must stay RUNNING and healthy: `ceil(desired × min / 100)`.
  public var lower: Int
  /// Tasks allowed in PENDING or RUNNING across all deployments: `floor(desired × max / 100)`.
  public var upper: Int

  public init(desired: Int, minimumHealthyPercent: Int, maximumPercent: Int) {
    // Integer arithmetic, so 75 % of 2 is exactly 1.5 → 2 and 125 % of 3 is 3.75 → 3.
    lower = (desired * minimumHealthyPercent + 99) / 100
    upper = desired * maximumPercent / 100
  }

  /// True when no task can be stopped before a replacement is healthy *and* no extra task can be
  /// started: the configuration that stalls deployments and draining (e.g. 100 % / 100 %).
  public func isDeadlocked(desired: Int) -> Bool { desired > 0 && upper <= desired && lower >= desired }
}

/// The deployment circuit breaker's failure threshold: half the desired count, rounded up,
/// clamped to [3, 200] (the current API reference; the 2023 guide said a minimum of 10).
public func circuitBreakerThreshold(desiredCount: Int) -> Int {
  min(200, max(3, (desiredCount + 1) / 2))
}
