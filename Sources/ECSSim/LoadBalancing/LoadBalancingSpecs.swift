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

/// A listener: `forward` to a target group, or redirect (80 → 443).
public struct ListenerSpec: Sendable, Equatable {
  public var port: Int
  public var `protocol`: String = "HTTP"
  /// Target group name or ARN to forward to.
  public var defaultTargetGroup: String?
  /// Redirect to this port over HTTPS instead of forwarding.
  public var redirectToPort: Int?
  public init(port: Int) { self.port = port }
}

/// An Application Load Balancer: subnets (its AZs), security groups and listeners.
public struct LoadBalancerSpec: Sendable, Equatable {
  public var name: String
  public var scheme: String = "internet-facing"
  public var subnets: [String] = []
  public var securityGroups: [String] = []
  public var listeners: [ListenerSpec] = []
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}

/// An EventBridge schedule whose target is RunTask.
public struct ScheduleSpec: Sendable, Equatable {
  public var name: String
  /// `rate(5 minutes)` or `cron(0 12 * * ? *)`.
  public var scheduleExpression: String
  public var request: RunTaskRequest
  public var location: SourceLocation?
  public init(name: String, scheduleExpression: String, request: RunTaskRequest) {
    self.name = name; self.scheduleExpression = scheduleExpression; self.request = request
  }
}
