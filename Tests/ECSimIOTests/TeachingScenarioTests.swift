import ECSimIO
import Foundation
import Testing
@testable import ECSSim

/// The built-in teaching scenarios (docs/teaching-scenarios.md): each is loaded by name, as `ecsim
/// --scenario NAME` does, run through its timeline, and must show its lesson in ECS's exact
/// words; where the YAML carries a commented-out fix, uncommenting it must cure the problem.
/// Steps that need a random instance id (drain, Spot interruption) are driven through the
/// command language with the id looked up first, as the scenario descriptions tell users to.
@Suite struct TeachingScenarioTests {
  static let names = [
    "static-host-port", "deadlock-100-100", "rounding-traps", "missing-task-iam-role", "image-not-found",
    "draining", "spot-interruption", "health-check-grace-period", "security-group-ephemeral-range",
    "rolling-upgrade-alb",
  ]

  /// The scenario's world, optionally with its commented-out fix applied or its spec edited.
  static func simulator(_ name: String, fixed: Bool = false, seed: UInt64 = 1, edit: (inout ScenarioSpec) -> Void = { _ in }) throws -> Simulator {
    var spec: ScenarioSpec
    if fixed {
      let yaml = try #require(BuiltinScenarios.named(name)).yaml
      let patched = applyingFix(yaml)
      #expect(patched != yaml, "\(name) has no commented-out fix")
      spec = try ScenarioLoader.load(yaml: patched, source: "<fixed \(name)>")
    } else {
      spec = try ScenarioLoader.load(nameOrPath: name)
    }
    edit(&spec)
    let sim = try Simulator(scenario: spec, seed: seed)
    sim.checksInvariants = true
    return sim
  }

