/// The service scheduler (docs/ecs/services-and-deployments.md §4–§8,
/// docs/ecs/container-agent.md §5): keeps a service's tasks at its desired count, replaces what
/// stops or turns unhealthy, rolls deployments and drains instances within the
/// minimumHealthyPercent / maximumPercent bounds, and reports in ECS's own words.
///
/// It works on services marked dirty (a task of theirs changed, an instance drained, the
/// service was updated), a second after the change, as ECS's scheduler loop runs every few
/// seconds; nothing scans every service on every tick.
extension Simulator {
  /// Queues a reconcile of the service: once, however many changes arrive meanwhile, at the
  /// earliest time anyone asked for (a later queued one then does nothing).
  func requestReconcile(_ service: Service, after delay: SimTime = .seconds(1)) {
    guard service.status != .inactive else { return }
    let due = now + delay
    if let queued = service.reconcileDue, queued <= due { return }
    service.reconcileDue = due
    queue.schedule(.reconcile(service), at: due)
  }

  /// Every service of the cluster (an instance changed: draining, agent, registration).
  func requestReconcile(cluster name: String) {
    guard let c = clusters[name] else { return }
    for s in c.serviceOrder where s.status != .inactive { requestReconcile(s) }
  }

  /// Whether a service task counts as healthy for the lower bound: with a load balancer when
  /// every target is healthy (and the container health check, if any, is HEALTHY); with only a
  /// container health check when the task is HEALTHY; with neither once it has been RUNNING for
  /// 40 seconds.
  func countsHealthy(_ t: ECSTask, _ s: Service) -> Bool {
    guard t.desiredStatus == .running, t.lastStatus == .running, let started = t.startedAt else { return false }
    let hasHealthCheck = t.containers.contains { $0.essential && $0.definition.healthCheck != nil }
    if !s.loadBalancers.isEmpty {
      return targetsHealthy(t, s) && (!hasHealthCheck || t.healthStatus == .healthy)
    }
    if hasHealthCheck { return t.healthStatus == .healthy }
    return now - started >= .seconds(40)
  }

  /// Why a RUNNING service task must be replaced, once past the grace period: failed container
  /// health checks or failed load-balancer health checks.
  func unhealthyReason(_ t: ECSTask, _ s: Service) -> String? {
    guard t.desiredStatus == .running, t.lastStatus == .running, let started = t.startedAt else { return nil }
    if now - started < .seconds(Int64(s.healthCheckGracePeriodSeconds)) { return nil }
    if t.healthStatus == .unhealthy { return "Task failed container health checks" }
    return failedTargetGroup(t, s).map { "Task failed ELB health checks in (target-group \($0))" }
  }

