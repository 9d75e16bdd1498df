/// The "why" view (peers study §4 item 5): why a task is where it is in its lifecycle, why a
/// service is not steady, why a container instance still holds tasks.
///
/// Every line comes from state the engine keeps or recorded when it decided: the placement
/// filter chain's verdict on the closest instance (`Service.lastPlacementFailure`), the service
/// scheduler's last pass (`Service.lastDecision`), target and container health, and the time of
/// each task's next lifecycle step (`Task.stepDue`). Nothing here re-runs a check; explaining is
/// read-only and draws no random numbers, so it never changes the simulation.
///
/// Wording: ECS terms as ecs-model.md uses them (lastStatus, stopCode, minimumHealthyPercent,
/// target group reason codes); task ids shortened to 8 hex digits as the event log does; EC2
/// instance ids in full (fixed ids in teaching scenarios share their first digits); times on
/// the simulated clock (`SimTime.clock`).
extension Simulator {
  // MARK: - Any reference

  /// Explains what `ref` names: a task (id, ARN or a unique id prefix of at least 4 digits), a
  /// container instance (id, ARN, EC2 instance id or unique id prefix), or a service
  /// (`cluster/service`, a service ARN, or a service name in the `default` cluster).
  public func explain(_ ref: String) -> Explanation? {
    let text = ref.trimmingSpaces
    guard !text.isEmpty else { return nil }
    if let t = task(text) { return explain(task: t) }
    if let i = containerInstance(text) { return explain(containerInstance: i) }
    if let s = serviceNamed(text) { return explain(service: s) }
    let hex = text.lowercased()
    guard hex.count >= 4, hex.count < 32, hex.allSatisfy({ $0.isHexDigit }) else { return nil }
    let tasks = self.tasks.filter { $0.id.hex.hasPrefix(hex) }
    if tasks.count == 1 { return explain(task: tasks[0]) }
    let insts = instances.filter { $0.id.hex.hasPrefix(hex) }
    if tasks.isEmpty && insts.count == 1 { return explain(containerInstance: insts[0]) }
    return nil
  }

