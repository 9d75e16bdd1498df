/// What one copy of a task needs from a container instance, computed once per RunTask call.
struct TaskRequirements {
  var cpu: Int
  var memory: Int
  var staticTCP: [Int] = []
  var staticUDP: [Int] = []
  var dynamicTCP = 0
  var dynamicUDP = 0
  var needsENI = false
  var attributes: [String]

  init(_ td: TaskDefinition) {
    cpu = td.reservedCPU
    memory = td.reservedMemory
    attributes = td.requiresAttributes
    needsENI = td.networkMode == .awsvpc
    for c in td.containerDefinitions {
      for m in c.portMappings {
        switch td.networkMode {
        case .bridge:
          if m.isDynamic {
            if m.protocol == .udp { dynamicUDP += 1 } else { dynamicTCP += 1 }
          } else if m.protocol == .udp { staticUDP.append(m.hostPort!) } else { staticTCP.append(m.hostPort!) }
        case .host:
          let p = (m.hostPort ?? 0) == 0 ? m.containerPort : m.hostPort!
          if m.protocol == .udp { staticUDP.append(p) } else { staticTCP.append(p) }
        case .awsvpc, .none:
          break
        }
      }
    }
  }
}

/// How far an instance got through the filters, in ECS's order; the furthest one is the
/// "closest matching" instance a failure names.
enum PlacementCheck: Int, Comparable {
  case agent, attribute, cpu, memory, ports, portsUDP, eni, memberOf, distinctInstance, ok

  static func < (a: PlacementCheck, b: PlacementCheck) -> Bool { a.rawValue < b.rawValue }

  /// The RunTask `failures[].reason` for an instance that stopped at this check.
  /// AGENT and RESOURCE:* are ECS's documented reasons; ATTRIBUTE, RESOURCE:PORTS_UDP and
  /// RESOURCE:ENI are [U] in ecs-model §2.4 and used as written there; the constraint texts
  /// follow the "MemberOf placement constraint unsatisfied" wording of §2.3 [U].
  var reason: String {
    switch self {
    case .agent: return "AGENT"
    case .attribute: return "ATTRIBUTE"
    case .cpu: return "RESOURCE:CPU"
    case .memory: return "RESOURCE:MEMORY"
    case .ports: return "RESOURCE:PORTS"
    case .portsUDP: return "RESOURCE:PORTS_UDP"
    case .eni: return "RESOURCE:ENI"
    case .memberOf: return "MemberOf placement constraint unsatisfied."
    case .distinctInstance: return "DistinctInstance placement constraint unsatisfied."
    case .ok: return ""
    }
  }
}

/// Placement (ecs-model §7): filter by resources, ports and attributes; then constraints
/// (binding); then strategies (best effort, chained as tie-breakers); remaining ties are broken
/// by the seeded random source.
///
/// Cost: a leading `spread` on an attribute (the usual AZ spread) only scans the instances of
/// the least-used value, using per-group counts kept up to date as tasks start and stop; other
/// chains scan the cluster's eligible instances once per copy without allocating.
struct Placer {
  let requirements: TaskRequirements
  let group: String
  let strategies: [PlacementStrategy]
  let memberOf: [ClusterQuery]
  let distinct: Bool

  /// Where the next copy goes, or nil.
  func choose(in pool: [ContainerInstance], cluster: Cluster, sim: Simulator) -> ContainerInstance? {
    var strategiesLeft = strategies[...]
    if case .spread(let field)? = strategies.first, field.hasPrefix("attribute:") {
      let attr = String(field.dropFirst("attribute:".count))
      strategiesLeft = strategies.dropFirst()
      sim.ensureSpreadTracking(cluster, group: group, attribute: attr)
      let counts = cluster.spreadCounts[SpreadKey(group: group, attribute: attr)] ?? [:]
      var buckets: [String: [ContainerInstance]] = [:]
      var order: [String] = []
      for inst in pool {
        let v = (inst.attribute(attr) ?? nil) ?? ""
        if buckets[v] == nil { order.append(v) }
        buckets[v, default: []].append(inst)
      }
      order.sort { (counts[$0] ?? 0, $0) < (counts[$1] ?? 0, $1) }
      for v in order {
        if let pick = best(in: buckets[v]!, strategies: strategiesLeft, cluster: cluster, sim: sim) { return pick }
      }
      return nil
    }
    return best(in: pool, strategies: strategiesLeft, cluster: cluster, sim: sim)
  }