  func reconcile(_ s: Service) {
    guard s.reconcileDue == now else { return }  // superseded by an earlier one
    s.reconcileDue = nil
    guard s.status != .inactive, let cluster = clusters[s.clusterName] else { return }
    let primary = s.primary
    let reason = "Scaling activity initiated by (deployment \(primary.id))"

    if s.status == .draining {
      let live = s.liveTasks.filter { $0.desiredStatus == .running }
      if !live.isEmpty { stopServiceTasks(s, live, reason: reason) }
      if s.liveTasks.isEmpty { s.status = .inactive } else { requestReconcile(s, after: .seconds(5)) }
      return
    }

    // 1. Tasks that failed their health checks after the grace period go whatever the bounds
    //    (stopping an unhealthy task never lowers the healthy count).
    if !s.suspects.isEmpty {
      var keep: [ECSTask] = []
      var failing: [(ECSTask, String)] = []
      for t in s.suspects where t.desiredStatus == .running && t.lastStatus == .running {
        if let why = unhealthyReason(t, s) {
          if why.hasPrefix("Task failed container") {
            s.lastHealthCheckFailure = HealthCheckFailure(at: now, task: t)
            serviceEvent(s, "(service \(s.name)) (task \(t.id.hex)) failed container health checks.")
          }
          t.deployment?.failedTasks += 1
          failing.append((t, why))
        } else if t.healthStatus == .unhealthy || failedTargetGroup(t, s) != nil {
          keep.append(t)  // still inside the grace period
          requestReconcile(s, after: .seconds(5))
        }
      }
      s.suspects = keep
      // One batch per reason, as ECS reports them.
      var reasons: [String] = []
      for (_, why) in failing where !reasons.contains(why) { reasons.append(why) }
      for why in reasons { stopServiceTasks(s, failing.filter { $0.1 == why }.map(\.0), reason: why) }
      for d in s.deployments where failing.contains(where: { $0.0.deployment === d }) { checkCircuitBreaker(s, d) }
    }

    if s.schedulingStrategy == .daemon {
      reconcileDaemon(s, cluster)
      return
    }

    let desired = s.desiredCount
    let bounds = s.bounds
    // Primary tasks on DRAINING instances are being replaced like an old deployment's.
    let draining = cluster.drainingInstances
    let primaryOnDraining = draining.flatMap { i in i.tasks.filter { $0.deployment === primary && $0.desiredStatus == .running } }
    let keepingCount = primary.activeCount - primaryOnDraining.count
    var total = s.totalCount
    var healthy = s.healthyCount
    var changed = false

    // 2. Scale in: the primary has more than desired (pending and unhealthy ones go first, then
    //    from the AZ holding the most, keeping AZ balance —
    //    docs/ecs/services-and-deployments.md §8).
    if keepingCount > desired {
      let keeping = primary.tasks.filter { $0.desiredStatus == .running && $0.containerInstance?.status != .draining }
      let extra = Array(scaleInOrder(keeping).prefix(keepingCount - desired))
      healthy -= extra.filter(\.countedHealthy).count
      stopServiceTasks(s, extra, reason: reason)
      changed = true
    }

    // 3. Start: as many primary tasks as the upper bound and the desired count allow.
    let toStart = min(bounds.upper - total, desired - min(keepingCount, desired))
    var blockedByUpper = bounds.upper - total <= 0 && keepingCount < desired
    var decision = SchedulerDecision(bounds: bounds, total: total, missing: desired - min(keepingCount, desired), room: bounds.upper - total)
    decision.rolloutFailed = primary.rolloutState == .failed
    if toStart > 0 && primary.rolloutState != .failed {
      if let until = s.throttledUntil, until > now {
        requestReconcile(s, after: until - now)
      } else {
        let started = startServiceTasks(s, primary, count: toStart)
        total += started
        changed = changed || started > 0
        blockedByUpper = false
      }
    }

    // 4. Stop retiring tasks (old deployments, draining instances) while the lower bound holds:
    //    unhealthy and pending ones first, then healthy ones one at a time. Only walked when
    //    something can go.
    let old = s.deployments.dropFirst()
    let retiringCount = old.reduce(0) { $0 + $1.activeCount } + primaryOnDraining.count
    let retiringUnhealthy = old.reduce(0) { $0 + $1.activeCount - $1.healthyCount } + primaryOnDraining.filter { !$0.countedHealthy }.count
    var stopped: [ECSTask] = []
    if retiringCount > 0 && (retiringUnhealthy > 0 || healthy - 1 >= bounds.lower) {
      var retiring = old.flatMap { $0.tasks.filter { $0.desiredStatus == .running } }
      retiring += primaryOnDraining
      for t in scaleInOrder(retiring) {
        if !t.countedHealthy {
          stopped.append(t)
        } else if healthy - 1 >= bounds.lower {
          healthy -= 1
          stopped.append(t)
        }
      }
      if !stopped.isEmpty {
        stopServiceTasks(s, stopped, reason: reason)
        changed = true
      }
    }
    if healthy < bounds.lower && stopped.contains(where: \.countedHealthy) { s.stoppedBelowLowerBound = true }

    decision.retiring = retiringCount
    decision.stopped = stopped.count
    decision.healthyAfter = healthy

    // 5. Stuck: something must be replaced, nothing may start and nothing may stop.
    if retiringCount > stopped.count && blockedByUpper && !changed && s.healthyCount == total {
      decision.stuck = true
      serviceEvent(s, "(service \(s.name)) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.", persistent: true)
    }

    s.lastDecision = decision
    settle(s, changed: changed)
  }

  /// Completes deployments and reports steady state once everything matches.
  func settle(_ s: Service, changed: Bool) {
    let primary = s.primary
    let othersEmpty = s.deployments.dropFirst().allSatisfy { $0.tasks.isEmpty }
    guard !changed, primary.activeCount == s.desiredCount, primary.healthyCount == s.desiredCount,
      primary.tasks.count == primary.activeCount, othersEmpty
    else {
      if changed { s.reportedSteadyState = false }
      // Something is still moving (health checks, the 40-second rule): look again shortly.
      if s.totalCount > 0 || s.desiredCount > 0 { requestReconcile(s, after: .seconds(5)) }
      return
    }
    if s.deployments.count > 1 {
      for d in s.deployments.dropFirst() { d.status = .inactive; d.updatedAt = now }
      s.deployments = [primary]
    }
    if primary.rolloutState == .inProgress {
      primary.rolloutState = .completed
      primary.rolloutStateReason = "ECS deployment \(primary.id) completed."
      primary.updatedAt = now
      s.lastCompletedTaskDefinition = primary.taskDefinition
      emit(.deploymentChange, [("cluster", s.clusterName), ("service", s.name), ("deployment", primary.id), ("rolloutState", "COMPLETED")], message: primary.rolloutStateReason)
      serviceEvent(s, "(service \(s.name)) (deployment \(primary.id)) deployment completed.")
    }
    if !s.reportedSteadyState {
      s.reportedSteadyState = true
      serviceEvent(s, "(service \(s.name)) has reached a steady state.")
    }
  }

