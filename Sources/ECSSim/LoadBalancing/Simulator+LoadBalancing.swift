/// Application Load Balancers, target groups and ECS's target registration
/// (docs/ecs/load-balancing.md).
extension Simulator {
  // MARK: - Elastic Load Balancing API

  @discardableResult
  public func createTargetGroup(_ spec: TargetGroupSpec) throws(ECSError) -> TargetGroup {
    guard targetGroups[spec.name] == nil else {
      throw ECSError("DuplicateTargetGroupName", "A target group with the same name '\(spec.name)' exists, but with different settings")
    }
    guard !spec.name.isEmpty, spec.name.count <= 32, spec.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
      !spec.name.hasPrefix("-"), !spec.name.hasSuffix("-")
    else {
      throw ECSError("ValidationError", "Target group name '\(spec.name)' can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen")
    }
    guard spec.targetType == "instance" || spec.targetType == "ip" else {
      throw ECSError("ValidationError", "Target type '\(spec.targetType)' is not supported; use instance or ip")
    }
    guard (0...3600).contains(spec.deregistrationDelaySeconds) else {
      throw ECSError("ValidationError", "'deregistration_delay.timeout_seconds' must be between 0 and 3600")
    }
    try spec.healthCheck.validate()
    let tg = TargetGroup(spec: spec, arn: "arn:aws:elasticloadbalancing:\(arns.region):\(arns.account):targetgroup/\(spec.name)/\(rng.hex(16))")
    targetGroups[spec.name] = tg
    emit(.targetGroupCreated, [("targetGroup", spec.name), ("targetType", spec.targetType)])
    return tg
  }

  @discardableResult
  public func createLoadBalancer(_ spec: LoadBalancerSpec) throws(ECSError) -> LoadBalancer {
    guard loadBalancers[spec.name] == nil else {
      throw ECSError("DuplicateLoadBalancerName", "A load balancer with the same name '\(spec.name)' exists, but with different settings")
    }
    var zones: [String] = []
    for id in spec.subnets {
      guard let s = subnets.first(where: { $0.subnetId == id }) else {
        throw ECSError("SubnetNotFound", "The subnet ID '\(id)' is not valid")
      }
      if !zones.contains(s.availabilityZone) { zones.append(s.availabilityZone) }
    }
    guard zones.count >= 2 else {
      throw ECSError("ValidationError", "At least two subnets in two different Availability Zones must be specified")
    }
    for sg in spec.securityGroups where securityGroups[sg] == nil {
      throw ECSError("InvalidSecurityGroup", "Security group '\(sg)' does not exist")
    }
    let suffix = rng.hex(16)
    let lb = LoadBalancer(
      name: spec.name, arn: "arn:aws:elasticloadbalancing:\(arns.region):\(arns.account):loadbalancer/app/\(spec.name)/\(suffix)",
      dnsName: "\(spec.name)-\(100_000_000 + rng.below(900_000_000)).\(arns.region).elb.amazonaws.com", scheme: spec.scheme,
      subnets: spec.subnets, availabilityZones: zones, securityGroups: spec.securityGroups, createdAt: now)
    loadBalancers[spec.name] = lb
    emit(.loadBalancerCreated, [("loadBalancer", spec.name), ("availabilityZones", zones.joined(separator: ","))], message: lb.dnsName)
    for l in spec.listeners { try createListener(loadBalancer: lb.arn, l) }
    return lb
  }

