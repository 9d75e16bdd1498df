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
  /// Static host ports a copy holds (they count toward the instance's 100 reserved ports).
  var staticPortCount: Int { staticTCP.count + staticUDP.count }

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

/// Instances that pass the filters that do not change from one copy to the next (ACTIVE,
/// agent connected, required attributes), cached per cluster until an instance changes.
final class EligibleInstances {
  let generation: Int
  let all: [ContainerInstance]
  /// Ordinals of `all` (their index in `Simulator.instances` and the capacity table).
  let ordinals: [Int]
  /// Per spread attribute: ordinals grouped by value, values in first-seen order.
  var buckets: [String: [(value: String, members: [Int])]] = [:]

  init(generation: Int, all: [ContainerInstance]) {
    self.generation = generation
    self.all = all
    ordinals = all.map(\.ordinal)
  }

  func partition(by attribute: String) -> [(value: String, members: [Int])] {
    if let b = buckets[attribute] { return b }
    var index: [String: Int] = [:]
    var out: [(value: String, members: [Int])] = []
    for inst in all {
      let v = (inst.attribute(attribute) ?? nil) ?? ""
      if let i = index[v] { out[i].members.append(inst.ordinal) } else { index[v] = out.count; out.append((v, [inst.ordinal])) }
    }
    buckets[attribute] = out
    return out
  }
}

/// Placement (ecs-model §7): filter by resources, ports and attributes; then constraints
/// (binding); then strategies (best effort, chained as tie-breakers); remaining ties are broken
/// by the seeded random source.
///
/// Cost: the filters that depend only on the instance (status, agent, attributes) are cached
/// per cluster; a leading `spread` on an attribute (the usual AZ spread) only scans the
/// instances of the least-used value, using per-group counts kept up to date as tasks start and
/// stop; other chains scan the eligible instances once per copy without allocating.
struct Placer {
  let requirements: TaskRequirements
  let group: TaskGroup
  let strategies: [PlacementStrategy]
  let memberOf: [ClusterQuery]
  let distinct: Bool
  /// Within one request: the instance each candidate set last chose under a pure binpack.
  /// Placing a copy only lowers that instance's free resource, so while it still fits it stays
  /// the strict best and the next copy needs no scan.
  /// Indexed by bucket of the leading spread (a single slot without one); -1: none yet.
  private var lastBinpackChoice: [Int] = []
  /// The leading spread's buckets and their tracker value ids, looked up once per request.
  private var buckets: [(value: String, members: [Int])]?
  private var bucketValueIDs: [Int] = []

  init(requirements: TaskRequirements, group: TaskGroup, strategies: [PlacementStrategy], memberOf: [ClusterQuery], distinct: Bool) {
    self.requirements = requirements
    self.group = group
    self.strategies = strategies
    self.memberOf = memberOf
    self.distinct = distinct
  }

  /// Where the next copy goes, or nil.
  mutating func choose(in pool: EligibleInstances, cluster: Cluster, sim: Simulator) -> ContainerInstance? {
    var strategiesLeft = strategies[...]
    if case .spread(let field)? = strategies.first, field.hasPrefix("attribute:") {
      let attr = String(field.dropFirst("attribute:".count))
      strategiesLeft = strategies.dropFirst()
      let tracker = sim.spreadTracker(cluster, group, attribute: attr)
      if self.buckets == nil {
        let b = pool.partition(by: attr)
        self.buckets = b
        bucketValueIDs = b.map { tracker.valueID($0.value) }
        lastBinpackChoice = Array(repeating: -1, count: b.count)
      }
      let buckets = self.buckets!
      guard !buckets.isEmpty else { return nil }
      let counts = tracker.counts
      func before(_ i: Int, _ j: Int) -> Bool {
        (counts[bucketValueIDs[i]], buckets[i].value) < (counts[bucketValueIDs[j]], buckets[j].value)
      }
      // Usually the least-used value has room: try it before ordering the others.
      var first = 0
      for i in buckets.indices.dropFirst() where before(i, first) { first = i }
      if let pick = best(buckets[first].members, slot: first, strategies: strategiesLeft, cluster: cluster, sim: sim) { return pick }
      for i in buckets.indices.filter({ $0 != first }).sorted(by: before) {
        if let pick = best(buckets[i].members, slot: i, strategies: strategiesLeft, cluster: cluster, sim: sim) { return pick }
      }
      return nil
    }
    if lastBinpackChoice.isEmpty { lastBinpackChoice = [-1] }
    return best(pool.ordinals, slot: 0, strategies: strategiesLeft, cluster: cluster, sim: sim)
  }

