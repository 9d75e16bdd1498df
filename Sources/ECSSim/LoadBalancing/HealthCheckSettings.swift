/// A target group's health-check settings (ALB defaults: HTTP on the traffic port, `/`, every
/// 30 s, 5 s timeout, 5 successes to turn healthy, 2 failures to turn unhealthy, code 200).
public struct HealthCheckSettings: Sendable, Equatable {
  public var `protocol`: String = "HTTP"
  /// `traffic-port` or a port number.
  public var port: String = "traffic-port"
  public var path: String = "/"
  public var intervalSeconds: Int = 30
  public var timeoutSeconds: Int = 5
  public var healthyThresholdCount: Int = 5
  public var unhealthyThresholdCount: Int = 2
  /// HTTP codes, e.g. `200`, `200-299`, `200,302`.
  public var matcher: String = "200"
  public init() {}
}
