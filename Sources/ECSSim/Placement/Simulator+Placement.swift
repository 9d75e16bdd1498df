extension Simulator {
  /// The instances of `cluster` that pass the per-instance filters for these requirements.
  func eligibleInstances(_ cluster: Cluster, _ placer: Placer) -> EligibleInstances {
    let key = placer.requirements.attributes.joined(separator: "\n")
    if let cached = cluster.eligibleCache[key], cached.generation == cluster.placementGeneration { return cached }
    let set = EligibleInstances(generation: cluster.placementGeneration, all: cluster.instances.filter(placer.isEligible))
    cluster.eligibleCache[key] = set
    return set
  }

  /// The group's per-value counts for `attribute`, started (from the instances) on first use.
  @discardableResult
  func spreadTracker(_ cluster: Cluster, _ group: TaskGroup, attribute: String) -> SpreadTracker {
    if let t = group.tracker(attribute) { return t }
    let t = SpreadTracker(attribute: attribute)
    t.rebuild(group, cluster)
    group.trackers.append(t)
    return t
  }

  /// Adds or removes a live task of its group on `host` in every count that tracks groups.
  func trackGroup(_ task: ECSTask, on host: ContainerInstance, delta: Int) {
    let g = task.taskGroup
    g.add(delta, on: host)
    for t in g.trackers { t.add(delta, on: host) }
  }

  func fargateGroupCount(_ task: ECSTask, delta: Int) {
    task.taskGroup.fargateAZCounts[task.availabilityZone, default: 0] += delta
  }

  /// The closest matching instance of an unplaceable copy: the one that got furthest through
  /// the filter chain (the first in registration order on a tie). Also counts how every
  /// instance fared and, on the closest, what held the port or the group's slot: the "why" view
  /// reads this record instead of re-running placement. Cost: the scan the failure already
  /// needed, plus a walk of the closest instance's tasks.
  func closestFailure(_ placer: Placer, pool: [ContainerInstance], td: TaskDefinition) -> PlacementRejection {
    var best: (ContainerInstance, PlacementVerdict)?
    var tally: [(verdict: PlacementVerdict, count: Int)] = []
    for inst in pool {
      let v = placer.check(inst)
      if let i = tally.firstIndex(where: { $0.verdict == v }) { tally[i].count += 1 } else { tally.append((v, 1)) }
      if best == nil || best!.1.check < v.check { best = (inst, v) }
    }
    var r = PlacementRejection(at: now, taskDefinition: td.familyRevision, closest: best?.0, verdict: best?.1 ?? PlacementVerdict(check: .ok), tally: tally)
    // No ACTIVE instance at all: nothing is "closest" (a service says only "…requirements.").
    guard let (inst, verdict) = best else {
      r.failure = PlacementFailure(arn: nil, reason: "MISSING")
      return r
    }
    r.failure = PlacementFailure(arn: inst.arn, reason: verdict.check.reason)
    let req = placer.requirements
    switch (verdict.check, verdict.shortfall) {
    case (.cpu, _): r.free = inst.remainingCPU; r.needed = req.cpu
    case (.memory, _): r.free = inst.remainingMemory; r.needed = req.memory
    case (.ports, .port(let p)): r.holder = inst.tasks.first { $0.lastStatus != .stopped && $0.heldTCP.contains(p) }
    case (.portsUDP, .port(let p)): r.holder = inst.tasks.first { $0.lastStatus != .stopped && $0.heldUDP.contains(p) }
    case (.ports, .dynamicPorts): r.free = inst.freeDynamicPorts; r.needed = req.dynamicTCP
    case (.ports, .reservedPortLimit): r.free = ContainerInstance.maximumReservedPorts - inst.reservedPortCount; r.needed = req.staticPortCount
    case (.attribute, .attribute(let i)): r.item = req.attributes[i]
    case (.memberOf, .memberOf(let i)): r.item = placer.memberOf[i].text
    case (.distinctInstance, _): r.holder = inst.tasks.first { $0.lastStatus != .stopped && $0.taskGroup === placer.group }
    default: break
    }
    return r
  }
}
