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