  /// Uncomments the block of comment lines that follows each `# The fix` line, the way a user
  /// would: `  # - at: 5m` becomes `  - at: 5m`.
  static func applyingFix(_ yaml: String) -> String {
    var out: [Substring] = []
    var inFix = false
    for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
      let body = line.drop { $0 == " " }
      if body.hasPrefix("# The fix") { inFix = true; out.append(line); continue }
      if inFix, body.hasPrefix("# ") {
        let indent = line.prefix { $0 == " " }
        out.append(indent + body.dropFirst(2))
        continue
      }
      inFix = false
      out.append(line)
    }
    return out.joined(separator: "\n")
  }

  static func service(_ sim: Simulator, _ cluster: String, _ name: String) throws -> Service {
    try #require(sim.clusters[cluster]?.services[name])
  }

  /// Oldest first.
  static func messages(_ s: Service) -> [String] { s.events.reversed().map(\.message) }

  static func placementFailure(_ service: String, _ instance: ContainerInstance, _ tail: String) -> String {
    "(service \(service)) was unable to place a task because no container instance met all of its requirements. The closest matching (container-instance \(instance.id.hex)) \(tail). For more information, see the Troubleshooting section."
  }

  static func stuckMessage(_ service: String) -> String {
    "(service \(service)) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again."
  }

  static func healthyTargets(_ tg: TargetGroup) -> Int { tg.targets.filter { $0.health.state == .healthy }.count }

  // MARK: - All of them

  @Test func theyFollowDefaultAndEmptyInTheBuiltInList() throws {
    #expect(BuiltinScenarios.all.map(\.name) == ["default", "empty"] + Self.names)
    for s in BuiltinScenarios.all.dropFirst(2) {
      let spec = try ScenarioLoader.load(nameOrPath: s.name)
      #expect(spec.name == s.name)
      #expect(!s.summary.isEmpty)
      // Every description says what to watch and what fixes it.
      #expect(spec.description.contains("Watch:"), "\(s.name)")
      #expect(spec.description.contains("Fix") || spec.description.contains("Try:"), "\(s.name)")
    }
  }

  @Test func docsHaveASectionForEach() throws {
    let path = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/teaching-scenarios.md").path
    let headings = try String(contentsOfFile: path, encoding: .utf8)
      .split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
    #expect(headings == Self.names)
  }

  @Test(arguments: names) func runsCleanlyForTenMinutes(_ name: String) throws {
    let sim = try Self.simulator(name, seed: 99)
    sim.advance(to: .minutes(10))
    let events = sim.drainEvents()
    #expect(!events.contains { $0.kind == .commandFailed }, "\(events.filter { $0.kind == .commandFailed }.map { $0.message ?? "" })")
    #expect(sim.invariantViolations.isEmpty)
  }

  // MARK: - 1. static-host-port

  @Test func staticHostPortNeverPlacesTheNewTasks() throws {
    let sim = try Self.simulator("static-host-port")
    let s = try Self.service(sim, "shop", "storefront")
    sim.advance(to: .minutes(8))
    #expect(s.deployments.count == 2)
    #expect(s.primary.taskDefinition.familyRevision == "storefront:2")
    #expect(s.primary.rolloutState == .inProgress && s.primary.tasks.isEmpty)
    #expect(s.runningCount == 2 && s.liveTasks.allSatisfy { $0.revision == 1 })
    #expect(!sim.tasks.contains { $0.revision == 2 })
    let failure = try #require(s.events.first { $0.message.contains("unable to place") })
    #expect(failure.createdAt == .minutes(2))
    #expect(sim.instances.contains { failure.message == Self.placementFailure("storefront", $0, "is already using a port required by your task") })
    #expect(sim.invariantViolations.isEmpty)
  }

  @Test func staticHostPortMovesWithMinimumHealthy50() throws {
    let sim = try Self.simulator("static-host-port", fixed: true)
    let s = try Self.service(sim, "shop", "storefront")
    sim.advance(to: .minutes(10))
    #expect(s.minimumHealthyPercent == 50)
    #expect(s.deployments.count == 1 && s.primary.rolloutState == .completed)
    #expect(s.runningCount == 2 && s.liveTasks.allSatisfy { $0.revision == 2 })
    #expect(Self.messages(s).last == "(service storefront) has reached a steady state.")
  }

  // MARK: - 2. deadlock-100-100

  @Test func min100Max100DeploymentCannotStopOrStart() throws {
    let sim = try Self.simulator("deadlock-100-100")
    let s = try Self.service(sim, "payments", "payments-api")
    sim.advance(to: .minutes(8))
    #expect(s.bounds == DeploymentBounds(desired: 3, minimumHealthyPercent: 100, maximumPercent: 100))
    #expect(s.bounds.lower == 3 && s.bounds.upper == 3)
    #expect(s.primary.taskDefinition.familyRevision == "payments-api:2" && s.primary.rolloutState == .inProgress)
    #expect(!sim.tasks.contains { $0.revision == 2 })
    #expect(s.runningCount == 3)
    let stuck = try #require(s.events.first { $0.message == Self.stuckMessage("payments-api") })
    #expect(stuck.createdAt == .minutes(2))
  }

  @Test func min100Max100DrainingStallsToo() throws {
    // The lesson's second half, without the deployment: drain an instance as the description
    // says, looking its id up first.
    let sim = try Self.simulator("deadlock-100-100") { $0.timeline = [] }
    let s = try Self.service(sim, "payments", "payments-api")
    sim.advance(to: .minutes(1))
    let inst = try #require(sim.instances.first { $0.availabilityZone == "us-east-1a" })
    let stuckTask = try #require(s.liveTasks.first { $0.containerInstance === inst })
    try Self.run(sim, "drain --cluster payments \(inst.id.hex)")
    sim.advance(to: .minutes(6))
    #expect(inst.status == .draining)
    #expect(stuckTask.lastStatus == .running && stuckTask.desiredStatus == .running)
    #expect(inst.runningTasksCount == 1)
    #expect(s.liveTasks.count == 3)
    #expect(s.events.first?.message == Self.stuckMessage("payments-api"))
  }

  @Test func min100Max200Fixes() throws {
    let sim = try Self.simulator("deadlock-100-100", fixed: true)
    let s = try Self.service(sim, "payments", "payments-api")
    sim.advance(to: .minutes(10))
    #expect(s.maximumPercent == 200)
    #expect(s.primary.rolloutState == .completed && s.liveTasks.count == 3 && s.liveTasks.allSatisfy { $0.revision == 2 })
    #expect(Self.messages(s).last == "(service payments-api) has reached a steady state.")
  }

  // MARK: - 3. rounding-traps

  @Test func roundedBoundsLeaveNoRoom() throws {
    let sim = try Self.simulator("rounding-traps")
    let search = try Self.service(sim, "discovery", "search-api")
    let recs = try Self.service(sim, "discovery", "recommendations")
    sim.advance(to: .minutes(8))
    // 2 × 75 % = 1.5 → 2; 2 × 100 % = 2.
    #expect(search.bounds.lower == 2 && search.bounds.upper == 2)
    // 3 × 100 % = 3; 3 × 125 % = 3.75 → 3.
    #expect(recs.bounds.lower == 3 && recs.bounds.upper == 3)
    for (s, old) in [(search, 2), (recs, 3)] {
      #expect(s.primary.rolloutState == .inProgress && s.primary.tasks.isEmpty)
      #expect(s.liveTasks.count == old && s.liveTasks.allSatisfy { $0.revision == 1 })
      #expect(s.events.contains { $0.message == Self.stuckMessage(s.name) && $0.createdAt == .minutes(2) })
    }
  }

  @Test func roomAfterRoundingFixesBoth() throws {
    let sim = try Self.simulator("rounding-traps", fixed: true)
    let search = try Self.service(sim, "discovery", "search-api")
    let recs = try Self.service(sim, "discovery", "recommendations")
    sim.advance(to: .minutes(10))
    #expect(search.bounds.lower == 1 && search.bounds.upper == 2)
    #expect(recs.bounds.lower == 3 && recs.bounds.upper == 4)
    for s in [search, recs] {
      #expect(s.primary.rolloutState == .completed && s.liveTasks.allSatisfy { $0.revision == 2 })
      #expect(Self.messages(s).last == "(service \(s.name)) has reached a steady state.")
    }
  }

  // MARK: - 4. missing-task-iam-role

  @Test func taskRoleNeverPlacesOnBareAgents() throws {
    let sim = try Self.simulator("missing-task-iam-role")
    let s = try Self.service(sim, "orders", "orders-worker")
    sim.advance(to: .minutes(5))
    #expect(sim.instances.count == 2)
    #expect(sim.instances.allSatisfy { !$0.hasAttribute("com.amazonaws.ecs.capability.task-iam-role") })
    #expect(sim.tasks.isEmpty && s.runningCount == 0)
    let failure = try #require(s.events.first { $0.message.contains("unable to place") })
    #expect(failure.createdAt == .zero)
    #expect(sim.instances.contains { failure.message == Self.placementFailure("orders-worker", $0, "is missing an attribute required by your task") })
    #expect(s.primary.rolloutState == .inProgress)
  }

  @Test func anAgentWithTaskRolesRunsThem() throws {
    let sim = try Self.simulator("missing-task-iam-role", fixed: true)
    let s = try Self.service(sim, "orders", "orders-worker")
    sim.advance(to: .minutes(6))
    let good = try #require(sim.instances.last)
    #expect(sim.instances.count == 3)
    #expect(good.hasAttribute("com.amazonaws.ecs.capability.task-iam-role"))
    #expect(s.runningCount == 2 && s.liveTasks.allSatisfy { $0.containerInstance === good })
    #expect(Self.messages(s).last == "(service orders-worker) has reached a steady state.")
  }

  // MARK: - 5. image-not-found

  @Test func missingTagFailsThrottlesAndRollsBack() throws {
    let sim = try Self.simulator("image-not-found")
    let s = try Self.service(sim, "web", "checkout")
    sim.advance(to: .minutes(2))
    let failing = s.primary
    #expect(failing.taskDefinition.familyRevision == "checkout:2")
    // The old tasks keep serving throughout.
    var fewestRunning = Int.max
    for step in 1...360 {
      sim.advance(to: .minutes(2) + .seconds(Int64(step)))
      fewestRunning = min(fewestRunning, s.liveTasks.filter { $0.lastStatus == .running && $0.desiredStatus == .running }.count)
    }
    #expect(fewestRunning >= 2)
    let pullError = "CannotPullContainerError: Error response from daemon: manifest for 123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout:1.9.0 not found: manifest unknown: Requested image not found"
    let bad = sim.tasks.filter { $0.revision == 2 }
    #expect(bad.allSatisfy { $0.startedAt == nil && $0.lastStatus == .stopped })
    let failedToStart = bad.filter { $0.stopCode == .taskFailedToStart }
    #expect(failedToStart.count >= 3)
    #expect(failedToStart.allSatisfy { $0.stoppedReason == pullError && $0.containers[0].reason == pullError })
    #expect(failing.rolloutState == .failed)
    #expect(failing.rolloutStateReason == "ECS deployment circuit breaker: tasks failed to start.")
    let m = Self.messages(s)
    #expect(m.contains("(service checkout) is unable to consistently start tasks successfully."))
    #expect(m.contains("(service checkout) (deployment \(failing.id)) deployment failed: tasks failed to start."))
    #expect(s.primary.isRollback && s.primary.taskDefinition.familyRevision == "checkout:1")
    #expect(s.primary.rolloutState == .completed && s.primary.rolloutStateReason == "ECS deployment \(s.primary.id) completed.")
    #expect(s.deployments.count == 1 && s.runningCount == 2 && s.liveTasks.allSatisfy { $0.revision == 1 })
    #expect(m.last == "(service checkout) has reached a steady state.")
  }

  @Test func pushingTheImageAndDeployingAgainWorks() throws {
    let sim = try Self.simulator("image-not-found", fixed: true)
    let s = try Self.service(sim, "web", "checkout")
    sim.advance(to: .minutes(10))
    #expect(sim.repositories["checkout"]?.image(tag: "1.9.0") != nil)
    #expect(!s.primary.isRollback && s.primary.taskDefinition.familyRevision == "checkout:2")
    #expect(s.primary.rolloutState == .completed && s.runningCount == 2 && s.liveTasks.allSatisfy { $0.revision == 2 })
  }

  // MARK: - 6. draining

  @Test func drainingMovesTheServiceTaskAfterTheDeregistrationDelayAndKeepsTheBatchTask() throws {
    let sim = try Self.simulator("draining")
    let s = try Self.service(sim, "catalog", "catalog")
    let tg = try #require(sim.targetGroups["catalog"])
    sim.advance(to: .minutes(2))
    #expect(Self.healthyTargets(tg) == 3)
    // Find the instance as the description says, then drain it.
    let listed = try Self.run(sim, #"list-container-instances --cluster catalog --filter "attribute:ecs.availability-zone == us-east-1c""#)
    guard case .object(let fields)? = listed, case .array(let arns)? = fields.first(where: { $0.0 == "containerInstanceArns" })?.1,
      arns.count == 1, case .string(let arn) = arns[0]
    else { Issue.record("unexpected list-container-instances output \(String(describing: listed))"); return }
    let inst = try #require(sim.containerInstance(arn))
    #expect(inst.availabilityZone == "us-east-1c" && inst.ec2InstanceId == "i-0c4a7a1b00000c003")
    let reindex = try #require(sim.tasks.first { $0.family == "search-reindex" })
    let old = try #require(s.liveTasks.first { $0.containerInstance === inst })
    #expect(reindex.containerInstance === inst && reindex.lastStatus == .running)
    // The timeline drained it at 2m.
    #expect(inst.status == .draining)

    var fewestHealthy = Int.max, most = 0
    for step in 1...480 {
      sim.advance(to: .minutes(2) + .seconds(Int64(step)))
      fewestHealthy = min(fewestHealthy, Self.healthyTargets(tg))
      most = max(most, s.liveTasks.count)
    }
    #expect(fewestHealthy >= 3)  // minimumHealthyPercent 100: the replacement first
    #expect(most == 4)
    let m = s.events.reversed()
    let begun = try #require(m.first { $0.message == "(service catalog, taskSet \(s.primary.id)) has begun draining connections on 1 tasks." })
    #expect(m.contains { $0.message == "(service catalog) deregistered 1 targets in (target-group \(tg.arn))" && $0.createdAt == begun.createdAt })
    let stopped = try #require(m.first { $0.message == "(service catalog) has stopped 1 running tasks: (task \(old.id.hex))." })
    // The default 300-second deregistration delay, then SIGTERM.
    #expect(stopped.createdAt - begun.createdAt == .seconds(300))
    #expect(old.lastStatus == .stopped && old.stopCode == .serviceSchedulerInitiated)
    #expect(old.stoppedReason == "Scaling activity initiated by (deployment \(s.primary.id))")
    #expect(try #require(old.executionStoppedAt) - begun.createdAt >= .seconds(300))
    // The replacement was registered and healthy before the old one began draining.
    let replacement = try #require(s.liveTasks.first { $0.startedAt! > .minutes(2) })
    #expect(replacement.containerInstance !== inst)
    #expect(m.filter { $0.message == "(service catalog) registered 1 targets in (target-group \(tg.arn))" }.last!.createdAt < begun.createdAt)
    #expect(Self.messages(s).last == "(service catalog) has reached a steady state.")
    // The standalone task is untouched; the instance stays DRAINING with it.
    #expect(reindex.lastStatus == .running && reindex.desiredStatus == .running)
    #expect(inst.status == .draining && inst.runningTasksCount == 1)
    #expect(!s.liveTasks.contains { $0.containerInstance === inst })
    #expect(sim.invariantViolations.isEmpty)
  }

  // MARK: - 7. spot-interruption

  @Test func spotDrainingReplacesInTimeAndWithoutItTasksDieWithTheHost() throws {
    let sim = try Self.simulator("spot-interruption")
    let s = try Self.service(sim, "media", "thumbnailer")
    sim.advance(to: .minutes(2))
    let drained = try #require(sim.instances.first { $0.purchaseOption == .spot && $0.config.enableSpotInstanceDraining })
    let undrained = try #require(sim.instances.first { $0.purchaseOption == .spot && !$0.config.enableSpotInstanceDraining })
    #expect(drained.availabilityZone == "us-east-1a" && undrained.availabilityZone == "us-east-1b")
    let onDrained = s.liveTasks.filter { $0.containerInstance === drained }
    let onUndrained = s.liveTasks.filter { $0.containerInstance === undrained }
    #expect(onDrained.count == 2 && onUndrained.count == 2)
    // The timeline interrupted both at 2m.
    #expect(sim.drainEvents().filter { $0.message == "EC2 Spot Instance Interruption Warning: instance-action terminate in 2 minutes" }.count == 2)
    #expect(drained.status == .draining && undrained.status == .active)

    sim.advance(to: .minutes(4) - .ms(1))
    // With Spot draining: replaced and stopped by the scheduler within the two minutes.
    #expect(onDrained.allSatisfy { $0.lastStatus == .stopped && $0.stopCode == .serviceSchedulerInitiated })
    #expect(onDrained.allSatisfy { $0.stoppedReason == "Scaling activity initiated by (deployment \(s.primary.id))" })
    // Without it: still running, ECS knows nothing.
    #expect(onUndrained.allSatisfy { $0.lastStatus == .running && $0.desiredStatus == .running })
    #expect(undrained.status == .active)

    sim.advance(to: .minutes(7))
    #expect(onUndrained.allSatisfy { $0.lastStatus == .stopped && $0.stopCode == .spotInterruption })
    #expect(onUndrained.allSatisfy { $0.stoppedReason == "Host EC2 (instance \(undrained.ec2InstanceId)) stopped/terminated" && $0.stoppingAt! >= .minutes(4) })
    #expect(drained.status == .inactive && undrained.status == .inactive)
    #expect(s.runningCount == 6 && s.liveTasks.allSatisfy { $0.containerInstance?.purchaseOption == .onDemand })
    #expect(Self.messages(s).last == "(service thumbnailer) has reached a steady state.")
    #expect(sim.invariantViolations.isEmpty)
  }

  // MARK: - 8. health-check-grace-period

  @Test func slowStartIsKilledAndReplacedInALoop() throws {
    let sim = try Self.simulator("health-check-grace-period")
    let s = try Self.service(sim, "finance", "ledger-api")
    let tg = try #require(sim.targetGroups["ledger-api"])
    sim.advance(to: .minutes(6))
    let reason = "Task failed ELB health checks in (target-group \(tg.arn))"
    let killed = sim.tasks.filter { $0.stoppedReason == reason }
    #expect(killed.count >= 6)
    #expect(killed.allSatisfy { $0.stopCode == .serviceSchedulerInitiated && $0.startedAt != nil })
    // Each one was condemned a minute after it started, 30 s before the app would have been
    // ready: two failed checks 30 s apart, then the scheduler's next pass (within 5 s).
    for t in killed {
      let condemnedAfter = t.stoppingAt! - t.startedAt!
      #expect(condemnedAfter >= .seconds(60) && condemnedAfter <= .seconds(66), "\(condemnedAfter)")
    }
    let unhealthy = Self.messages(s).filter { $0.contains("is unhealthy in") }
    #expect(unhealthy.count >= 6)
    #expect(unhealthy.allSatisfy { $0.hasPrefix("(service ledger-api) (instance i-") && $0.hasSuffix(") is unhealthy in (target-group \(tg.arn)) due to (reason Health checks failed)") })
    #expect(s.primary.rolloutState == .inProgress)
    #expect(!Self.messages(s).contains("(service ledger-api) has reached a steady state."))
    #expect(Self.healthyTargets(tg) == 0)
  }

  @Test func aGracePeriodLetsTheAppStart() throws {
    let sim = try Self.simulator("health-check-grace-period", fixed: true)
    let s = try Self.service(sim, "finance", "ledger-api")
    let tg = try #require(sim.targetGroups["ledger-api"])
    sim.advance(to: .minutes(12))
    #expect(s.healthCheckGracePeriodSeconds == 300)
    let reason = "Task failed ELB health checks in (target-group \(tg.arn))"
    // Tasks told to stop before the fix finish stopping; none is condemned after it.
    #expect(sim.tasks.filter { $0.stoppedReason == reason }.allSatisfy { $0.stoppingAt! < .minutes(6) })
    #expect(s.runningCount == 2 && Self.healthyTargets(tg) == 2)
    #expect(s.primary.rolloutState == .completed)
    #expect(Self.messages(s).last == "(service ledger-api) has reached a steady state.")
  }

  // MARK: - 9. security-group-ephemeral-range

  @Test func port80OnlyTimesOutDynamicPorts() throws {
    let sim = try Self.simulator("security-group-ephemeral-range")
    let s = try Self.service(sim, "accounts", "profile")
    let tg = try #require(sim.targetGroups["profile"])
    sim.advance(to: .minutes(4))
    let m = Self.messages(s)
    let unhealthy = m.filter { $0.contains("is unhealthy in") }
    #expect(unhealthy.count >= 3)
    for message in unhealthy {
      guard let port = message.split(separator: "(port ").dropFirst().first?.prefix(while: \.isNumber), let p = Int(port) else {
        Issue.record("no port in \(message)"); continue
      }
      #expect(p >= 32768)
      #expect(sim.instances.contains { message == "(service profile) (instance \($0.ec2InstanceId)) (port \(p)) is unhealthy in (target-group \(tg.arn)) due to (reason Request timed out)" })
    }
    let recycled = sim.tasks.filter { $0.stoppedReason == "Task failed ELB health checks in (target-group \(tg.arn))" }
    #expect(recycled.count >= 6)
    #expect(!m.contains("(service profile) has reached a steady state."))
    #expect(!s.liveTasks.contains { sim.countsHealthy($0, s) })
    #expect(tg.targets.allSatisfy { $0.health.state != .healthy })
    // What describe-target-health shows for each of them in turn.
    let changes = sim.drainEvents().filter { $0.kind == .targetHealthChange && $0.field("state") == "unhealthy" }
    #expect(changes.count >= 3)
    #expect(changes.allSatisfy { $0.field("reason") == "Target.Timeout" && $0.message == "Request timed out" })
  }

  @Test func theEphemeralRangeFixesIt() throws {
    let sim = try Self.simulator("security-group-ephemeral-range", fixed: true)
    let s = try Self.service(sim, "accounts", "profile")
    let tg = try #require(sim.targetGroups["profile"])
    #expect(sim.securityGroups["sg-0d5e6f7a00000e2c0"]?.ingress.contains { $0.fromPort == 32768 && $0.toPort == 65535 } == true)
    sim.advance(to: .minutes(4))
    #expect(!sim.tasks.contains { $0.stoppedReason?.hasPrefix("Task failed ELB health checks") == true })
    #expect(Self.healthyTargets(tg) == 3)
    #expect(Self.messages(s).last == "(service profile) has reached a steady state.")
  }

  // MARK: - 10. rolling-upgrade-alb

  @Test func rollingUpgradeNeverDropsBelowDesiredHealthyTargets() throws {
    let sim = try Self.simulator("rolling-upgrade-alb")
    let s = try Self.service(sim, "production", "frontend")
    let tg = try #require(sim.targetGroups["frontend"])
    sim.advance(to: .minutes(2) - .ms(1))
    #expect(Self.healthyTargets(tg) == 6 && s.primary.rolloutState == .completed)
    #expect(Set(s.liveTasks.map(\.availabilityZone)) == ["us-east-1a", "us-east-1b", "us-east-1c"])
    sim.advance(to: .minutes(2))
    let deployment = s.primary
    #expect(deployment.taskDefinition.familyRevision == "frontend:2")
    var fewestHealthy = Int.max, most = 0
    for step in 1...240 {
      sim.advance(to: .minutes(2) + .seconds(Int64(step)))
      fewestHealthy = min(fewestHealthy, Self.healthyTargets(tg))
      most = max(most, s.liveTasks.count)
    }
    #expect(fewestHealthy >= 6)
    #expect(most == 12)  // maximumPercent 200
    #expect(tg.targets.count == 6 && tg.targets.allSatisfy { $0.task.revision == 2 && $0.health.state == .healthy })
    #expect(tg.targets.allSatisfy { (32768...65535).contains($0.port) })
    #expect(Set(tg.targets.map(\.availabilityZone)).count == 3)
    #expect(deployment.rolloutState == .completed && s.deployments.count == 1)
    let m = Self.messages(s)
    #expect(m.suffix(2) == ["(service frontend) (deployment \(deployment.id)) deployment completed.", "(service frontend) has reached a steady state."])
    #expect(m.contains { $0.hasPrefix("(service frontend, taskSet ecs-svc/") && $0.contains(") has begun draining connections on ") })
    // Old tasks get SIGTERM only after the 30-second deregistration delay.
    let old = sim.tasks.filter { $0.revision == 1 }
    #expect(old.count == 6)
    #expect(old.allSatisfy { $0.lastStatus == .stopped && $0.executionStoppedAt! - $0.stoppingAt! >= .seconds(30) })
    #expect(sim.invariantViolations.isEmpty)
  }

  // MARK: - Helpers

  /// Runs a command as typed; fails the test with ECS's message if it did not apply.
  @discardableResult
  static func run(_ sim: Simulator, _ line: String) throws -> JSONValue? {
    switch sim.execute(line) {
    case .applied(let out): return out
    case .failed(let m): Issue.record("\(line): \(m)"); return nil
    case .nothing: return nil
    }
  }
}
