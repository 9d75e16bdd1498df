/// What the service scheduler compared and did on its last pass over a REPLICA service, kept
/// for the "why" view, so it explains the engine's own decision rather than a recomputation.
struct SchedulerDecision {
  var bounds: DeploymentBounds
  /// Tasks not yet STOPPED across all deployments as the pass began (held against the upper bound).
  var total: Int
  /// PRIMARY tasks still missing, and what the upper bound left room for (`upper - total`).
  var missing: Int
  var room: Int
  var rolloutFailed = false
  /// Tasks being replaced (older deployments, PRIMARY tasks on DRAINING instances) still told
  /// to run, how many this pass stopped, and the healthy count left after those stops.
  var retiring = 0
  var stopped = 0
  var healthyAfter = 0
  /// Nothing could start or stop: the "unable to stop or start tasks" condition.
  var stuck = false
}
