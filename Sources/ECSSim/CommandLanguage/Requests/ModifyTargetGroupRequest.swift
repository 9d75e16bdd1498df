/// ModifyTargetGroup's parameters: the health-check flags given.
public struct ModifyTargetGroupRequest: Sendable, Equatable {
  /// Target group name or ARN.
  public var targetGroup: String
  public var healthCheck: HealthCheckSettingsChange
  public init(targetGroup: String, healthCheck: HealthCheckSettingsChange) {
    self.targetGroup = targetGroup; self.healthCheck = healthCheck
  }
}