  /// Launches up to `count` tasks of the deployment; unplaceable ones give ECS's event.
  @discardableResult
  func startServiceTasks(_ s: Service, _ d: Deployment, count: Int, on instance: ContainerInstance? = nil) -> Int {
    guard let cluster = clusters[s.clusterName] else { return 0 }
    var plan = LaunchPlan(cluster: cluster, taskDefinition: d.taskDefinition, group: s.group)
    plan.launchType = s.launchType
    plan.capacityProvider = s.capacityProvider
    plan.strategies = s.placementStrategy
    plan.constraints = d.taskDefinition.placementConstraints + s.placementConstraints
    plan.subnets = s.subnets.compactMap { id in subnets.first { $0.subnetId == id } }
    plan.assignPublicIp = s.assignPublicIp
    plan.startedBy = d.id
    plan.onlyInstance = instance
    if s.schedulingStrategy == .replica && s.liveTasks.count + count > s.bounds.upper { s.scheduledAbove = true }
    let result = place(plan, count: count)
    for t in result.tasks {
      t.service = s
      t.deployment = d
      d.tasks.append(t)
      d.activeCount += 1
      countServiceTask(t, +1)
    }
    if !result.tasks.isEmpty {
      s.reportedSteadyState = false
      let ids = result.tasks.map { "(task \($0.id.hex))" }.joined(separator: " ")
      serviceEvent(s, "(service \(s.name)) has started \(result.tasks.count) tasks: \(ids).")
    }
    if let r = result.rejection { s.lastPlacementFailure = r } else if !result.tasks.isEmpty { s.lastPlacementFailure = nil }
    if let f = result.failures.first {
      serviceEvent(s, placementFailureMessage(s, f), persistent: true)
      requestReconcile(s, after: .seconds(30))
    }
    return result.tasks.count
  }

  /// `(service web) was unable to place a task because no container instance met all of its
  /// requirements. The closest matching (container-instance …) is already using a port …`.
  func placementFailureMessage(_ s: Service, _ f: PlacementFailure) -> String {
    let head = "(service \(s.name)) was unable to place a task because no container instance met all of its requirements."
    guard let arn = f.arn else { return head }
    let tail: String
    switch f.reason {
    case "RESOURCE:PORTS", "RESOURCE:PORTS_UDP": tail = "is already using a port required by your task"
    case "RESOURCE:CPU": tail = "has insufficient CPU units available"
    case "RESOURCE:MEMORY": tail = "has insufficient memory available"
    case "AGENT": tail = "encountered error \"AGENT\""
    case "ATTRIBUTE": tail = "is missing an attribute required by your task"
    case "RESOURCE:ENI": tail = "has no free elastic network interface attachment point"
    default: tail = "does not satisfy the placement constraints of your task"
    }
    return "\(head) The closest matching (container-instance \(Simulator.lastPathComponent(arn))) \(tail). For more information, see the Troubleshooting section."
  }

  /// Stops service tasks with ServiceSchedulerInitiated. Tasks behind a load balancer are
  /// deregistered first and reported stopped when the deregistration delay has run out; the
  /// others are stopped and reported at once, in one event per batch.
  func stopServiceTasks(_ s: Service, _ tasks: [ECSTask], reason: String) {
    let toStop = tasks.filter { $0.desiredStatus == .running }
    guard !toStop.isEmpty else { return }
    s.reportedSteadyState = false
    let draining = toStop.filter { t in t.lastStatus == .running && t.targets.contains { $0.target.health.state != .draining && $0.target.health.state != .unused } }
    let now = toStop.filter { t in !draining.contains { $0 === t } }
    for t in now { stopTask(t, code: .serviceSchedulerInitiated, reason: reason) }
    let running = now.filter { $0.lastStatus == .running }
    if !running.isEmpty { serviceEvent(s, stoppedMessage(s, running)) }
    if !draining.isEmpty { drainAndStop(draining, s, reason: reason) }
  }