  public func createListener(loadBalancer ref: String, _ spec: ListenerSpec) throws(ECSError) {
    guard let lb = loadBalancer(ref) else { throw ECSError("LoadBalancerNotFound", "One or more load balancers not found") }
    guard !lb.listeners.contains(where: { $0.port == spec.port }) else {
      throw ECSError("DuplicateListener", "A listener already exists on this port for this load balancer")
    }
    var tgArn: String?
    if let name = spec.defaultTargetGroup {
      guard let tg = targetGroup(name) else { throw ECSError("TargetGroupNotFound", "One or more target groups not found") }
      tgArn = tg.arn
      if !tg.balancers.contains(where: { $0 === lb }) { tg.balancers.append(lb) }
    } else if spec.redirectToPort == nil {
      throw ECSError("ValidationError", "A listener needs a default action: forward to a target group or redirect")
    }
    let listener = Listener(arn: lb.arn.replacing(":loadbalancer/", with: ":listener/") + "/" + rng.hex(16), port: spec.port, protocol: spec.protocol, targetGroupArn: tgArn, redirectToPort: spec.redirectToPort)
    lb.listeners.append(listener)
    emit(.listenerCreated, [("loadBalancer", lb.name), ("port", String(spec.port))], message: tgArn.map { "forward to \($0)" } ?? "redirect to port \(spec.redirectToPort!)")
  }

  public func modifyTargetGroup(_ ref: String, healthCheck change: HealthCheckSettingsChange, deregistrationDelaySeconds: Int?) throws(ECSError) {
    guard let tg = targetGroup(ref) else { throw ECSError("TargetGroupNotFound", "One or more target groups not found") }
    var hc = tg.healthCheck
    if let v = change.path { hc.path = v }
    if let v = change.port { hc.port = v }
    if let v = change.intervalSeconds { hc.intervalSeconds = v }
    if let v = change.timeoutSeconds { hc.timeoutSeconds = v }
    if let v = change.healthyThresholdCount { hc.healthyThresholdCount = v }
    if let v = change.unhealthyThresholdCount { hc.unhealthyThresholdCount = v }
    if let v = change.matcher { hc.matcher = v }
    try hc.validate()
    if let d = deregistrationDelaySeconds {
      guard (0...3600).contains(d) else { throw ECSError("ValidationError", "'deregistration_delay.timeout_seconds' must be between 0 and 3600") }
      tg.deregistrationDelaySeconds = d
    }
    tg.healthCheck = hc
    for target in tg.targets { prepareProbes(tg, target) }
  }

  public func loadBalancer(_ ref: String) -> LoadBalancer? {
    loadBalancers[ref] ?? loadBalancers.values.first { $0.arn == ref }
  }

  public func targetGroup(_ ref: String) -> TargetGroup? {
    targetGroups[ref] ?? targetGroups.values.first { $0.arn == ref }
  }

  // MARK: - Services and target groups

  /// A service's `loadBalancers` entry: the target group must exist, sit behind a load balancer
  /// and have the target type the network mode needs (`ip` for awsvpc, `instance` otherwise).
  func resolveTargetGroup(_ lb: ServiceLoadBalancerInput, td: TaskDefinition) throws(ECSError) -> ServiceLoadBalancer {
    guard let tg = targetGroup(lb.targetGroup) else {
      throw ECSError("TargetGroupNotFoundException", "One or more target groups not found")
    }
    guard !tg.loadBalancerArns.isEmpty else {
      throw .invalidParameter("The target group with targetGroupArn \(tg.arn) does not have an associated load balancer.")
    }
    let wants = td.networkMode == .awsvpc ? "ip" : "instance"
    guard tg.targetType == wants else {
      throw .invalidParameter("The provided target group \(tg.arn) has target type \(tg.targetType), which is incompatible with the \(td.networkMode.rawValue) network mode specified in the task definition.")
    }
    return ServiceLoadBalancer(targetGroupArn: tg.arn, containerName: lb.containerName, containerPort: lb.containerPort)
  }

  /// A service task reached RUNNING: ECS registers it with each of the service's target groups
  /// (instance id + host port in bridge/host mode, ENI IP + container port in awsvpc).
  func registerTargets(_ t: ECSTask, _ s: Service) {
    for lb in s.loadBalancers {
      guard let tg = targetGroup(lb.targetGroupArn),
        let ci = t.containers.firstIndex(where: { $0.name == lb.containerName }),
        let mi = t.containers[ci].definition.portMappings.firstIndex(where: { $0.containerPort == lb.containerPort })
      else { continue }
      let id: String, port: Int
      if t.networkMode == .awsvpc {
        guard let ip = t.eni?.privateIPv4Address else { continue }
        id = ip; port = lb.containerPort
      } else {
        guard let host = t.containerInstance, let p = t.hostPort(container: ci, mapping: mi) else { continue }
        id = host.ec2InstanceId; port = p
      }
      let target = RegisteredTarget(id: id, port: port, availabilityZone: t.availabilityZone, task: t, group: tg, at: now)
      target.containerIndex = ci
      prepareProbes(tg, target)
      tg.add(target)
      t.targets.append((tg, target))
      serviceEvent(s, "(service \(s.name)) registered 1 targets in (target-group \(tg.arn))")
      if !tg.zones.contains(t.availabilityZone) {
        target.tracker.markAZNotEnabled()
      } else {
        queue.schedule(.healthProbe(target), at: now + .seconds(Int64(tg.healthCheck.intervalSeconds)))
      }
    }
  }

