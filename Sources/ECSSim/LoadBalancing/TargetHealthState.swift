/// A registered target's state as DescribeTargetHealth reports it (`TargetHealth.State`).
///
/// The raw values are the API's own strings, so the state can go straight into JSON output and
/// service events. Spec: docs/ecs/load-balancing.md §3.
public enum TargetHealthState: String, Sendable, CaseIterable {
  /// Registering, or still waiting for the health check that decides (`Elb.RegistrationInProgress`,
  /// `Elb.InitialHealthChecking`). The ALB sends it no traffic yet.
  case initial
  /// Passed its checks; the only state that receives traffic normally.
  case healthy
  /// Failed `UnhealthyThresholdCount` consecutive checks; ECS replaces such a service task
  /// (docs/ecs/services-and-deployments.md §6).
  case unhealthy
  /// Not registered, or in an Availability Zone the load balancer does not serve.
  case unused
  /// Deregistering: in-flight requests finish, no new ones, for the deregistration delay
  /// (docs/ecs/load-balancing.md §4).
  case draining
  /// Health checks are disabled, so the ALB cannot tell; it routes to such targets.
  case unavailable
}
