/// One registered target's health as DescribeTargetHealth reports it: state, reason code and
/// the console's description text.
///
/// Reason codes are the API's (`TargetHealth.Reason`, ALB API reference [C]); descriptions are the
/// texts ALB shows next to them, which ECS quotes in its service events ("due to (reason Request
/// timed out)", docs/ecs/services-and-deployments.md §6), so they have to be exact. A healthy
/// target has neither (API: "If the target state is healthy, a reason code is not provided").
public struct TargetHealth: Sendable, Equatable {
  public var state: TargetHealthState
  /// `Elb.RegistrationInProgress`, `Target.Timeout`, …; nil when healthy.
  public var reason: String?
  /// ALB's human-readable text, e.g. `Health checks failed with these codes: [500]`; nil when healthy.
  public var description: String?

  public init(state: TargetHealthState, reason: String? = nil, description: String? = nil) {
    self.state = state
    self.reason = reason
    self.description = description
  }
}

extension TargetHealth {
  /// Just registered, no probe answered yet.
  public static let registrationInProgress = TargetHealth(
    state: .initial, reason: "Elb.RegistrationInProgress", description: "Target registration is in progress")
  /// Probed at least once but not yet decided (failures below the unhealthy threshold).
  public static let initialHealthChecking = TargetHealth(
    state: .initial, reason: "Elb.InitialHealthChecking", description: "Initial health checks in progress")
  public static let healthy = TargetHealth(state: .healthy)
  /// Answered with a code the matcher does not accept; ALB lists the code it saw.
  public static func responseCodeMismatch(_ code: Int) -> TargetHealth {
    TargetHealth(
      state: .unhealthy, reason: "Target.ResponseCodeMismatch",
      description: "Health checks failed with these codes: [\(code)]")
  }
  /// No answer within the timeout (typically a security group that does not let the ALB in).
  public static let timedOut = TargetHealth(
    state: .unhealthy, reason: "Target.Timeout", description: "Request timed out")
  /// The connection failed (refused) or the answer was malformed.
  public static let failedHealthChecks = TargetHealth(
    state: .unhealthy, reason: "Target.FailedHealthChecks", description: "Health checks failed")
  /// Deregistered; in-flight requests are allowed to finish for the deregistration delay.
  public static let deregistrationInProgress = TargetHealth(
    state: .draining, reason: "Target.DeregistrationInProgress",
    description: "Target deregistration is in progress")
  /// Deregistration finished (or the target was never registered).
  public static let notRegistered = TargetHealth(
    state: .unused, reason: "Target.NotRegistered",
    description: "Target is not registered to the target group")
  /// In a subnet/AZ the load balancer does not cover: it never passes health checks
  /// (docs/ecs/load-balancing.md §1, docs/ecs/teaching-gotchas.md §11).
  public static let azNotEnabled = TargetHealth(
    state: .unused, reason: "Target.NotInUse",
    description: "Target is in an Availability Zone that is not enabled for the load balancer")
  /// The target group is not attached to any load balancer (no listener forwards to it).
  public static let targetGroupNotInUse = TargetHealth(
    state: .unused, reason: "Target.NotInUse",
    description: "Target group is not configured to receive traffic from the load balancer")
  /// Health checks are disabled on the target group.
  public static let healthCheckDisabled = TargetHealth(
    state: .unavailable, reason: "Target.HealthCheckDisabled", description: "Health checks are disabled")

  /// The unhealthy health that a failed probe reports, or nil for a passing one.
  static func failure(for outcome: HealthCheckOutcome, matcher: HealthCheckMatcher?) -> TargetHealth? {
    switch outcome {
    case .response(let code):
      if let matcher, matcher.matches(code) { return nil }
      return .responseCodeMismatch(code)
    case .timeout: return .timedOut
    case .connectionRefused: return .failedHealthChecks
    }
  }
}
