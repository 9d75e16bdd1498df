/// CreateTargetGroup's parameters.
public struct TargetGroupSpec: Sendable, Equatable {
  public var name: String
  public var `protocol`: String = "HTTP"
  public var port: Int = 80
  /// `instance` (bridge/host tasks: instance id + host port) or `ip` (awsvpc tasks).
  public var targetType: String = "instance"
  public var healthCheck = HealthCheckSettings()
  /// `deregistration_delay.timeout_seconds`, 0–3600.
  public var deregistrationDelaySeconds: Int = 300
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}
