/// ModifyTargetGroupAttributes reduced to the one attribute the simulation models.
public struct ModifyTargetGroupAttributesRequest: Sendable, Equatable {
  /// Target group name or ARN.
  public var targetGroup: String
  /// `deregistration_delay.timeout_seconds`; nil keeps the current value.
  public var deregistrationDelaySeconds: Int?
  public init(targetGroup: String, deregistrationDelaySeconds: Int? = nil) {
    self.targetGroup = targetGroup; self.deregistrationDelaySeconds = deregistrationDelaySeconds
  }
}
