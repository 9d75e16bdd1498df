/// What one health-check probe saw, the only input the state machine needs.
///
/// The engine decides the outcome from the world (is the app up, does the security group let the
/// load balancer in, what does the app answer) and the tracker decides what it means.
public enum HealthCheckOutcome: Sendable, Equatable {
  /// The app answered with this HTTP code; a success iff the target group's matcher accepts it.
  case response(code: Int)
  /// No answer within `timeoutSeconds`, e.g. a security group that drops the probe
  /// (docs/ecs/load-balancing.md §5, docs/ecs/teaching-gotchas.md §10).
  case timeout
  /// Nothing is listening on the port yet, e.g. the app is still starting
  /// (docs/ecs/teaching-gotchas.md §9).
  case connectionRefused
}