  /// One ALB health probe; its result counts when it arrives (a timeout after timeoutSeconds).
  func healthProbe(_ tg: TargetGroup, _ target: RegisteredTarget) {
    let state = target.tracker.health.state
    guard state == .initial || state == .healthy || state == .unhealthy else { return }
    target.probes += 1
    // An answer counts at once; silence only when the probe's timeout runs out.
    let outcome = probeOutcome(tg, target)
    if outcome == .timeout {
      queue.schedule(.healthTimeout(target), at: now + .seconds(Int64(tg.healthCheck.timeoutSeconds)))
    } else {
      healthResult(tg, target, outcome)
    }
    queue.schedule(.healthProbe(target), at: target.registeredAt + .seconds(Int64((target.probes + 1) * tg.healthCheck.intervalSeconds)))
  }

  /// What the probe meets: a security group that drops it (timeout), nothing listening yet
  /// (connection refused), or the app's answer (200, or 500 from a bad release).
  func probeOutcome(_ tg: TargetGroup, _ target: RegisteredTarget) -> HealthCheckOutcome {
    guard target.task.lastStatus == .running else { return .connectionRefused }
    guard target.reachable else { return .timeout }
    guard now >= target.readyAt else { return .connectionRefused }
    return .response(code: target.answer)
  }

  /// Works out once what a target's probes will meet (see `RegisteredTarget.reachable`).
  func prepareProbes(_ tg: TargetGroup, _ target: RegisteredTarget) {
    let t = target.task
    let port = tg.healthCheck.port == "traffic-port" ? target.port : (Int(tg.healthCheck.port) ?? target.port)
    let groups = t.networkMode == .awsvpc ? (t.service?.securityGroups ?? []) : (t.containerInstance?.securityGroups ?? [])
    // An instance or ENI the scenario gave no security groups is not filtered [SIM].
    let lbGroups = tg.balancers.flatMap(\.securityGroups), lbSubnets = tg.balancers.flatMap(\.subnets)
    target.reachable = groups.isEmpty || groups.contains { allows($0, port: port, fromGroups: lbGroups, subnets: lbSubnets) }
    let c = t.containers[target.containerIndex]
    target.readyAt = (t.startedAt ?? now) + c.behavior.startupTime
    target.answer = c.behavior.healthy ? 200 : 500
  }

  /// Whether security group `id` lets the load balancer in on `port`: a rule naming one of the
  /// load balancer's groups, or a CIDR that covers its subnets.
  func allows(_ id: String, port: Int, fromGroups lbGroups: [String], subnets lbSubnets: [String]) -> Bool {
    guard let sg = securityGroups[id] else { return false }
    return sg.ingress.contains { rule in
      guard rule.protocol == "tcp" || rule.protocol == "-1" || rule.protocol == "all", (rule.fromPort...max(rule.fromPort, rule.toPort)).contains(port) || rule.protocol == "-1" else { return false }
      if rule.source.hasPrefix("sg-") { return lbGroups.contains(rule.source) }
      guard let block = IPv4CIDR(rule.source) else { return false }
      return lbSubnets.allSatisfy { sid in subnets.first { $0.subnetId == sid }.flatMap { IPv4CIDR($0.cidr) }.map { block.contains($0) } ?? false }
    }
  }

