extension Explainer {
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
  func placementLines(_ r: PlacementRejection, cluster: String) -> [String] {
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

}
