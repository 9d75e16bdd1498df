extension Explainer {
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
  private func drainingHold(_ t: ECSTask) -> String {
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
