/// Placement (docs/ecs/placement.md): filter by resources, ports and attributes; then constraints
/// (binding); then strategies (best effort, chained as tie-breakers); remaining ties are broken
/// by the seeded random source. The filters and constraints are `PlacementFilter`'s chain.
///
/// Cost: the pool stage of the filters (ACTIVE, agent, attributes) is cached per cluster; for
/// each copy the capacity stage is a scan of the dense capacity table, and the copy stage runs
/// only for requests that have such filters (static ports, ENIs, constraints). A leading
/// `spread` on an attribute (the usual AZ spread) only scans the instances of the least-used
/// value, using per-group counts kept up to date as tasks start and stop; other chains scan the
/// eligible instances once per copy without allocating.
struct Placer {
  let requirements: TaskRequirements
  let group: TaskGroup
  let strategies: [PlacementStrategy]
  let memberOf: [ClusterQuery]
  let distinct: Bool
  /// This request's copy-stage filters that can fail, in chain order. Empty in the common case
  /// (no static ports, ENIs or constraints): then the capacity scan alone decides.
  private(set) var copyFilters: [PlacementFilter] = []
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
    copyFilters = PlacementFilter.allCases.filter { $0.stage == .copy && $0.applies(to: self) }
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
    let needed = requirements.capacityNeeded
    let simple = copyFilters.isEmpty
    let instances = sim.instances
    var ties: [Int] = []
    ties.reserveCapacity(64)
    var memoizable = false
    if simple && scoring.count <= 1, scoring.allSatisfy({ if case .binpack = $0 { true } else { false } }) {
      // The common chains (binpack alone, or after a leading spread): one dense pass.
      let byCPU = scoring.first == .binpack(.cpu), ranked = !scoring.isEmpty
      memoizable = ranked && (byCPU ? needed.cpu : needed.memory) > 0
      if memoizable, lastBinpackChoice[slot] >= 0 {
        let ord = lastBinpackChoice[slot]
        let row = sim.capacity.rows[ord]
        if PlacementFilter.admitAll(row, needed: needed) { return instances[ord] }
      }
      var bestValue = Int32.max
      sim.capacity.rows.withUnsafeBufferPointer { rows in
        for ord in candidates {
          let row = rows[ord]
          if !PlacementFilter.admitAll(row, needed: needed) { continue }
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
        if !PlacementFilter.admitAll(row, needed: needed) { continue }
        if !simple && !passesCopyFilters(instances[ord]) { continue }
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

  /// The copy stage: true when an instance that passed the pool and capacity stages can take
  /// one more copy now.
  func passesCopyFilters(_ inst: ContainerInstance) -> Bool {
    for f in copyFilters where f.verdict(inst, for: self) != nil { return false }
    return true
  }

  /// The pool stage, the same for every copy of a request. Only ACTIVE instances are
  /// candidates at all: a DRAINING one is not rejected by a filter, it is not in the pool (and
  /// `closestFailure` looks at ACTIVE instances only).
  func isEligible(_ inst: ContainerInstance) -> Bool {
    guard inst.status == .active else { return false }
    for f in PlacementFilter.allCases where f.stage == .pool && f.verdict(inst, for: self) != nil { return false }
    return true
  }

  /// Runs every filter in chain order and reports the first one the instance fails, with the
  /// port, attribute or constraint it failed on (for the "closest matching instance" of a
  /// failure and for the "why" view, which must say exactly what placement saw).
  func check(_ inst: ContainerInstance) -> PlacementVerdict {
    for f in PlacementFilter.allCases {
      if let v = f.verdict(inst, for: self) { return v }
    }
    return PlacementVerdict(check: .ok)
  }
}