  func healthResult(_ tg: TargetGroup, _ target: RegisteredTarget, _ outcome: HealthCheckOutcome) {
    guard let change = target.tracker.record(outcome) else { return }
    let t = target.task
    emitTargetHealth(tg, target)
    guard let s = t.service else { return }
    if change.to.state == .unhealthy {
      s.lastHealthCheckFailure = HealthCheckFailure(at: now, task: t, targetGroup: tg, port: target.port, health: change.to)
      let who = tg.targetType == "ip" ? "(task \(t.id.hex))" : "(instance \(target.id))"
      serviceEvent(s, "(service \(s.name)) \(who) (port \(target.port)) is unhealthy in (target-group \(tg.arn)) due to (reason \(change.to.description ?? "Health checks failed"))", persistent: true)
    }
    serviceTaskChanged(t)
  }

  /// A target's health changed (probe results, draining, removal).
  func emitTargetHealth(_ tg: TargetGroup, _ target: RegisteredTarget) {
    let h = target.health
    emit(.targetHealthChange, [("targetGroup", tg.name), ("target", "\(target.id):\(target.port)"), ("task", target.task.id.hex), ("state", h.state.rawValue)] + (h.reason.map { [("reason", $0)] } ?? []), message: h.description)
  }

  func targetsHealthy(_ t: ECSTask, _ s: Service) -> Bool {
    !t.targets.isEmpty && t.targets.allSatisfy { $0.target.health.state == .healthy }
  }

  func failedTargetGroup(_ t: ECSTask, _ s: Service) -> String? {
    t.targets.first { $0.target.health.state == .unhealthy }?.group.arn
  }

  /// ECS stops load-balanced tasks by deregistering their targets first; the stop signal waits
  /// for the deregistration delay (docs/ecs/load-balancing.md §4), and "has stopped" is reported
  /// then.
  func drainAndStop(_ tasks: [ECSTask], _ s: Service, reason: String) {
    var delay = 0
    var perGroup: [(TargetGroup, Int)] = []
    var perDeployment: [(String, Int)] = []
    for t in tasks {
      for (tg, target) in t.targets where target.health.state != .draining && target.health.state != .unused {
        target.tracker.beginDraining()
        emitTargetHealth(tg, target)
        delay = max(delay, tg.deregistrationDelaySeconds)
        queue.schedule(.targetDrained(target), at: now + .seconds(Int64(tg.deregistrationDelaySeconds)))
        if let i = perGroup.firstIndex(where: { $0.0 === tg }) { perGroup[i].1 += 1 } else { perGroup.append((tg, 1)) }
      }
      let set = t.deployment?.id ?? s.primary.id
      if let i = perDeployment.firstIndex(where: { $0.0 == set }) { perDeployment[i].1 += 1 } else { perDeployment.append((set, 1)) }
    }
    for (set, n) in perDeployment {
      serviceEvent(s, "(service \(s.name), taskSet \(set)) has begun draining connections on \(n) tasks.")
    }
    for (tg, n) in perGroup { serviceEvent(s, "(service \(s.name)) deregistered \(n) targets in (target-group \(tg.arn))") }
    for t in tasks { stopTask(t, code: .serviceSchedulerInitiated, reason: reason, signalAfter: .seconds(Int64(delay))) }
    queue.schedule(.serviceEvent(s, stoppedMessage(s, tasks)), at: now + .seconds(Int64(delay)))
  }

  /// The deregistration delay ran out: the target leaves its group.
  func targetDrained(_ tg: TargetGroup, _ target: RegisteredTarget) {
    target.tracker.finishDraining()
    emitTargetHealth(tg, target)
    tg.remove(target)
  }

  /// A task stopped on its own (host gone, essential container exited): its targets go at once.
  func dropTargets(_ t: ECSTask) {
    for (tg, target) in t.targets where target.health.state != .draining && target.health.state != .unused {
      target.tracker.finishDraining()
      emitTargetHealth(tg, target)
      tg.remove(target)
      if let s = t.service { serviceEvent(s, "(service \(s.name)) deregistered 1 targets in (target-group \(tg.arn))") }
    }
    t.targets.removeAll()
  }
}
