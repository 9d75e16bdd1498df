/// Building the world a scenario describes.
extension Simulator {
  /// Builds the scenario's world at time zero: VPC, security groups, clusters, roles,
  /// repositories and images, instances (registered at once), task definitions, initial tasks,
  /// and the timeline, whose commands are parsed now so a typo fails before anything runs.
  /// Errors point at the scenario text that caused them.
  public convenience init(scenario s: ScenarioSpec, seed: UInt64) throws(LocatedError) {
    guard let epoch = Timestamp.parse(s.startTime) else {
      throw LocatedError("startTime: expected YYYY-MM-DDTHH:MM:SSZ, found '\(s.startTime)'", at: nil)
    }
    self.init(name: s.name, seed: seed, region: s.region, account: s.account, startEpochMilliseconds: epoch)
    func at(_ loc: SourceLocation?, _ body: () throws(ECSError) -> Void) throws(LocatedError) {
      do { try body() } catch { throw LocatedError(error.description, at: loc) }
    }
    vpcId = s.vpc.vpcId
    let subnetSpecs = s.vpc.subnets.isEmpty ? VPCSpec.defaultSubnets(cidr: s.vpc.cidr, region: s.region) : s.vpc.subnets
    for spec in subnetSpecs {
      try at(nil) { () throws(ECSError) in subnets.append(try Subnet(spec: spec)) }
      if !availabilityZones.contains(spec.availabilityZone) { availabilityZones.append(spec.availabilityZone) }
    }
    for sg in s.securityGroups {
      securityGroups[sg.groupId] = SecurityGroup(groupId: sg.groupId, groupName: sg.groupName, ingress: sg.ingress)
    }
    for c in s.clusters { createCluster(c.name) }
    for r in s.roles {
      try at(r.location) { () throws(ECSError) in try createRole(name: r.name, trustedService: r.trustedService, actions: r.actions, managedPolicies: r.managedPolicies) }
    }
    for repo in s.repositories {
      try at(repo.location) { () throws(ECSError) in try createRepository(name: repo.name, mutability: repo.imageTagMutability) }
      for img in repo.images {
        try at(img.location) { () throws(ECSError) in try pushImage(repository: repo.name, tags: img.tags, sizeMB: img.sizeMB, behavior: img.behavior) }
      }
    }
    for g in s.instances {
      do { _ = try AgentConfig.parse(g.ecsConfig, ami: g.ami) } catch {
        var e = error
        if let base = g.ecsConfigLocation, let l = e.location {
          e.location = SourceLocation(line: base.line + l.line - 1, column: base.column + l.column - 1)
        } else if e.location == nil { e.location = g.ecsConfigLocation }
        e.message = "ecsConfig: " + e.message
        throw e
      }
      let refs = g.cachedImages.map { ref -> String in
        let r = ImageReference(ref)
        return r.registry == nil && repositories[r.repository] != nil ? "\(arns.registry)/\(r.text)" : ref
      }
      try at(g.location) { () throws(ECSError) in try launchInstances(g.launch, cachedImages: refs, instanceIds: g.instanceIds, immediately: true) }
    }
    for td in s.taskDefinitions {
      try at(td.location) { () throws(ECSError) in try registerTaskDefinition(td) }
    }
    for t in s.tasks {
      try at(t.location) { () throws(ECSError) in try runTask(t.request) }
    }
    for tg in s.targetGroups {
      try at(tg.location) { () throws(ECSError) in try createTargetGroup(tg) }
    }
    for lb in s.loadBalancers {
      try at(lb.location) { () throws(ECSError) in try createLoadBalancer(lb) }
    }
    for svc in s.services {
      try at(svc.location) { () throws(ECSError) in try createService(svc) }
    }
    for sch in s.schedules {
      try at(sch.location) { () throws(ECSError) in try createSchedule(sch) }
    }
    for entry in s.timeline {
      do { _ = try CommandParser.parse(entry.command) } catch {
        var loc = entry.location
        if let l = loc, let c = error.column { loc = SourceLocation(line: l.line, column: l.column + c - 1) }
        throw LocatedError("timeline command: \(error.message)", at: loc)
      }
      queue.schedule(.timeline(entry), at: entry.at)
    }
  }

  /// A timeline command runs like a typed one; if it fails the failure is an event and the
  /// world is unchanged.
  func runTimeline(_ entry: TimelineEntry) {
    _ = execute(entry.command)
  }
}