  private func best(in list: [ContainerInstance], strategies: ArraySlice<PlacementStrategy>, cluster: Cluster, sim: Simulator) -> ContainerInstance? {
    var scoring: [PlacementStrategy] = []
    for s in strategies {
      if s == .random { break }
      scoring.append(s)
    }
    var bestInst: ContainerInstance?
    var bestScore = [Int](repeating: 0, count: scoring.count)
    var score = bestScore
    var ties: UInt64 = 0
    for inst in list where check(inst) == .ok {
      for (k, s) in scoring.enumerated() { score[k] = value(s, inst, cluster: cluster) }
      if bestInst == nil || score.lexicographicallyPrecedes(bestScore) {
        bestInst = inst
        swap(&bestScore, &score)
        ties = 1
      } else if score == bestScore {
        ties += 1
        if sim.rng.below(ties) == 0 { bestInst = inst }
      }
    }
    return bestInst
  }

  private func value(_ s: PlacementStrategy, _ inst: ContainerInstance, cluster: Cluster) -> Int {
    switch s {
    case .binpack(.cpu): return inst.remainingCPU
    case .binpack(.memory): return inst.remainingMemory
    case .spread(let field):
      if field == "instanceId" { return inst.groupCounts[group] ?? 0 }
      let attr = String(field.dropFirst("attribute:".count))
      let v = (inst.attribute(attr) ?? nil) ?? ""
      return cluster.spreadCounts[SpreadKey(group: group, attribute: attr)]?[v] ?? 0
    case .random: return 0
    }
  }

  /// Runs the filters in order and reports the first one the instance fails.
  func check(_ inst: ContainerInstance) -> PlacementCheck {
    let r = requirements
    if !inst.agentConnected { return .agent }
    for a in r.attributes where !inst.hasAttribute(a) { return .attribute }
    if inst.remainingCPU < r.cpu { return .cpu }
    if inst.remainingMemory < r.memory { return .memory }
    for p in r.staticTCP where !inst.isTCPFree(p) { return .ports }
    if r.dynamicTCP > inst.freeDynamicPorts { return .ports }
    for p in r.staticUDP where !inst.isUDPFree(p) { return .portsUDP }
    if r.needsENI && inst.attachedENIs >= inst.maxTaskENIs { return .eni }
    for q in memberOf where !q.matches(inst) { return .memberOf }
    if distinct && (inst.groupCounts[group] ?? 0) > 0 { return .distinctInstance }
    return .ok
  }
}

extension Simulator {
  /// Starts keeping per-value counts of `group`'s live tasks for `attribute`, if not already.
  func ensureSpreadTracking(_ cluster: Cluster, group: String, attribute: String) {
    let key = SpreadKey(group: group, attribute: attribute)
    guard cluster.spreadCounts[key] == nil else { return }
    var counts: [String: Int] = [:]
    for inst in cluster.instances {
      guard let n = inst.groupCounts[group], n > 0 else { continue }
      counts[(inst.attribute(attribute) ?? nil) ?? "", default: 0] += n
    }
    cluster.spreadCounts[key] = counts
    cluster.trackedSpreadAttributes[group, default: []].append(attribute)
  }

  /// Adds or removes a live task of `task.group` on `host` in every count that tracks groups.
  func trackGroup(_ task: Task, on host: ContainerInstance, delta: Int) {
    let n = (host.groupCounts[task.group] ?? 0) + delta
    host.groupCounts[task.group] = n > 0 ? n : nil
    guard let cluster = clusters[task.clusterName], let attrs = cluster.trackedSpreadAttributes[task.group] else { return }
    for attr in attrs {
      let v = (host.attribute(attr) ?? nil) ?? ""
      cluster.spreadCounts[SpreadKey(group: task.group, attribute: attr), default: [:]][v, default: 0] += delta
    }
  }

  func fargateGroupCount(_ cluster: Cluster, _ task: Task, delta: Int) {
    cluster.fargateAZCounts[task.group, default: [:]][task.availabilityZone, default: 0] += delta
  }
}
