import Testing
@testable import ECSSim

/// ALB target health: the state machine, the matcher, fail-open and settings validation
/// (docs/ecs/load-balancing.md, docs/ecs/services-and-deployments.md §6,
/// docs/ecs/load-balancing.md §6).
@Suite struct TargetHealthTests {
  // MARK: Helpers

  static let ok = HealthCheckOutcome.response(code: 200)
  static let serverError = HealthCheckOutcome.response(code: 500)

  /// A tracker with default settings (30/5/5/2/200) fed the given outcomes.
  static func tracker(_ outcomes: [HealthCheckOutcome], settings: HealthCheckSettings = .init()) -> TargetHealthTracker {
    var t = TargetHealthTracker(settings: settings)
    for o in outcomes { t.record(o) }
    return t
  }

  /// A default-settings target that turned healthy on its first probe.
  static func healthyTracker() -> TargetHealthTracker {
    let t = tracker([ok])
    #expect(t.health == .healthy)
    return t
  }

  /// A default-settings target that was healthy and then failed two probes.
  static func unhealthyTracker() -> TargetHealthTracker {
    var t = healthyTracker()
    t.record(serverError)
    t.record(serverError)
    #expect(t.health.state == .unhealthy)
    return t
  }

  func validationError(_ settings: HealthCheckSettings) -> ECSError? {
    do { try settings.validate(); return nil } catch { return error }
  }

  func matcherError(_ text: String) -> ECSError? {
    do { _ = try HealthCheckMatcher(text); return nil } catch { return error }
  }

  func invalid(_ message: String) -> ECSError { ECSError("ValidationError", message) }

  // MARK: Defaults

  @Test func defaultSettingsAreALBs() {
    let s = HealthCheckSettings()
    #expect(s.intervalSeconds == 30)
    #expect(s.timeoutSeconds == 5)
    #expect(s.healthyThresholdCount == 5)
    #expect(s.unhealthyThresholdCount == 2)
    #expect(s.matcher == "200")
    #expect(validationError(s) == nil)
  }

  // MARK: Initial

  @Test func aNewTargetIsInitialWithRegistrationInProgress() {
    let t = TargetHealthTracker(settings: .init())
    #expect(t.health.state == .initial)
    #expect(t.health.reason == "Elb.RegistrationInProgress")
    #expect(t.health.description == "Target registration is in progress")
    #expect(t.consecutiveSuccesses == 0)
    #expect(t.consecutiveFailures == 0)
    #expect(!t.receivesTraffic)
  }

  @Test func oneSuccessFromInitialIsHealthy() {
    var t = TargetHealthTracker(settings: .init())
    let change = t.record(Self.ok)
    #expect(change?.from == .registrationInProgress)
    #expect(change?.to == TargetHealth(state: .healthy, reason: nil, description: nil))
    #expect(t.health.state == .healthy)
    #expect(t.health.reason == nil)
    #expect(t.health.description == nil)
    #expect(t.consecutiveSuccesses == 1)
    #expect(t.receivesTraffic)
  }

  @Test func oneSuccessIsEnoughEvenWithAHighHealthyThreshold() {
    var s = HealthCheckSettings()
    s.healthyThresholdCount = 10
    #expect(Self.tracker([Self.ok], settings: s).health.state == .healthy)
  }

  @Test func aFirstFailureKeepsTheTargetInitialWithInitialHealthChecking() {
    var t = TargetHealthTracker(settings: .init())
    #expect(t.record(.connectionRefused) == nil)
    #expect(t.health.state == .initial)
    #expect(t.health.reason == "Elb.InitialHealthChecking")
    #expect(t.health.description == "Initial health checks in progress")
    #expect(t.consecutiveFailures == 1)
  }