  /// The best-ranked instance among `candidates` (ordinals) that can take a copy now. Ties
  /// after every strategy are broken with one draw of the seeded random source.
  private mutating func best(_ candidates: [Int], slot: Int, strategies: ArraySlice<PlacementStrategy>, cluster: Cluster, sim: Simulator) -> ContainerInstance? {
    var scoring: [PlacementStrategy] = []
    for s in strategies {
      if s == .random { break }
      scoring.append(s)
    }
    let r = requirements
    let cpu = Int32(r.cpu), memory = Int32(r.memory), dynamic = Int32(r.dynamicTCP)
    let simple = r.staticTCP.isEmpty && r.staticUDP.isEmpty && !r.needsENI && memberOf.isEmpty && !distinct
    let instances = sim.instances
    var ties: [Int] = []
    ties.reserveCapacity(64)
    var memoizable = false
    if simple && scoring.count <= 1, scoring.allSatisfy({ if case .binpack = $0 { true } else { false } }) {
      // The common chains (binpack alone, or after a leading spread): one dense pass.
      let byCPU = scoring.first == .binpack(.cpu), ranked = !scoring.isEmpty
      memoizable = ranked && (byCPU ? cpu : memory) > 0
      if memoizable, lastBinpackChoice[slot] >= 0 {
        let ord = lastBinpackChoice[slot]
        let row = sim.capacity.rows[ord]
        if row.cpu >= cpu && row.memory >= memory && row.freeDynamicTCP >= dynamic { return instances[ord] }
      }
      var bestValue = Int32.max
      sim.capacity.rows.withUnsafeBufferPointer { rows in
        for ord in candidates {
          let row = rows[ord]
          if row.cpu < cpu || row.memory < memory || row.freeDynamicTCP < dynamic { continue }
          let v = ranked ? (byCPU ? row.cpu : row.memory) : 0
          if v < bestValue { bestValue = v; ties.removeAll(keepingCapacity: true); ties.append(ord) }
          else if v == bestValue { ties.append(ord) }
        }
      }
    } else {
      var bestScore = [Int](repeating: 0, count: scoring.count)
      var score = bestScore
      let rows = sim.capacity.rows
      for ord in candidates {
        let row = rows[ord]
        if row.cpu < cpu || row.memory < memory || row.freeDynamicTCP < dynamic { continue }
        if !simple && !fits(instances[ord]) { continue }
        var order = 0  // -1 better than the best so far, 0 equal, 1 worse
        for j in scoring.indices {
          let v: Int
          switch scoring[j] {
          case .binpack(.cpu): v = Int(row.cpu)
          case .binpack(.memory): v = Int(row.memory)
          case .spread("instanceId"): v = group.count(ordinal: ord)
          default: v = value(scoring[j], instances[ord], cluster: cluster)
          }
          score[j] = v
          if order == 0 && !ties.isEmpty { order = v < bestScore[j] ? -1 : (v > bestScore[j] ? 1 : 0) }
          if order == 1 { break }
        }
        if order == 1 { continue }
        if ties.isEmpty || order == -1 {
          ties.removeAll(keepingCapacity: true)
          swap(&bestScore, &score)
        }
        ties.append(ord)
      }
    }
    if ties.isEmpty { return nil }
    let chosen = ties.count == 1 ? ties[0] : ties[Int(sim.rng.below(UInt64(ties.count)))]
    if memoizable { lastBinpackChoice[slot] = chosen }
    return instances[chosen]
  }