  func stoppedMessage(_ s: Service, _ tasks: [ECSTask]) -> String {
    "(service \(s.name)) has stopped \(tasks.count) running tasks: \(tasks.map { "(task \($0.id.hex))" }.joined(separator: " "))."
  }

  /// Pending and unhealthy tasks first, then from the AZ holding the most of them, newest first.
  func scaleInOrder(_ tasks: [ECSTask]) -> [ECSTask] {
    var perAZ: [String: Int] = [:]
    for t in tasks { perAZ[t.availabilityZone, default: 0] += 1 }
    let keyed = tasks.map { ($0, perAZ[$0.availabilityZone] ?? 0) }
    return keyed.sorted { a, b in
      if a.0.countedHealthy != b.0.countedHealthy { return !a.0.countedHealthy }
      if a.1 != b.1 { return a.1 > b.1 }
      return a.0.createdAt > b.0.createdAt
    }.map(\.0)
  }

  // MARK: - Task lifecycle hooks

  /// A service task changed state: register it with its target groups when it starts, keep the
  /// healthy count, note a possible health-check failure, and look at the service again.
  func serviceTaskChanged(_ t: ECSTask) {
    guard let s = t.service else { return }
    if t.lastStatus == .running && t.startedAt == now && t.targets.isEmpty && !s.loadBalancers.isEmpty && t.desiredStatus == .running {
      registerTargets(t, s)
    }
    if t.lastStatus == .running && t.startedAt == now {
      s.lastFailedStart = nil
      s.consecutiveStartFailures = 0
      s.throttleStep = 0
      s.throttledUntil = nil
      if s.loadBalancers.isEmpty && !t.containers.contains(where: { $0.essential && $0.definition.healthCheck != nil }) {
        // The 40-second rule: the task counts as healthy once it has run that long.
        queue.schedule(.taskAged(t), at: now + .seconds(40))
      }
    }
    if t.lastStatus == .stopped {
      dropTargets(t)
      forgetServiceTask(t)
    } else {
      refreshHealth(t)
      if t.desiredStatus == .running && (t.healthStatus == .unhealthy || failedTargetGroup(t, s) != nil) && !s.suspects.contains(where: { $0 === t }) {
        s.suspects.append(t)
      }
    }
    requestReconcile(s)
  }

  /// Recomputes whether the service counts the task healthy, keeping the deployment's count.
  func refreshHealth(_ t: ECSTask) {
    guard let s = t.service, let d = t.deployment else { return }
    let h = countsHealthy(t, s)
    guard h != t.countedHealthy else { return }
    t.countedHealthy = h
    d.healthyCount += h ? 1 : -1
    if h {
      d.failedTasks = 0
      if s.lastHealthCheckFailure?.task.deployment === d { s.lastHealthCheckFailure = nil }
    }
  }

  /// The task's desired status turned STOPPED: it no longer counts as active or healthy.
  func serviceTaskDesiredStopped(_ t: ECSTask) {
    guard let d = t.deployment else { return }
    d.activeCount -= 1
    countServiceTask(t, -1, desiredRunning: true)
    refreshHealth(t)
    if let s = t.service { requestReconcile(s) }
  }

  /// The task is gone (STOPPED, or forgotten by a forced deregistration).
  func forgetServiceTask(_ t: ECSTask) {
    guard let d = t.deployment, let i = d.tasks.firstIndex(where: { $0 === t }) else { return }
    if t.countedHealthy { t.countedHealthy = false; d.healthyCount -= 1 }
    if t.desiredStatus == .running {
      d.activeCount -= 1
      countServiceTask(t, -1)
    }
    d.tasks.remove(at: i)
    t.service?.suspects.removeAll { $0 === t }
  }

  /// A service task will never run (its image could not be pulled): counted at once, before it
  /// has finished stopping, so the replacement already waits out the throttle.
  func serviceTaskFailedToStart(_ t: ECSTask) {
    guard let s = t.service else { return }
    t.deployment?.failedTasks += 1
    s.lastFailedStart = t
    s.consecutiveStartFailures += 1
    checkThrottle(s)
    checkCircuitBreaker(s, t.deployment)
    requestReconcile(s)
  }

