/// When probes go out and when their outcomes are known, so the engine schedules health checks
/// the same way the tests and the documentation reason about them.
///
/// Timing [SIM] (docs/ecs/load-balancing.md §6, ALB guide: "Each health check request is
/// independent and lasts the entire interval. The time it takes for the target to respond does not
/// affect the interval for the next health check request."):
/// - Probe n (1, 2, …) is sent n × `intervalSeconds` after registration, so a target that answers
///   its first probe turns healthy at exactly one interval (≤ 30 s with defaults).
/// - An answered probe (any code, or a refused connection) is decided the moment it is sent; a
///   timed-out one only after `timeoutSeconds`. So with defaults a healthy target that starts
///   answering 500 is unhealthy 60 s later, one behind a dropping security group 65 s later.
extension TargetHealthTracker {
  /// Seconds after registration at which probe `n` (1-based) is sent.
  public func probeSentSeconds(_ n: Int) -> Int { n * settings.intervalSeconds }

  /// Seconds after sending at which a probe's outcome is known.
  public func outcomeDelaySeconds(_ outcome: HealthCheckOutcome) -> Int {
    outcome == .timeout ? settings.timeoutSeconds : 0
  }

  /// Feeds `outcomes` to a freshly registered target, one per probe, and returns each state
  /// change with the second it happens; `tracker` ends in the final state.
  public static func replay(
    settings: HealthCheckSettings, outcomes: [HealthCheckOutcome]
  ) -> (transitions: [TargetHealthTransition], tracker: TargetHealthTracker) {
    var tracker = TargetHealthTracker(settings: settings)
    var transitions: [TargetHealthTransition] = []
    for (i, outcome) in outcomes.enumerated() {
      let at = tracker.probeSentSeconds(i + 1) + tracker.outcomeDelaySeconds(outcome)
      if let change = tracker.record(outcome) {
        transitions.append(TargetHealthTransition(atSeconds: at, from: change.from, to: change.to))
      }
    }
    return (transitions, tracker)
  }
}
