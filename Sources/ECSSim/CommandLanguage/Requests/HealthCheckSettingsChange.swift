/// ModifyTargetGroup's health-check flags; nil keeps the current value.
public struct HealthCheckSettingsChange: Sendable, Equatable {
  public var path: String?
  public var port: String?
  public var intervalSeconds: Int?
  public var timeoutSeconds: Int?
  public var healthyThresholdCount: Int?
  public var unhealthyThresholdCount: Int?
  public var matcher: String?
  public init() {}
}