  private func value(_ s: PlacementStrategy, _ inst: ContainerInstance, cluster: Cluster) -> Int {
    switch s {
    case .binpack(.cpu): return inst.remainingCPU
    case .binpack(.memory): return inst.remainingMemory
    case .spread(let field):
      if field == "instanceId" { return group.count(on: inst) }
      guard let t = group.tracker(String(field.dropFirst("attribute:".count))) else { return 0 }
      return t.counts[t.valueID(of: inst)]
    case .random: return 0
    }
  }

  /// True when an instance that passed the cached filters can take one more copy now.
  func fits(_ inst: ContainerInstance) -> Bool { dynamicCheck(inst).check == .ok }

  /// The cached filters: the same for every copy of a request.
  func isEligible(_ inst: ContainerInstance) -> Bool {
    inst.status == .active && inst.agentConnected && requirements.attributes.allSatisfy { inst.hasAttribute($0) }
  }

  /// Runs every filter in order and reports the first one the instance fails, with the port,
  /// attribute or constraint it failed on (for the "closest matching instance" of a failure and
  /// for the "why" view, which must say exactly what placement saw).
  func check(_ inst: ContainerInstance) -> PlacementVerdict {
    let r = requirements
    if !inst.agentConnected { return PlacementVerdict(check: .agent) }
    for (i, a) in r.attributes.enumerated() where !inst.hasAttribute(a) { return PlacementVerdict(check: .attribute, shortfall: .attribute(i)) }
    return dynamicCheck(inst)
  }

  /// The filters whose answer changes as copies are placed (resources, ports, ENIs, constraints),
  /// in ECS's order.
  private func dynamicCheck(_ inst: ContainerInstance) -> PlacementVerdict {
    let r = requirements
    if inst.remainingCPU < r.cpu { return PlacementVerdict(check: .cpu) }
    if inst.remainingMemory < r.memory { return PlacementVerdict(check: .memory) }
    for p in r.staticTCP where !inst.isTCPFree(p) { return PlacementVerdict(check: .ports, shortfall: .port(p)) }
    if r.dynamicTCP > inst.freeDynamicPorts { return PlacementVerdict(check: .ports, shortfall: .dynamicPorts) }
    for p in r.staticUDP where !inst.isUDPFree(p) { return PlacementVerdict(check: .portsUDP, shortfall: .port(p)) }
    if r.staticPortCount > 0 && inst.reservedPortCount + r.staticPortCount > ContainerInstance.maximumReservedPorts {
      return PlacementVerdict(check: .ports, shortfall: .reservedPortLimit)
    }
    if r.needsENI && inst.attachedENIs >= inst.maxTaskENIs { return PlacementVerdict(check: .eni) }
    for (i, q) in memberOf.enumerated() where !q.matches(inst) { return PlacementVerdict(check: .memberOf, shortfall: .memberOf(i)) }
    if distinct && group.count(on: inst) > 0 { return PlacementVerdict(check: .distinctInstance) }
    return PlacementVerdict(check: .ok)
  }
}

/// What the filter chain found on one instance: the check it stopped at and, where there is
/// one, the specific port, attribute or constraint.
struct PlacementVerdict: Equatable {
  var check: PlacementCheck
  var shortfall: PlacementShortfall = .none
}

/// The specific thing an instance lacked, beyond the check's name.
enum PlacementShortfall: Equatable {
  case none
  /// A static host port (TCP for `.ports`, UDP for `.portsUDP`) already in use on the instance.
  case port(Int)
  /// No free port left in the instance's dynamic host port range.
  case dynamicPorts
  /// The task's static ports would take the instance past ECS's 100 reserved ports.
  case reservedPortLimit
  /// Index into the requirements' `attributes`.
  case attribute(Int)
  /// Index into the placer's `memberOf` expressions.
  case memberOf(Int)
}

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
  func trackGroup(_ task: Task, on host: ContainerInstance, delta: Int) {
    let g = task.taskGroup
    g.add(delta, on: host)
    for t in g.trackers { t.add(delta, on: host) }
  }

  func fargateGroupCount(_ task: Task, delta: Int) {
    task.taskGroup.fargateAZCounts[task.availabilityZone, default: 0] += delta
  }
}