  /// Repeated failures to reach RUNNING space out the retries, growing to 15 minutes
  /// (docs/ecs/services-and-deployments.md §7). Three failures in a row start it; the gaps are
  /// 30 s, 1, 2, 4, 8 and then 15 minutes [SIM].
  func checkThrottle(_ s: Service) {
    guard s.consecutiveStartFailures >= 3 else { return }
    let gaps: [SimTime] = [.seconds(30), .minutes(1), .minutes(2), .minutes(4), .minutes(8), .minutes(15)]
    s.throttledUntil = now + gaps[min(s.throttleStep, gaps.count - 1)]
    s.throttleStep += 1
    serviceEvent(s, "(service \(s.name)) is unable to consistently start tasks successfully.", persistent: true)
  }

  /// The deployment circuit breaker (docs/ecs/services-and-deployments.md §5): when failed tasks
  /// reach the threshold the deployment FAILS and launches nothing more; with rollback a new
  /// deployment returns to the last COMPLETED task definition. Failure texts are ecsim's choice
  /// (docs/ecs/services-and-deployments.md §5).
  func checkCircuitBreaker(_ s: Service, _ d: Deployment?) {
    guard s.circuitBreakerEnabled, let d, d === s.primary, d.rolloutState == .inProgress,
      d.failedTasks >= circuitBreakerThreshold(desiredCount: d.desiredCount)
    else { return }
    d.rolloutState = .failed
    d.rolloutStateReason = "ECS deployment circuit breaker: tasks failed to start."
    d.updatedAt = now
    emit(.deploymentChange, [("cluster", s.clusterName), ("service", s.name), ("deployment", d.id), ("rolloutState", "FAILED")], message: d.rolloutStateReason)
    serviceEvent(s, "(service \(s.name)) (deployment \(d.id)) deployment failed: tasks failed to start.")
    guard s.circuitBreakerRollback, let good = s.lastCompletedTaskDefinition else { return }
    for old in s.deployments { old.status = .active }
    let rollback = Deployment(id: newDeploymentID(), taskDefinition: good, desiredCount: s.desiredCount, at: now, isRollback: true)
    rollback.rolloutStateReason = "ECS deployment \(rollback.id) in progress. Rolling back to the last completed deployment (task definition \(good.familyRevision))."
    s.deployments.insert(rollback, at: 0)
    s.consecutiveStartFailures = 0
    s.throttledUntil = nil
    emit(.deploymentStarted, [("cluster", s.clusterName), ("service", s.name), ("deployment", rollback.id), ("taskDefinition", good.familyRevision), ("rollback", "true")], message: rollback.rolloutStateReason)
    requestReconcile(s, after: .zero)
  }

  // MARK: - DAEMON

  /// One task on each ACTIVE instance that meets the constraints; none on DRAINING ones.
  func reconcileDaemon(_ s: Service, _ cluster: Cluster) {
    let primary = s.primary
    var changed = false
    for inst in cluster.instances {
      let here = s.liveTasks.filter { $0.containerInstance === inst && $0.desiredStatus == .running }
      if inst.status != .active || !inst.ec2Running {
        if !here.isEmpty { stopServiceTasks(s, here, reason: "Scaling activity initiated by (deployment \(primary.id))"); changed = true }
        continue
      }
      let current = here.filter { $0.deployment === primary }
      let old = here.filter { $0.deployment !== primary }
      if !old.isEmpty {
        // Daemon deployments replace in place: maximumPercent is 100, so stop first.
        stopServiceTasks(s, old, reason: "Scaling activity initiated by (deployment \(primary.id))")
        changed = true
      } else if current.isEmpty && s.liveTasks.filter({ $0.containerInstance === inst }).isEmpty && primary.rolloutState != .failed {
        if startServiceTasks(s, primary, count: 1, on: inst) > 0 { changed = true }
      }
    }
    let want = cluster.instances.filter { $0.status == .active && $0.ec2Running }.count
    s.desiredCount = want
    primary.desiredCount = want
    settle(s, changed: changed)
  }
}

extension Simulator {
  /// Adds (`+1`) or removes (`-1`) a service task from its deployment's RUNNING or PENDING-side
  /// count, by its current lastStatus. Called around every change of lastStatus, of
  /// desiredStatus to STOPPED (`desiredRunning`: as it was just before) and of membership.
  func countServiceTask(_ t: ECSTask, _ delta: Int, desiredRunning: Bool? = nil) {
    guard let d = t.deployment, desiredRunning ?? (t.desiredStatus == .running) else { return }
    if t.lastStatus == .running {
      d.runningTaskCount += delta
    } else if t.lastStatus < .running {
      d.pendingTaskCount += delta
    }
  }
}
