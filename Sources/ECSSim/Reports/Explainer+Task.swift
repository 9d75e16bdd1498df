extension Explainer {
  /// Why a task is in its current state: what a PROVISIONING or PENDING task waits for, whether
  /// a RUNNING one is healthy (and by which rule its service counts it), what a stopping one
  /// waits out, and why a STOPPED one stopped.
  public func explain(task t: ECSTask) -> Explanation {
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

  /// Where the task runs and which placement strategy chose the instance.
  private func placementLine(_ t: ECSTask) -> String {
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

  private func pullLine(_ t: ECSTask, _ c: Container) -> String {
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
  /// the task healthy (docs/ecs/services-and-deployments.md §4, §6).
  func healthLines(_ t: ECSTask) -> [String] {
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
  private func targetLine(_ tg: TargetGroup, _ target: RegisteredTarget, task t: ECSTask) -> String {
    let head = "target group \(tg.name): \(target.id):\(target.port) is \(target.health.state.rawValue)"
    let why = target.health.reason.map { r in " (\(r)" + (target.health.description.map { ": \($0)" } ?? "") + ")" } ?? ""
    switch target.health.state {
    case .initial:
      return head + why + "; it turns healthy after one passing check (every \(tg.healthCheck.intervalSeconds)s)"
    case .draining:
      let end = (t.stoppingAt ?? now) + .seconds(Int64(tg.deregistrationDelaySeconds))
      return head + why + "; the deregistration delay of \(tg.deregistrationDelaySeconds)s ends at \(end.clock)"
    case .unhealthy where target.health.reason == "Target.Timeout":
      // docs/ecs/load-balancing.md §5: a timeout is usually a security group that drops the probe.
      return head + why + "; check that the security groups let the load balancer reach port \(target.port)"
    default:
      return head + why
    }
  }

  private func portLine(_ t: ECSTask) -> String? {
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

  private func stopCauseLines(_ t: ECSTask) -> [String] {
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
  private func stopSignalLines(_ t: ECSTask) -> [String] {
    let sent = t.stepDue ?? now
    return t.containers.map { c in
      if c.lastStatus == .running {
        let timeout = stopTimeout(t, c)
        return "container \(c.name) got SIGTERM at \(sent.clock); SIGKILL at \((sent + timeout).clock) if it has not exited (stop timeout \(timeout))"
      }
      return "container \(c.name) " + (c.exitCode.map { "exited with code \($0): \(exitMeaning($0))" } ?? "has stopped")
    }
  }

  private func exitLines(_ t: ECSTask) -> [String] {
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

  private func timelineLine(_ t: ECSTask) -> String {
    var parts = ["created \(t.createdAt.clock)"]
    if let a = t.pullStartedAt { parts.append("pull \(a.clock)–\(clock(t.pullStoppedAt))") }
    if let a = t.startedAt { parts.append("started \(a.clock)") }
    if let a = t.stoppingAt { parts.append("told to stop \(a.clock)") }
    if let a = t.stoppedAt { parts.append("stopped \(a.clock)") }
    return parts.joined(separator: " · ")
  }

  func healthFailureLine(_ h: HealthCheckFailure) -> String {
    guard let tg = h.targetGroup else {
      return "\(label(h.task)) failed its container health check at \(h.at.clock)"
    }
    let code = h.health?.reason ?? "Target.FailedHealthChecks"
    let text = h.health?.description.map { " (\($0))" } ?? ""
    return "target group \(tg.name) reported \(code)\(text) for \(label(h.task)) on port \(h.port) at \(h.at.clock)"
  }
}