  private func serviceNamed(_ text: String) -> Service? {
    var path = Substring(text)
    if text.hasPrefix("arn:") {
      guard let r = text.firstRange(of: ":service/") else { return nil }
      path = text[r.upperBound...]
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    switch parts.count {
    case 1: return clusters["default"]?.services[String(parts[0])]
    case 2: return clusters[String(parts[0])]?.services[String(parts[1])]
    default: return nil
    }
  }

  // MARK: - Tasks

  /// Why a task is in its current state: what a PROVISIONING or PENDING task waits for, whether
  /// a RUNNING one is healthy (and by which rule its service counts it), what a stopping one
  /// waits out, and why a STOPPED one stopped.
  public func explain(task t: Task) -> Explanation {
    var reasons: [String] = []
    let summary: String
    let status = t.lastStatus.rawValue
    if t.lastStatus == .stopped {
      let code = t.stopCode.map { " (\($0.rawValue))" } ?? ""
      summary = "STOPPED at \(clock(t.stoppedAt)): \(t.stoppedReason ?? "stopped")\(code)"
      reasons += stopCauseLines(t)
      reasons += exitLines(t)
      if let h = t.service?.lastHealthCheckFailure, h.task === t { reasons.append(healthFailureLine(h)) }
      reasons.append(timelineLine(t))
      if let at = t.stoppedAt { reasons.append("stays visible until \((at + .hours(1)).clock) (stopped tasks are kept 1 hour)") }
      return Explanation(subject: label(t), summary: summary, reasons: reasons)
    }
    if t.desiredStatus == .stopped {
      switch t.lastStatus {
      case _ where t.containerInstance?.ec2Running == false:
        summary = "\(status), desired STOPPED: its host is gone"
        reasons += stopCauseLines(t)
        reasons.append("ECS reports it STOPPED at \(clock(t.stepDue))")
      case .provisioning, .pending, .activating:
        summary = "\(status), desired STOPPED: it never started and is being torn down"
        reasons += stopCauseLines(t)
        reasons.append("reported STOPPED at \(clock(t.stepDue))")
      case .running, .deactivating:
        let draining = t.targets.filter { $0.target.health.state == .draining }
        summary = draining.isEmpty
          ? "\(status), desired STOPPED: the stop signal goes out at \(clock(t.stepDue))"
          : "\(status), desired STOPPED: draining connections before the stop signal"
        reasons += stopCauseLines(t)
        for (tg, target) in t.targets { reasons.append(targetLine(tg, target, task: t)) }
        reasons.append("the stop signal (SIGTERM) goes out at \(clock(t.stepDue))")
      case .stopping where t.executionStoppedAt != nil:
        summary = "STOPPING: every container has exited; STOPPED at \(clock(t.stepDue))"
        reasons += exitLines(t)
        reasons += stopCauseLines(t)
      case .stopping:
        // The stop signal is the last lifecycle step queued until the containers exit.
        summary = "STOPPING: stop signal sent at \(clock(t.stepDue))"
        reasons += stopSignalLines(t)
        reasons += stopCauseLines(t)
      default:
        summary = "\(status): detaching its elastic network interface; STOPPED at \(clock(t.stepDue))"
        if let eni = t.eni { reasons.append("ENI \(eni.networkInterfaceId) detaches at \(clock(t.stepDue))") }
        reasons += stopCauseLines(t)
      }
      reasons.append(placementLine(t))
      return Explanation(subject: label(t), summary: summary, reasons: reasons)
    }
    switch t.lastStatus {
    case .provisioning:
      summary = "PROVISIONING: waiting for its elastic network interface to attach"
      if let eni = t.eni {
        let who = t.launchType == .fargate ? "Fargate attaches" : "ECS attaches"
        reasons.append("\(who) ENI \(eni.networkInterfaceId) in \(eni.subnetId) (\(t.availabilityZone)) at \(clock(t.stepDue)); then the images are pulled")
      }
    case .pending:
      if t.pullStartedAt == nil {
        let agent = t.containerInstance.map { "the container agent on \($0.ec2InstanceId)" } ?? "Fargate"
        summary = "PENDING: waiting for \(agent) to start it"
        reasons.append("image pull starts at \(clock(t.stepDue))")
      } else if let failure = t.pullFailure, t.pullStoppedAt == nil {
        summary = "PENDING: the image pull is failing (CannotPullContainerError)"
        reasons.append("image pull failed: \(failure)")
        reasons.append("the agent gives up at \(clock(t.stepDue)); the task then stops with stopCode TaskFailedToStart")
        if let s = t.service {
          reasons.append("service \(s.name) will launch a replacement; tasks that keep failing to start are throttled, up to 15 minutes between attempts")
        }
      } else if t.pullStoppedAt == nil {
        summary = "PENDING: pulling images since \(clock(t.pullStartedAt))"
        for c in t.containers { reasons.append(pullLine(t, c)) }
        reasons.append("the pull finishes at \(clock(t.stepDue)); then the containers are created and started")
      } else {
        summary = "PENDING: images pulled at \(clock(t.pullStoppedAt)); creating and starting containers"
        reasons.append("the containers start at \(clock(t.stepDue)) and the task turns RUNNING")
      }
    case .activating:
      summary = "ACTIVATING: registering with its load balancers before RUNNING"
    default:
      let since = "RUNNING since \(clock(t.startedAt))"
      let failing = t.healthStatus == .unhealthy || t.targets.contains { $0.target.health.state == .unhealthy }
      if let s = t.service {
        if t.countedHealthy { summary = "\(since) and healthy" }
        else if failing { summary = "\(since) but failing health checks" }
        else { summary = "\(since); service \(s.name) does not count it healthy yet" }
      } else {
        summary = since + (t.healthStatus == .unknown ? "" : " (health \(t.healthStatus.rawValue))")
      }
      reasons += healthLines(t)
      if let ports = portLine(t) { reasons.append(ports) }
    }
    reasons.append(placementLine(t))
    return Explanation(subject: label(t), summary: summary, reasons: reasons)
  }

  /// `task 5c3f1a2b (web:2)`.
  private func label(_ t: Task) -> String { "task \(t.id.hex.prefix(8)) (\(t.familyRevision))" }

  private func clock(_ t: SimTime?) -> String { t?.clock ?? "an unknown time" }

  /// Where the task runs and which placement strategy chose the instance.
  private func placementLine(_ t: Task) -> String {
    guard let host = t.containerInstance else {
      return "runs on Fargate in \(t.availabilityZone) (platform version \(t.platformVersion ?? "LATEST"))"
    }
    let at = "\(host.ec2InstanceId) in \(t.availabilityZone)"
    if t.service?.schedulingStrategy == .daemon { return "runs on \(at): a DAEMON service runs one task on each instance" }
    if t.placedBy.isEmpty { return "runs on \(at)" }
    if t.placedBy == [.random] { return "placed on \(at) at random (placement strategy random)" }
    let chain = t.placedBy.map { s in s.field.map { "\(s.typeName)(\($0))" } ?? s.typeName }.joined(separator: ", then ")
    return "placed on \(at) by placement strategy \(chain)"
  }

  private func pullLine(_ t: Task, _ c: Container) -> String {
    let image = c.definition.image
    if let host = t.containerInstance, let d = c.imageDigest, host.imageCache[image] == d {
      return "container \(c.name): \(image) is already in \(host.ec2InstanceId)'s image cache (ECS_IMAGE_PULL_BEHAVIOR=\(host.config.imagePullBehavior.rawValue))"
    }
    let ref = c.box.imageRef
    if ref.isECR {
      let size = repositories[ref.repository].flatMap { repo in c.imageDigest.flatMap { repo.image(digest: $0) } }.map { " (\($0.sizeMB) MB)" } ?? ""
      return "container \(c.name): pulling \(image)\(size) from Amazon ECR"
    }
    return "container \(c.name): pulling \(image) (\(Simulator.publicImageSizeMB) MB) from \(ref.registry ?? "Docker Hub")"
  }

  /// Container health checks, load-balancer targets, and the rule by which the service counts
  /// the task healthy (ecs-model §6.4, §6.6).
  private func healthLines(_ t: Task) -> [String] {
    var out: [String] = []
    let started = t.startedAt ?? now
    for c in t.containers {
      guard let hc = c.definition.healthCheck else { continue }
      let who = "container \(c.name)" + (c.essential ? "" : " (not essential)")
      switch c.healthStatus {
      case .healthy:
        out.append("\(who) health check: HEALTHY")
      case .unhealthy:
        out.append("\(who) health check: UNHEALTHY after \(hc.retries) failed checks in a row")
      case .unknown:
        let periodEnd = started + .seconds(Int64(hc.startPeriod))
        if hc.startPeriod > 0 && now < periodEnd {
          out.append("\(who) health check: UNKNOWN; its startPeriod of \(hc.startPeriod)s runs until \(periodEnd.clock) and failures do not count before then")
        } else {
          out.append("\(who) health check: UNKNOWN until a result; checked every \(hc.interval)s, UNHEALTHY after \(hc.retries) failures in a row")
        }
      }
    }
    for (tg, target) in t.targets { out.append(targetLine(tg, target, task: t)) }
    guard let s = t.service, t.lastStatus == .running, t.desiredStatus == .running else { return out }
    let hasCheck = t.containers.contains { $0.essential && $0.definition.healthCheck != nil }
    let rule: String
    if !s.loadBalancers.isEmpty {
      rule = "every target of the task is healthy" + (hasCheck ? " and its container health check is HEALTHY" : "")
    } else if hasCheck {
      rule = "its essential containers' health checks are HEALTHY"
    } else {
      rule = "it has run 40 seconds (no load balancer, no container health check)"
    }
    if t.countedHealthy {
      out.append("service \(s.name) counts it healthy: \(rule)")
    } else if s.loadBalancers.isEmpty && !hasCheck {
      out.append("service \(s.name) counts it healthy once \(rule), at \((started + .seconds(40)).clock)")
    } else {
      out.append("service \(s.name) counts it healthy once \(rule)")
    }
    let grace = s.healthCheckGracePeriodSeconds
    if grace > 0 && now - started < .seconds(Int64(grace)) {
      out.append("within healthCheckGracePeriodSeconds \(grace) (until \((started + .seconds(Int64(grace))).clock)): ECS ignores failed health checks until then")
    } else if let why = unhealthyReason(t, s) {
      out.append("service \(s.name) replaces it: \(why)")
    }
    return out
  }

  /// `target group web-tg: i-0abc…:32768 is unhealthy (Target.ResponseCodeMismatch: …)`.
  private func targetLine(_ tg: TargetGroup, _ target: RegisteredTarget, task t: Task) -> String {
    let head = "target group \(tg.name): \(target.id):\(target.port) is \(target.health.state.rawValue)"
    let why = target.health.reason.map { r in " (\(r)" + (target.health.description.map { ": \($0)" } ?? "") + ")" } ?? ""
    switch target.health.state {
    case .initial:
      return head + why + "; it turns healthy after one passing check (every \(tg.healthCheck.intervalSeconds)s)"
    case .draining:
      let end = (t.stoppingAt ?? now) + .seconds(Int64(tg.deregistrationDelaySeconds))
      return head + why + "; the deregistration delay of \(tg.deregistrationDelaySeconds)s ends at \(end.clock)"
    case .unhealthy where target.health.reason == "Target.Timeout":
      // ecs-model §8.4: a timeout is usually a security group that drops the probe.
      return head + why + "; check that the security groups let the load balancer reach port \(target.port)"
    default:
      return head + why
    }
  }

  private func portLine(_ t: Task) -> String? {
    var parts: [String] = []
    for c in t.containers {
      for b in c.networkBindings {
        let udp = b.protocol == .udp ? "/udp" : ""
        parts.append("\(c.name):\(b.containerPort)\(udp) → host port \(b.hostPort)")
      }
    }
    if parts.isEmpty, let ip = t.eni?.privateIPv4Address { return "reachable at \(ip) (its own ENI, awsvpc)" }
    return parts.isEmpty ? nil : "ports: " + parts.joined(separator: ", ")
  }

  private func stopCauseLines(_ t: Task) -> [String] {
    guard let code = t.stopCode else { return [] }
    let meaning: String
    switch code {
    case .taskFailedToStart: meaning = "it never reached RUNNING"
    case .essentialContainerExited: meaning = "an essential container stopped, so ECS stopped the whole task"
    case .userInitiated: meaning = "StopTask was called"
    case .serviceSchedulerInitiated: meaning = "the service scheduler stopped it (scale-in, deployment replacement, failed health checks or instance draining)"
    case .spotInterruption: meaning = "EC2 reclaimed its Spot host"
    case .terminationNotice: meaning = "its host was stopped or terminated"
    }
    var out = ["stopCode \(code.rawValue): \(meaning)"]
    if let r = t.stoppedReason { out.append("stoppedReason: \(r)") }
    return out
  }

  /// SIGTERM sent, SIGKILL at the stop timeout, per container still running.
  private func stopSignalLines(_ t: Task) -> [String] {
    let sent = t.stepDue ?? now
    return t.containers.map { c in
      if c.lastStatus == .running {
        let timeout = stopTimeout(t, c)
        return "container \(c.name) got SIGTERM at \(sent.clock); SIGKILL at \((sent + timeout).clock) if it has not exited (stop timeout \(timeout))"
      }
      return "container \(c.name) " + (c.exitCode.map { "exited with code \($0): \(exitMeaning($0))" } ?? "has stopped")
    }
  }

  private func exitLines(_ t: Task) -> [String] {
    t.containers.map { c in
      let who = "container \(c.name)" + (c.essential ? " (essential)" : " (not essential)")
      if let code = c.exitCode { return "\(who) exited with code \(code): \(exitMeaning(code))" }
      if t.startedAt == nil { return "\(who) never started" }
      return "\(who) has no exit code (its host went away)"
    }
  }

  private func exitMeaning(_ code: Int) -> String {
    switch code {
    case 0: return "a clean exit"
    case 137: return "killed by SIGKILL (it outlived its stop timeout, or ran out of memory)"
    case 143: return "terminated by SIGTERM"
    case 129...255: return "killed by signal \(code - 128)"
    default: return "the program failed"
    }
  }

  private func timelineLine(_ t: Task) -> String {
    var parts = ["created \(t.createdAt.clock)"]
    if let a = t.pullStartedAt { parts.append("pull \(a.clock)–\(clock(t.pullStoppedAt))") }
    if let a = t.startedAt { parts.append("started \(a.clock)") }
    if let a = t.stoppingAt { parts.append("told to stop \(a.clock)") }
    if let a = t.stoppedAt { parts.append("stopped \(a.clock)") }
    return parts.joined(separator: " · ")
  }

  private func healthFailureLine(_ h: HealthCheckFailure) -> String {
    guard let tg = h.targetGroup else {
      return "\(label(h.task)) failed its container health check at \(h.at.clock)"
    }
    let code = h.health?.reason ?? "Target.FailedHealthChecks"
    let text = h.health?.description.map { " (\($0))" } ?? ""
    return "target group \(tg.name) reported \(code)\(text) for \(label(h.task)) on port \(h.port) at \(h.at.clock)"
  }

  // MARK: - Services

  /// Why a service is or is not steady: each deployment's counts, the minimumHealthyPercent /
  /// maximumPercent bounds and which one blocks, the last placement failure in plain words,
  /// failing health checks against the circuit breaker, the throttle, a rollback.
  public func explain(service s: Service) -> Explanation {
    let subject = "service \(s.name) (cluster \(s.clusterName))"
    let primary = s.primary
    let deploymentLines = s.deployments.map(deploymentLine)
    switch s.status {
    case .inactive:
      return Explanation(subject: subject, summary: "INACTIVE: the service was deleted and all its tasks have stopped", reasons: [])
    case .draining:
      return Explanation(subject: subject, summary: "DRAINING: the service was deleted; \(count(s.totalCount, "task")) still stopping", reasons: deploymentLines)
    case .active:
      break
    }
    let decision = s.schedulingStrategy == .replica ? s.lastDecision : nil
    // The engine reports steady state once the counts match; tasks held on a DRAINING instance
    // still match them, but they are not where they should be.
    let steady = s.reportedSteadyState && primary.activeCount == s.desiredCount && primary.healthyCount == s.desiredCount
      && s.deployments.count == 1 && (decision?.retiring ?? 0) == 0
    var blockers: [String] = []
    var summary: String?
    let missing = decision?.missing ?? (s.desiredCount - primary.activeCount)

    if primary.rolloutState == .failed {
      summary = "deployment \(primary.id) FAILED"
      blockers.append("deployment \(primary.id) FAILED: \(primary.rolloutStateReason) A FAILED deployment launches no new tasks" + (s.circuitBreakerRollback ? "" : "; rollback is off, so update the service to recover"))
    } else if primary.isRollback, let failed = s.deployments.dropFirst().first(where: { $0.rolloutState == .failed }) {
      summary = "rolling back to \(primary.taskDefinition.familyRevision)"
      blockers.append("rollback in progress: the circuit breaker failed deployment \(failed.id) (\(failed.taskDefinition.familyRevision)), so ECS returns to \(primary.taskDefinition.familyRevision), the last COMPLETED deployment")
    }
    if let r = s.lastPlacementFailure, missing > 0 {
      summary = summary ?? "cannot place new tasks of \(r.taskDefinition): no container instance met all of its requirements"
      blockers += placementLines(r, cluster: s.clusterName)
    }
    if let until = s.throttledUntil, until > now {
      summary = summary ?? "launches are throttled until \(until.clock)"
      blockers.append("launches are throttled: next attempt at \(until.clock) (\(count(s.consecutiveStartFailures, "task")) in a row stopped before reaching RUNNING)")
    }
    // Failed tasks: the latest failure to start and the latest failed health check, then the
    // circuit breaker's count for each deployment they belong to.
    var failing: [Deployment] = []
    if let f = s.lastFailedStart, !steady, let d = f.deployment, s.deployments.contains(where: { $0 === d }) {
      summary = summary ?? "tasks of \(f.familyRevision) fail to start"
      blockers.append("\(label(f)) failed to start at \(clock(f.stoppingAt)): \(f.stoppedReason ?? "TaskFailedToStart")")
      failing.append(d)
    }
    if let h = s.lastHealthCheckFailure, !steady, let d = h.task.deployment, s.deployments.contains(where: { $0 === d }) {
      let what = h.targetGroup == nil ? "container health checks" : "ALB health checks"
      summary = summary ?? "tasks of \(h.task.familyRevision) fail \(what)"
      blockers.append(healthFailureLine(h))
      if !failing.contains(where: { $0 === d }) { failing.append(d) }
    }
    for d in failing {
      let threshold = circuitBreakerThreshold(desiredCount: d.desiredCount)
      if !s.circuitBreakerEnabled {
        if d.failedTasks > 0 { blockers.append("\(count(d.failedTasks, "task")) of deployment \(d.id) failed; the deployment circuit breaker is off, so ECS keeps replacing them") }
      } else if d.rolloutState == .failed {
        blockers.append("deployment circuit breaker: deployment \(d.id) reached its threshold of \(threshold) failed tasks and FAILED")
      } else {
        blockers.append("deployment circuit breaker: \(d.failedTasks) of \(threshold) failed tasks; at \(threshold) deployment \(d.id) is marked FAILED")
      }
    }
    if let d = decision {
      let b = d.bounds
      let oldRunning = s.deployments.dropFirst().contains { $0.activeCount > 0 }
      if d.missing > 0 && d.room <= 0 && !d.rolloutFailed {
        let running = s.deployments.reduce(0) { $0 + $1.runningCount }
        let what = running == d.total ? "running" : "running, pending or stopping"
        blockers.append("maximumPercent \(s.maximumPercent) allows at most \(count(b.upper, "task")); \(d.total) \(d.total == 1 ? "is" : "are") \(what), so no new task can start until \(oldRunning ? "an old one" : "one") stops")
      } else if d.missing > d.room && d.room > 0 && !d.rolloutFailed && s.lastPlacementFailure == nil {
        blockers.append("maximumPercent \(s.maximumPercent) allows at most \(count(b.upper, "task")); \(d.total) exist, so only \(d.room) of the \(d.missing) missing can start now")
      }
      if d.retiring > d.stopped {
        let which = oldRunning ? "no old task may stop before a new one is healthy" : "no task on a DRAINING instance may stop before its replacement is healthy"
        blockers.append("minimumHealthyPercent \(s.minimumHealthyPercent) requires \(count(b.lower, "healthy task")); only \(d.healthyAfter) \(d.healthyAfter == 1 ? "is" : "are") healthy, so \(which)")
      }
      if d.stuck {
        summary = summary ?? (s.deployments.count > 1
          ? "deployment to \(primary.taskDefinition.familyRevision) is stalled: no task may start or stop within the bounds"
          : "moving tasks off DRAINING instances is stalled: no task may start or stop within the bounds")
        blockers.append("neither bound lets it move, so ECS reports it was unable to stop or start tasks: lower minimumHealthyPercent or raise maximumPercent")
      }
    }
    // New tasks on their way: what the first of them waits for.
    let coming = primary.tasks.filter { $0.desiredStatus == .running && !$0.countedHealthy }
    if !steady, let first = coming.first {
      let starting = coming.filter { $0.lastStatus < .running }.count
      let running = coming.count - starting
      var parts: [String] = []
      if starting > 0 { parts.append("\(starting) starting") }
      if running > 0 { parts.append("\(running) RUNNING but not yet healthy") }
      let firstWhy = first.lastStatus < .running ? explain(task: first).summary : (healthLines(first).first ?? explain(task: first).summary)
      blockers.append("\(count(coming.count, "new task")) on the way (\(parts.joined(separator: ", "))); \(label(first)): \(firstWhy)")
    }
    let stopping = s.deployments.flatMap(\.tasks).filter { $0.desiredStatus == .stopped }
    if !stopping.isEmpty {
      let draining = stopping.filter { t in t.targets.contains { $0.target.health.state == .draining } }
      let how = draining.isEmpty ? "" : draining.count == stopping.count
        ? " (draining connections: deregistration delay)"
        : ", \(draining.count) of them draining connections (deregistration delay)"
      blockers.append("\(count(stopping.count, "task")) stopping" + how)
    }

    if steady {
      summary = s.desiredCount == 0 ? "steady: 0 tasks desired" : "steady: \(s.desiredCount) of \(s.desiredCount) tasks running and healthy (\(primary.taskDefinition.familyRevision))"
    } else if summary == nil {
      if s.deployments.count > 1 {
        summary = "deployment to \(primary.taskDefinition.familyRevision) in progress: \(primary.healthyCount) of \(s.desiredCount) new tasks healthy"
      } else {
        summary = "not yet steady: \(primary.runningCount) of \(s.desiredCount) tasks running, \(primary.healthyCount) healthy"
      }
    }
    var reasons = blockers
    if s.schedulingStrategy == .replica {
      let b = s.bounds
      reasons.append("bounds for desired \(s.desiredCount): healthy ≥ \(b.lower) · total ≤ \(b.upper) (minimumHealthyPercent \(s.minimumHealthyPercent), maximumPercent \(s.maximumPercent)); now \(s.healthyCount) healthy, \(s.totalCount) in total")
    } else {
      reasons.append("DAEMON: one task on each ACTIVE container instance (\(s.desiredCount) now); old tasks stop before new ones start")
    }
    reasons += deploymentLines
    return Explanation(subject: subject, summary: summary ?? "", reasons: reasons)
  }

  private func deploymentLine(_ d: Deployment) -> String {
    let state = d.status == .primary ? " \(d.rolloutState.rawValue)" + (d.isRollback ? ", rollback" : "") : ""
    var line = "\(d.status.rawValue) \(d.id) \(d.taskDefinition.familyRevision)\(state): "
    if d.status == .primary { line += "desired \(d.desiredCount) · " }
    line += "running \(d.runningCount) · pending \(d.pendingCount) · healthy \(d.healthyCount)"
    if d.failedTasks > 0 { line += " · failed \(d.failedTasks)" }
    return line
  }

  /// The placement failure in plain words: the closest instance and what it lacked, then how
  /// every ACTIVE instance fared.
  private func placementLines(_ r: PlacementRejection, cluster: String) -> [String] {
    let when = "placement of \(r.taskDefinition) last failed at \(r.at.clock)"
    guard let inst = r.closest else {
      let draining = clusters[cluster]?.drainingCount ?? 0
      return ["no ACTIVE container instance in cluster \(cluster)" + (draining > 0 ? " (\(count(draining, "instance")) DRAINING)" : ""), when]
    }
    let all = r.tally.count == 1
    let i = inst.ec2InstanceId
    var out: [String] = []
    switch (r.verdict.check, r.verdict.shortfall) {
    case (.agent, _):
      out.append(all ? "no ACTIVE container instance has its agent connected: \(i) reports AGENT" : "the closest match, \(i), has its container agent disconnected (AGENT)")
    case (.attribute, _):
      let a = r.item ?? "?"
      out.append(all ? "no container instance has the attribute \(a) that \(r.taskDefinition) requires: \(i) lacks it" : "the closest match, \(i), lacks the attribute \(a) that \(r.taskDefinition) requires")
    case (.cpu, _):
      out.append("not enough CPU: \(i) has \(r.free) CPU units free, the task needs \(r.needed)")
    case (.memory, _):
      out.append("not enough memory: \(i) has \(r.free) MiB free, the task needs \(r.needed)")
    case (.ports, .port(let p)), (.portsUDP, .port(let p)):
      let port = r.verdict.check == .portsUDP ? "\(p)/udp" : "\(p)"
      let holder = r.holder.map { "holds it for \(label($0))" } ?? "reserves it for the agent (ECS_RESERVED_PORTS)"
      out.append(all ? "no container instance has port \(port) free: \(i) \(holder)" : "port \(port) is not free on the closest match: \(i) \(holder)")
    case (.ports, .dynamicPorts):
      let range = inst.config.dynamicHostPortRange
      out.append("no free dynamic host port: \(i) has \(r.free) free in \(range.lowerBound)-\(range.upperBound), the task needs \(r.needed)")
    case (.ports, .reservedPortLimit):
      out.append("too many reserved ports: \(i) has \(r.free) left under ECS's limit of \(ContainerInstance.maximumReservedPorts), the task needs \(r.needed)")
    case (.eni, _):
      out.append("no free ENI attachment: \(i) (\(inst.instanceType.name)) can attach \(inst.maxTaskENIs) task ENIs and all are in use (awsvpc)")
    case (.memberOf, _):
      let e = r.item ?? "?"
      out.append(all ? "no container instance satisfies the memberOf constraint \"\(e)\": \(i) does not match" : "the closest match, \(i), does not satisfy the memberOf constraint \"\(e)\"")
    case (.distinctInstance, _):
      let holder = r.holder.map { " (\(label($0)))" } ?? ""
      out.append("distinctInstance allows one task of the group per instance: \(i) already runs one\(holder)")
    default:
      out.append("the closest match is \(i) (\(r.failure.reason))")
    }
    let checked = r.tally.reduce(0) { $0 + $1.count }
    if checked > 1 {
      var phrases: [(String, Int)] = []
      for (v, n) in r.tally {
        let p = tallyPhrase(v, n)
        if let k = phrases.firstIndex(where: { $0.0 == p }) { phrases[k].1 += n } else { phrases.append((p, n)) }
      }
      out.append("checked \(checked) ACTIVE container instances: " + phrases.map { "\($0.1) \(tallyPhrase($0.0, $0.1))" }.joined(separator: ", "))
    }
    out.append(when)
    return out
  }

  /// Re-inflects a phrase for `n` (the merge key is the n = 1 form).
  private func tallyPhrase(_ phrase: String, _ n: Int) -> String {
    guard n != 1 else { return phrase }
    for (one, many) in [("has ", "have "), ("lacks ", "lack "), ("does ", "do "), ("runs ", "run "), ("is ", "are ")] where phrase.hasPrefix(one) {
      return many + phrase.dropFirst(one.count)
    }
    return phrase
  }

  private func tallyPhrase(_ v: PlacementVerdict, _ n: Int) -> String {
    switch (v.check, v.shortfall) {
    case (.agent, _): return "has its agent disconnected"
    case (.attribute, _): return "lacks a required attribute"
    case (.cpu, _): return "has too little CPU"
    case (.memory, _): return "has too little memory"
    case (.ports, .port(let p)): return "has port \(p) in use"
    case (.portsUDP, .port(let p)): return "has port \(p)/udp in use"
    case (.ports, .dynamicPorts): return "has no free dynamic host port"
    case (.ports, _): return "is at the reserved-port limit"
    case (.eni, _): return "has no free ENI attachment"
    case (.memberOf, _): return "does not match a memberOf constraint"
    case (.distinctInstance, _): return "runs a task of the group already"
    default: return "could take it"
    }
  }

  private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  // MARK: - Container instances

  /// Why an instance holds what it holds: DRAINING and the tasks still to move (and what keeps
  /// each), a disconnected agent, a Spot interruption notice, and the remaining CPU, memory and
  /// ports placement sees.
  public func explain(containerInstance inst: ContainerInstance) -> Explanation {
    let subject = "container instance \(inst.id.hex.prefix(8)) (\(inst.ec2InstanceId), \(inst.instanceType.name), \(inst.availabilityZone))"
    let live = inst.tasks.filter { $0.lastStatus != .stopped }
    var reasons: [String] = []
    let summary: String
    switch inst.status {
    case .inactive:
      summary = inst.ec2Running ? "INACTIVE: deregistered from cluster \(inst.clusterName)" : "INACTIVE: the EC2 host was stopped or terminated"
    case .draining:
      let serviceTasks = live.filter { $0.service != nil && $0.desiredStatus == .running }
      let standalone = live.filter { $0.service == nil && $0.desiredStatus == .running }
      summary = live.isEmpty
        ? "DRAINING: no tasks left; the instance can be deregistered or terminated"
        : "DRAINING: no new tasks are placed here; \(count(live.count, "task")) still on it"
      for t in serviceTasks { reasons.append(drainingHold(t)) }
      for t in live where t.desiredStatus == .stopped {
        reasons.append("\(label(t)) is stopping: " + explain(task: t).summary)
      }
      if !standalone.isEmpty {
        reasons.append("\(count(standalone.count, "standalone task")) \(standalone.count == 1 ? "keeps" : "keep") running (\(standalone.map(label).joined(separator: ", "))): ECS never stops standalone tasks on a DRAINING instance, so it stays DRAINING until they stop")
      }
    default:
      summary = "\(inst.status.rawValue): " + (inst.agentConnected ? "accepting tasks" : "no new tasks (agent disconnected)") + "; \(count(live.count, "task")) on it"
    }
    if let reclaim = inst.spotReclaimAt {
      let drain = inst.config.enableSpotInstanceDraining
        ? "ECS_ENABLE_SPOT_INSTANCE_DRAINING=true set it to DRAINING when the notice came"
        : "ECS_ENABLE_SPOT_INSTANCE_DRAINING is off, so it was not drained; its tasks stop when the host goes"
      let when = now >= reclaim ? "EC2 reclaimed the host at \(reclaim.clock)" : "EC2 reclaims the host at \(reclaim.clock)"
      reasons.insert("Spot interruption notice: \(when); \(drain)", at: 0)
    }
    if !inst.agentConnected && inst.ec2Running && inst.status != .inactive {
      reasons.insert("the container agent is disconnected: ECS places no new tasks here (RunTask reports AGENT); its running tasks carry on", at: 0)
    }
    guard inst.status != .inactive else { return Explanation(subject: subject, summary: summary, reasons: reasons) }
    reasons.append("remaining: \(inst.remainingCPU) of \(inst.registeredCPU) CPU units · \(inst.remainingMemory) of \(inst.registeredMemory) MiB memory")
    var ports = inst.config.reservedPorts.map { "\($0) (agent)" }
    for t in live {
      for p in t.heldStaticTCP { ports.append("\(p) (\(label(t)))") }
      for p in t.heldStaticUDP { ports.append("\(p)/udp (\(label(t)))") }
    }
    reasons.append("host ports in use: " + ports.joined(separator: ", "))
    let range = inst.config.dynamicHostPortRange
    reasons.append("dynamic host ports: \(inst.freeDynamicPorts) of \(range.count) free (\(range.lowerBound)-\(range.upperBound))")
    if inst.attachedENIs > 0 { reasons.append("task ENIs: \(inst.attachedENIs) of \(inst.maxTaskENIs) attached") }
    if !live.isEmpty {
      var byStatus: [(String, Int)] = []
      for t in live {
        let k = t.lastStatus.rawValue + (t.desiredStatus == .stopped && t.lastStatus != .stopping ? " (desired STOPPED)" : "")
        if let i = byStatus.firstIndex(where: { $0.0 == k }) { byStatus[i].1 += 1 } else { byStatus.append((k, 1)) }
      }
      reasons.append("tasks: " + byStatus.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
    }
    return Explanation(subject: subject, summary: summary, reasons: reasons)
  }

  /// What keeps a service task on a DRAINING instance: the lower bound, a replacement that
  /// cannot be placed, or a replacement not yet healthy.
  private func drainingHold(_ t: Task) -> String {
    let head = "\(label(t)) of service \(t.service?.name ?? "?")"
    guard let s = t.service else { return head }
    if s.schedulingStrategy == .daemon { return "\(head) stops: DAEMON tasks leave DRAINING instances" }
    if let r = s.lastPlacementFailure, (s.lastDecision?.missing ?? 0) > 0 {
      return "\(head) waits for a replacement that cannot be placed: " + placementLines(r, cluster: s.clusterName)[0]
    }
    if let d = s.lastDecision, d.retiring > d.stopped, t.countedHealthy {
      return "\(head) stays until a replacement is healthy: minimumHealthyPercent \(s.minimumHealthyPercent) requires \(count(d.bounds.lower, "healthy task")) and \(d.healthyAfter) \(d.healthyAfter == 1 ? "is" : "are")"
    }
    return "\(head) is being replaced; the service scheduler stops it within its bounds"
  }
}
