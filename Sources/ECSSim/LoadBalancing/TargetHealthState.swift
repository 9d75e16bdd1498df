/// A registered target's state as DescribeTargetHealth reports it (`TargetHealth.State`).
///
/// The raw values are the API's own strings, so the state can go straight into JSON output and
/// service events. Spec: ecs-model §8.2 ("Target health states").
public enum TargetHealthState: String, Sendable, CaseIterable {
  /// Registering, or still waiting for the health check that decides (`Elb.RegistrationInProgress`,
  /// `Elb.InitialHealthChecking`). The ALB sends it no traffic yet.
  case initial
  /// Passed its checks; the only state that receives traffic normally.
  case healthy
  /// Failed `UnhealthyThresholdCount` consecutive checks; ECS replaces such a service task (§6.6).
  case unhealthy
  /// Not registered, or in an Availability Zone the load balancer does not serve.
  case unused
  /// Deregistering: in-flight requests finish, no new ones, for the deregistration delay (§8.3).
  case draining
  /// Health checks are disabled, so the ALB cannot tell; it routes to such targets.
  case unavailable
}
