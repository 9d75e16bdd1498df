/// One registered target's health-check state machine, fed one probe outcome at a time.
///
/// A pure value: the engine owns the clock, sends a probe every `intervalSeconds` (see
/// `TargetHealthTimeline` for when outcomes land) and reports what each probe saw; the tracker
/// applies ALB's rules and says when the state changes, which is when ECS reacts (an unhealthy
/// service task is replaced, docs/ecs/services-and-deployments.md §6; a healthy replacement lets a
/// deployment continue, docs/ecs/load-balancing.md §4).
///
/// Rules (docs/ecs/load-balancing.md §2, ALB user guide "Health checks for your target groups"
/// [C]):
/// - A new target is `initial`: reason `Elb.RegistrationInProgress` until its first probe is
///   answered, then `Elb.InitialHealthChecking` while failures stay below the threshold.
/// - An initial target turns `healthy` after passing ONE check ("must pass one health check").
/// - An initial target that fails `unhealthyThresholdCount` consecutive checks turns `unhealthy`.
/// - A healthy target turns `unhealthy` after `unhealthyThresholdCount` consecutive failures
///   (defaults: 2 × 30 s ≈ 60 s).
/// - An unhealthy target needs `healthyThresholdCount` consecutive successes to be healthy again
///   (defaults: 5 × 30 s ≈ 150 s).
/// - A probe passes iff the app answered with a code the matcher accepts. Failures set the
///   reason: wrong code → `Target.ResponseCodeMismatch`, timeout → `Target.Timeout`, refused
///   connection → `Target.FailedHealthChecks`.
/// - Draining and unused targets are not probed by ALB, so outcomes reported for them are ignored.
///
/// Decisions [SIM]:
/// - While unhealthy, each further failure refreshes the reason to the latest probe's (so the
///   text shows the current problem, as the console does); successes below the threshold keep it.
/// - `record` reports a transition only when the *state* changes; a reason that changes within
///   one state (initial → initial, a timeout after a code mismatch) updates `health` silently,
///   because ECS only acts on state changes.
/// - Settings are expected to be validated (`HealthCheckSettings.validate()`) at CreateTargetGroup.
///   If the matcher is invalid anyway, no response matches, so the mistake shows up as unhealthy
///   targets instead of being hidden; thresholds below 1 count as 1.
public struct TargetHealthTracker: Sendable {
  public let settings: HealthCheckSettings
  /// What DescribeTargetHealth reports now.
  public private(set) var health: TargetHealth = .registrationInProgress
  /// Passing probes in a row since the last failure.
  public private(set) var consecutiveSuccesses = 0
  /// Failing probes in a row since the last success.
  public private(set) var consecutiveFailures = 0
  private let matcher: HealthCheckMatcher?

  public init(settings: HealthCheckSettings) {
    self.settings = settings
    self.matcher = try? HealthCheckMatcher(settings.matcher)
  }

  private var healthyThreshold: Int { max(1, settings.healthyThresholdCount) }
  private var unhealthyThreshold: Int { max(1, settings.unhealthyThresholdCount) }

  /// Applies one probe; returns the transition if the state changed (old, new).
  @discardableResult
  public mutating func record(_ outcome: HealthCheckOutcome) -> (from: TargetHealth, to: TargetHealth)? {
    switch health.state {
    case .draining, .unused, .unavailable: return nil
    case .initial, .healthy, .unhealthy: break
    }
    let old = health
    if let failure = TargetHealth.failure(for: outcome, matcher: matcher) {
      consecutiveFailures += 1
      consecutiveSuccesses = 0
      switch health.state {
      case .initial:
        health = consecutiveFailures >= unhealthyThreshold ? failure : .initialHealthChecking
      case .healthy:
        if consecutiveFailures >= unhealthyThreshold { health = failure }
      default:
        health = failure
      }
    } else {
      consecutiveSuccesses += 1
      consecutiveFailures = 0
      switch health.state {
      case .initial:
        health = .healthy
      case .unhealthy:
        if consecutiveSuccesses >= healthyThreshold { health = .healthy }
      default:
        break
      }
    }
    return old.state == health.state ? nil : (old, health)
  }

  /// The target was deregistered (the task is stopping): it keeps in-flight requests but gets no
  /// new ones until the deregistration delay runs out (docs/ecs/load-balancing.md §4). Probes stop.
  public mutating func beginDraining() {
    health = .deregistrationInProgress
    resetCounts()
  }

  /// The deregistration delay ran out: the target is gone from the group.
  public mutating func finishDraining() {
    health = .notRegistered
    resetCounts()
  }

  /// The target's AZ is not enabled on the load balancer: ALB never checks it, so it never turns
  /// healthy (docs/ecs/load-balancing.md §1, docs/ecs/teaching-gotchas.md §11).
  public mutating func markAZNotEnabled() {
    health = .azNotEnabled
    resetCounts()
  }

  /// Whether the ALB sends this target new requests, judged on its own: only when healthy.
  ///
  /// A single target cannot know the rest of its group, and the group decides fail-open: when no
  /// target is healthy and all are unhealthy the ALB routes to all of them anyway. Use
  /// `routableTargets(_:)` for the group's answer; this property is the common case.
  public var receivesTraffic: Bool { health.state == .healthy }

  private mutating func resetCounts() {
    consecutiveSuccesses = 0
    consecutiveFailures = 0
  }
}

/// Which targets of one target group receive new requests, as indexes into `healths`.
///
/// Normally the healthy ones. Fail-open (ALB user guide [C], docs/ecs/load-balancing.md §2): "If a
/// target group contains only unhealthy registered targets, the load balancer routes requests to
/// all those targets, regardless of their health status", so a group-wide outage (e.g. a shared
/// dependency down) does not turn into 503s for every request.
///
/// Decisions [SIM], following that sentence literally:
/// - Draining and unused targets never count and never receive new requests.
/// - Fail-open needs every remaining target to be `unhealthy`: a group with an `initial` target
///   and no healthy one routes nowhere (the ALB answers 503) until a state settles.
/// - `unavailable` (health checks disabled) targets are routed to like healthy ones, since the
///   ALB has no health to go by.
public func routableTargets(_ healths: [TargetHealth]) -> [Int] {
  let healthy = healths.indices.filter { healths[$0].state == .healthy || healths[$0].state == .unavailable }
  if !healthy.isEmpty { return healthy }
  let candidates = healths.indices.filter { healths[$0].state == .initial || healths[$0].state == .unhealthy }
  guard !candidates.isEmpty, candidates.allSatisfy({ healths[$0].state == .unhealthy }) else { return [] }
  return candidates
}