  @Test func anInitialTargetFailingTheUnhealthyThresholdIsUnhealthy() {
    var t = TargetHealthTracker(settings: .init())
    t.record(.connectionRefused)
    let change = t.record(.connectionRefused)
    #expect(change?.from == .initialHealthChecking)
    #expect(change?.to == TargetHealth(
      state: .unhealthy, reason: "Target.FailedHealthChecks", description: "Health checks failed"))
  }

  @Test func anInitialTargetWithThresholdThreeNeedsThreeFailures() {
    var s = HealthCheckSettings()
    s.unhealthyThresholdCount = 3
    #expect(Self.tracker([.timeout, .timeout], settings: s).health == .initialHealthChecking)
    #expect(Self.tracker([.timeout, .timeout, .timeout], settings: s).health == .timedOut)
  }

  @Test func aSlowStartingAppThatAnswersAfterOneRefusalIsHealthy() {
    let t = Self.tracker([.connectionRefused, Self.ok])
    #expect(t.health == .healthy)
    #expect(t.consecutiveFailures == 0)
  }

  // MARK: Healthy → unhealthy

  @Test func oneFailureDoesNotMakeAHealthyTargetUnhealthy() {
    var t = Self.healthyTracker()
    #expect(t.record(Self.serverError) == nil)
    #expect(t.health == .healthy)
    #expect(t.consecutiveFailures == 1)
    #expect(t.receivesTraffic)
  }

  @Test func twoFailuresMakeAHealthyTargetUnhealthy() {
    var t = Self.healthyTracker()
    t.record(Self.serverError)
    let change = t.record(Self.serverError)
    #expect(change?.from == .healthy)
    #expect(change?.to.state == .unhealthy)
    #expect(t.health.reason == "Target.ResponseCodeMismatch")
    #expect(t.health.description == "Health checks failed with these codes: [500]")
    #expect(!t.receivesTraffic)
  }

  @Test func aSuccessBetweenFailuresResetsTheCount() {
    var t = Self.healthyTracker()
    t.record(Self.serverError)
    t.record(Self.ok)
    t.record(Self.serverError)
    #expect(t.health == .healthy)
    #expect(t.consecutiveFailures == 1)
  }

  @Test func failureReasonsAndDescriptionsAreALBs() {
    let mismatch = Self.tracker([Self.ok, .response(code: 404), .response(code: 404)]).health
    #expect(mismatch == TargetHealth(
      state: .unhealthy, reason: "Target.ResponseCodeMismatch",
      description: "Health checks failed with these codes: [404]"))
    let timeout = Self.tracker([Self.ok, .timeout, .timeout]).health
    #expect(timeout == TargetHealth(state: .unhealthy, reason: "Target.Timeout", description: "Request timed out"))
    let refused = Self.tracker([Self.ok, .connectionRefused, .connectionRefused]).health
    #expect(refused == TargetHealth(
      state: .unhealthy, reason: "Target.FailedHealthChecks", description: "Health checks failed"))
  }

  @Test func theReasonIsTheLatestFailingProbes() {
    var t = Self.unhealthyTracker()
    #expect(t.record(.timeout) == nil)
    #expect(t.health == .timedOut)
    t.record(.response(code: 503))
    #expect(t.health.description == "Health checks failed with these codes: [503]")
  }

  // MARK: Unhealthy → healthy

  @Test func fourSuccessesDoNotRecoverAnUnhealthyTarget() {
    var t = Self.unhealthyTracker()
    for _ in 1...4 { #expect(t.record(Self.ok) == nil) }
    #expect(t.health.state == .unhealthy)
    #expect(t.health.reason == "Target.ResponseCodeMismatch")
    #expect(t.consecutiveSuccesses == 4)
  }

  @Test func fiveSuccessesRecoverAnUnhealthyTarget() {
    var t = Self.unhealthyTracker()
    for _ in 1...4 { t.record(Self.ok) }
    let change = t.record(Self.ok)
    #expect(change?.from.state == .unhealthy)
    #expect(change?.to == .healthy)
    #expect(t.consecutiveSuccesses == 5)
  }

  @Test func aFailureDuringRecoveryStartsTheCountAgain() {
    var t = Self.unhealthyTracker()
    for _ in 1...4 { t.record(Self.ok) }
    t.record(.timeout)
    for _ in 1...4 { t.record(Self.ok) }
    #expect(t.health.state == .unhealthy)
    t.record(Self.ok)
    #expect(t.health.state == .healthy)
  }

  @Test func healthyThresholdTwoRecoversAfterTwo() {
    var s = HealthCheckSettings()
    s.healthyThresholdCount = 2
    let t = Self.tracker([Self.ok, Self.serverError, Self.serverError, Self.ok], settings: s)
    #expect(t.health.state == .unhealthy)
    #expect(Self.tracker([Self.ok, Self.serverError, Self.serverError, Self.ok, Self.ok], settings: s).health == .healthy)
  }

  // MARK: Matcher decides success

  @Test func aCodeTheMatcherAcceptsIsASuccess() {
    var s = HealthCheckSettings()
    s.matcher = "200-299"
    #expect(Self.tracker([.response(code: 204)], settings: s).health == .healthy)
    #expect(Self.tracker([.response(code: 302), .response(code: 302)], settings: s).health
      == .responseCodeMismatch(302))
  }

  @Test func aRedirectIsAMismatchUnderTheDefaultMatcher() {
    #expect(Self.tracker([.response(code: 301), .response(code: 301)]).health.description
      == "Health checks failed with these codes: [301]")
  }

  @Test func anInvalidMatcherMatchesNothing() {
    var s = HealthCheckSettings()
    s.matcher = "600"
    #expect(Self.tracker([.response(code: 200), .response(code: 200)], settings: s).health
      == .responseCodeMismatch(200))
  }

  // MARK: Draining and unused

  @Test func drainingIgnoresProbes() {
    var t = Self.healthyTracker()
    t.beginDraining()
    #expect(t.health == TargetHealth(
      state: .draining, reason: "Target.DeregistrationInProgress",
      description: "Target deregistration is in progress"))
    #expect(!t.receivesTraffic)
    for _ in 1...3 { #expect(t.record(Self.serverError) == nil) }
    #expect(t.record(Self.ok) == nil)
    #expect(t.health.state == .draining)
    #expect(t.consecutiveFailures == 0)
    #expect(t.consecutiveSuccesses == 0)
  }

  @Test func finishingDrainingLeavesTheTargetUnusedAndNotRegistered() {
    var t = Self.healthyTracker()
    t.beginDraining()
    t.finishDraining()
    #expect(t.health == TargetHealth(
      state: .unused, reason: "Target.NotRegistered",
      description: "Target is not registered to the target group"))
    #expect(t.record(Self.ok) == nil)
    #expect(t.health.state == .unused)
  }

  @Test func aTargetInADisabledAZIsUnusedAndNeverTurnsHealthy() {
    var t = TargetHealthTracker(settings: .init())
    t.markAZNotEnabled()
    #expect(t.health == TargetHealth(
      state: .unused, reason: "Target.NotInUse",
      description: "Target is in an Availability Zone that is not enabled for the load balancer"))
    for _ in 1...6 { #expect(t.record(Self.ok) == nil) }
    #expect(t.health.state == .unused)
    #expect(!t.receivesTraffic)
  }

  @Test func stateRawValuesAreTheAPIs() {
    #expect(TargetHealthState.allCases.map(\.rawValue)
      == ["initial", "healthy", "unhealthy", "unused", "draining", "unavailable"])
  }

  // MARK: Timeline (defaults: probe every 30 s, timeout 5 s)

  @Test func aNewTargetIsHealthyThirtySecondsAfterRegistration() {
    let (transitions, tracker) = TargetHealthTracker.replay(settings: .init(), outcomes: [Self.ok])
    #expect(transitions == [TargetHealthTransition(atSeconds: 30, from: .registrationInProgress, to: .healthy)])
    #expect(tracker.health == .healthy)
  }

  @Test func aFasterIntervalTurnsHealthySooner() {
    var s = HealthCheckSettings()
    s.intervalSeconds = 10
    #expect(TargetHealthTracker.replay(settings: s, outcomes: [Self.ok]).transitions.map(\.atSeconds) == [10])
  }

  @Test func aHealthyTargetThatBreaksIsUnhealthySixtySecondsLater() throws {
    // Healthy at 30 s; the app breaks just after; probes at 60 s and 90 s fail.
    let (transitions, _) = TargetHealthTracker.replay(
      settings: .init(), outcomes: [Self.ok, Self.serverError, Self.serverError])
    try #require(transitions.map(\.atSeconds) == [30, 90])
    #expect(transitions[1].to == .responseCodeMismatch(500))
    #expect(transitions[1].atSeconds - transitions[0].atSeconds == 60)
  }

  @Test func aTimedOutProbeIsDecidedAfterTheTimeout() throws {
    // A security group that drops the probes: the second timeout is known at 90 + 5 s.
    let (transitions, _) = TargetHealthTracker.replay(settings: .init(), outcomes: [Self.ok, .timeout, .timeout])
    try #require(transitions.map(\.atSeconds) == [30, 95])
    #expect(transitions[1].to == .timedOut)
  }

  @Test func recoveryTakesOneHundredFiftySeconds() throws {
    // Unhealthy at 90 s; five passing probes at 120…240 s; healthy at 240 s = 150 s later.
    let outcomes = [Self.ok, Self.serverError, Self.serverError] + Array(repeating: Self.ok, count: 5)
    let (transitions, _) = TargetHealthTracker.replay(settings: .init(), outcomes: outcomes)
    try #require(transitions.map(\.atSeconds) == [30, 90, 240])
    #expect(transitions[2].to == .healthy)
    #expect(transitions[2].atSeconds - transitions[1].atSeconds == 150)
  }

  @Test func aNeverReadyAppIsUnhealthyAtSixtySeconds() {
    // docs/ecs/teaching-gotchas.md §9: a slow app refuses the probes at 30 s and 60 s.
    let (transitions, _) = TargetHealthTracker.replay(
      settings: .init(), outcomes: [.connectionRefused, .connectionRefused])
    #expect(transitions == [TargetHealthTransition(
      atSeconds: 60, from: .initialHealthChecking, to: .failedHealthChecks)])
  }

  @Test func probeTimesAreMultiplesOfTheInterval() {
    let t = TargetHealthTracker(settings: .init())
    #expect((1...3).map(t.probeSentSeconds) == [30, 60, 90])
    #expect(t.outcomeDelaySeconds(.timeout) == 5)
    #expect(t.outcomeDelaySeconds(Self.ok) == 0)
    #expect(t.outcomeDelaySeconds(.connectionRefused) == 0)
  }

  // MARK: Fail-open routing

  @Test func onlyHealthyTargetsReceiveTrafficWhenAnyIsHealthy() {
    #expect(routableTargets([.healthy, .timedOut, .initialHealthChecking, .healthy]) == [0, 3])
  }

  @Test func allUnhealthyFailsOpenToAll() {
    #expect(routableTargets([.timedOut, .responseCodeMismatch(500), .failedHealthChecks]) == [0, 1, 2])
  }

  @Test func drainingAndUnusedTargetsNeverReceiveTraffic() {
    #expect(routableTargets([.deregistrationInProgress, .timedOut, .notRegistered, .azNotEnabled]) == [1])
    #expect(routableTargets([.deregistrationInProgress, .healthy]) == [1])
    #expect(routableTargets([.deregistrationInProgress, .notRegistered]) == [])
  }

  @Test func anInitialTargetWithoutHealthyOnesRoutesNowhere() {
    #expect(routableTargets([.registrationInProgress]) == [])
    #expect(routableTargets([.timedOut, .initialHealthChecking]) == [])
  }

  @Test func targetsWithHealthChecksDisabledReceiveTraffic() {
    #expect(routableTargets([.healthCheckDisabled, .timedOut]) == [0])
  }

  @Test func anEmptyGroupRoutesNowhere() {
    #expect(routableTargets([]) == [])
  }

  // MARK: Matcher

  @Test func aSingleCodeMatchesOnlyItself() throws {
    let m = try HealthCheckMatcher("200")
    #expect(m.matches(200))
    #expect(!m.matches(201))
    #expect(m.ranges == [200...200])
    #expect(m.text == "200")
  }

  @Test func aRangeMatchesItsEnds() throws {
    let m = try HealthCheckMatcher("200-299")
    #expect(m.matches(200))
    #expect(m.matches(250))
    #expect(m.matches(299))
    #expect(!m.matches(300))
    #expect(!m.matches(199))
  }

  @Test func aListMatchesEachCode() throws {
    let m = try HealthCheckMatcher("200,202,302")
    #expect([200, 202, 302].allSatisfy(m.matches))
    #expect(![201, 301, 500].contains(where: m.matches))
  }

  @Test func aListMayMixCodesAndRanges() throws {
    let m = try HealthCheckMatcher("200,300-399")
    #expect(m.ranges == [200...200, 300...399])
    #expect(m.matches(302))
    #expect(!m.matches(204))
  }

  @Test func theWholeAllowedRangeIsAccepted() throws {
    #expect(try HealthCheckMatcher("200-499").matches(499))
  }

  @Test func anEmptyMatcherIsRefused() {
    #expect(matcherError("") == invalid("Health check matcher HTTP code cannot be empty"))
  }

  @Test func codesOutside200To499AreRefused() {
    #expect(matcherError("600") == invalid("Health check matcher HTTP code '600' must be within '200-499' range"))
    #expect(matcherError("100-299") == invalid("Health check matcher HTTP code '100' must be within '200-499' range"))
    #expect(matcherError("200,500") == invalid("Health check matcher HTTP code '500' must be within '200-499' range"))
  }

  @Test func malformedMatchersAreRefused() {
    let hint = "is not valid; specify a code (200), a list (200,202) or a range (200-299)"
    #expect(matcherError("2xx") == invalid("Health check matcher HTTP code '2xx' \(hint)"))
    #expect(matcherError("200,") == invalid("Health check matcher HTTP code '' \(hint)"))
    #expect(matcherError("200-") == invalid("Health check matcher HTTP code '200-' \(hint)"))
    #expect(matcherError("200-250-299") == invalid("Health check matcher HTTP code '200-250-299' \(hint)"))
    #expect(matcherError("200, 202") == invalid("Health check matcher HTTP code ' 202' \(hint)"))
  }

  @Test func aReversedRangeIsRefused() {
    #expect(matcherError("299-200") == invalid("Health check matcher HTTP code range '299-200' must start with the lower code"))
  }

  @Test func matcherErrorsPrintLikeTheCLI() {
    var e = matcherError("")!
    e.operation = "CreateTargetGroup"
    #expect(e.description
      == "An error occurred (ValidationError) when calling the CreateTargetGroup operation: Health check matcher HTTP code cannot be empty")
  }

  // MARK: Settings validation

  @Test func rangeEndsAreAccepted() {
    var s = HealthCheckSettings()
    s.intervalSeconds = 5; s.timeoutSeconds = 2; s.healthyThresholdCount = 2; s.unhealthyThresholdCount = 10
    #expect(validationError(s) == nil)
    s.intervalSeconds = 300; s.timeoutSeconds = 120; s.healthyThresholdCount = 10; s.unhealthyThresholdCount = 2
    #expect(validationError(s) == nil)
  }

  @Test func intervalOutsideFiveTo300IsRefused() {
    var s = HealthCheckSettings()
    s.intervalSeconds = 600
    #expect(validationError(s) == invalid(
      "1 validation error detected: Value '600' at 'healthCheckIntervalSeconds' failed to satisfy constraint: Member must have value less than or equal to 300"))
    s.intervalSeconds = 4
    s.timeoutSeconds = 2
    #expect(validationError(s) == invalid(
      "1 validation error detected: Value '4' at 'healthCheckIntervalSeconds' failed to satisfy constraint: Member must have value greater than or equal to 5"))
  }

  @Test func timeoutOutsideTwoTo120IsRefused() {
    var s = HealthCheckSettings()
    s.timeoutSeconds = 1
    #expect(validationError(s) == invalid(
      "1 validation error detected: Value '1' at 'healthCheckTimeoutSeconds' failed to satisfy constraint: Member must have value greater than or equal to 2"))
    s.intervalSeconds = 300
    s.timeoutSeconds = 121
    #expect(validationError(s) == invalid(
      "1 validation error detected: Value '121' at 'healthCheckTimeoutSeconds' failed to satisfy constraint: Member must have value less than or equal to 120"))
  }

  @Test func thresholdsOutsideTwoToTenAreRefusedTogether() {
    var s = HealthCheckSettings()
    s.healthyThresholdCount = 1
    s.unhealthyThresholdCount = 11
    #expect(validationError(s) == invalid(
      "2 validation errors detected: Value '1' at 'healthyThresholdCount' failed to satisfy constraint: Member must have value greater than or equal to 2; Value '11' at 'unhealthyThresholdCount' failed to satisfy constraint: Member must have value less than or equal to 10"))
  }

  @Test func theTimeoutMustBeLessThanTheInterval() {
    var s = HealthCheckSettings()
    s.intervalSeconds = 5
    s.timeoutSeconds = 5
    #expect(validationError(s) == invalid("Health check interval must be greater than the timeout."))
    s.timeoutSeconds = 4
    #expect(validationError(s) == nil)
  }

  @Test func anInvalidMatcherFailsValidation() {
    var s = HealthCheckSettings()
    s.matcher = ""
    #expect(validationError(s) == invalid("Health check matcher HTTP code cannot be empty"))
    s.matcher = "200-299,302"
    #expect(validationError(s) == nil)
  }

  @Test func protocolPortAndPathAreChecked() {
    var s = HealthCheckSettings()
    s.protocol = "TCP"
    #expect(validationError(s) == invalid(
      "Health check protocol 'TCP' is not supported for an Application Load Balancer target group; use HTTP or HTTPS"))
    s = HealthCheckSettings()
    s.protocol = "HTTPS"
    s.port = "8443"
    #expect(validationError(s) == nil)
    s.port = "70000"
    #expect(validationError(s) == invalid(
      "Health check port '70000' must be 'traffic-port' or a port number between 1 and 65535"))
    s = HealthCheckSettings()
    s.path = "health"
    #expect(validationError(s) == invalid("Health check path 'health' must begin with '/'"))
  }

  @Test func rangeErrorsComeBeforeTheIntervalRule() {
    var s = HealthCheckSettings()
    s.intervalSeconds = 3
    s.timeoutSeconds = 5
    #expect(validationError(s)?.message
      == "1 validation error detected: Value '3' at 'healthCheckIntervalSeconds' failed to satisfy constraint: Member must have value greater than or equal to 5")
  }
}
