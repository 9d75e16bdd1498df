/// One rule an ACTIVE container instance must pass to take a copy of a task. `allCases` is the
/// chain in ECS's order, and this file is the only place each rule is written.
///
/// Two readers walk the same list: `Placer.check(_:)` runs it in order and reports the first
/// filter an instance fails (the "closest matching instance" of a failure and the "why" view),
/// and the fast path of `Placer.choose` applies it by `Stage`, so that the filters read for
/// every candidate of every copy touch only the dense capacity table. The filters are a
/// conjunction, so the fast path may take them in stage order and still accept exactly the
/// instances `check` passes (a property test in PlacementFilterPropertyTests holds it to that).
///
/// To add a rule: add a case at its place in the chain, give it a `check`, a `stage`, an
/// `applies(to:)` answer and its test in `verdict(_:for:)`; both readers pick it up.
enum PlacementFilter: CaseIterable {
  case agentConnected
  case requiredAttributes
  case cpu
  case memory
  case staticTCPPorts
  case dynamicTCPPorts
  case staticUDPPorts
  case reservedPortLimit
  case eni
  case memberOf
  case distinctInstance

  /// When the fast path applies a filter.
  enum Stage {
    /// The answer stays the same for every copy of a request (until the instance itself
    /// changes): applied once when the eligible pool is built, cached per cluster.
    case pool
    /// Reads only the instance's row of the capacity table: applied to every candidate of
    /// every copy, as a scan of that dense array.
    case capacity
    /// Reads the instance itself (ports, ENIs, attributes, group counts): applied after the
    /// capacity stage, and only when `applies(to:)` says the filter can fail at all.
    case copy
  }

  var stage: Stage {
    switch self {
    case .agentConnected, .requiredAttributes: return .pool
    case .cpu, .memory, .dynamicTCPPorts: return .capacity
    case .staticTCPPorts, .staticUDPPorts, .reservedPortLimit, .eni, .memberOf, .distinctInstance: return .copy
    }
  }

  /// The check an instance that fails this filter stopped at.
  var check: PlacementCheck {
    switch self {
    case .agentConnected: return .agent
    case .requiredAttributes: return .attribute
    case .cpu: return .cpu
    case .memory: return .memory
    case .staticTCPPorts, .dynamicTCPPorts, .reservedPortLimit: return .ports
    case .staticUDPPorts: return .portsUDP
    case .eni: return .eni
    case .memberOf: return .memberOf
    case .distinctInstance: return .distinctInstance
    }
  }

  /// False when the filter passes every instance for this request (a task without static
  /// ports, a request without constraints): the fast path then leaves it out, and a request
  /// with no copy-stage filter left is placed by the capacity scan alone.
  func applies(to p: Placer) -> Bool {
    let r = p.requirements
    switch self {
    case .agentConnected, .cpu, .memory, .dynamicTCPPorts: return true
    case .requiredAttributes: return !r.attributes.isEmpty
    case .staticTCPPorts: return !r.staticTCP.isEmpty
    case .staticUDPPorts: return !r.staticUDP.isEmpty
    case .reservedPortLimit: return r.staticPortCount > 0
    case .eni: return r.needsENI
    case .memberOf: return !p.memberOf.isEmpty
    case .distinctInstance: return p.distinct
    }
  }

  /// nil when `inst` passes; otherwise what it failed on, naming the port, attribute or
  /// constraint where there is one.
  func verdict(_ inst: ContainerInstance, for p: Placer) -> PlacementVerdict? {
    let r = p.requirements
    switch self {
    case .agentConnected:
      return inst.agentConnected ? nil : PlacementVerdict(check: .agent)
    case .requiredAttributes:
      for (i, a) in r.attributes.enumerated() where !inst.hasAttribute(a) { return PlacementVerdict(check: .attribute, shortfall: .attribute(i)) }
      return nil
    case .cpu, .memory:
      return admits(inst.capacity.rows[inst.ordinal], needed: r.capacityNeeded) ? nil : PlacementVerdict(check: check)
    case .dynamicTCPPorts:
      return admits(inst.capacity.rows[inst.ordinal], needed: r.capacityNeeded) ? nil : PlacementVerdict(check: .ports, shortfall: .dynamicPorts)
    case .staticTCPPorts:
      for port in r.staticTCP where !inst.isTCPFree(port) { return PlacementVerdict(check: .ports, shortfall: .port(port)) }
      return nil
    case .staticUDPPorts:
      for port in r.staticUDP where !inst.isUDPFree(port) { return PlacementVerdict(check: .portsUDP, shortfall: .port(port)) }
      return nil
    case .reservedPortLimit:
      let over = r.staticPortCount > 0 && inst.reservedPortCount + r.staticPortCount > ContainerInstance.maximumReservedPorts
      return over ? PlacementVerdict(check: .ports, shortfall: .reservedPortLimit) : nil
    case .eni:
      return r.needsENI && inst.attachedENIs >= inst.maxTaskENIs ? PlacementVerdict(check: .eni) : nil
    case .memberOf:
      for (i, q) in p.memberOf.enumerated() where !q.matches(inst) { return PlacementVerdict(check: .memberOf, shortfall: .memberOf(i)) }
      return nil
    case .distinctInstance:
      return p.distinct && p.group.count(on: inst) > 0 ? PlacementVerdict(check: .distinctInstance) : nil
    }
  }

  /// The capacity-stage test of this filter on a capacity row (true for filters of other
  /// stages): the one definition of the CPU, memory and dynamic-port rules.
  @inline(__always)
  func admits(_ row: InstanceCapacity, needed: InstanceCapacity) -> Bool {
    switch self {
    case .cpu: return row.cpu >= needed.cpu
    case .memory: return row.memory >= needed.memory
    case .dynamicTCPPorts: return row.freeDynamicTCP >= needed.freeDynamicTCP
    default: return true
    }
  }

  /// Every capacity-stage filter on one row: what the fast path asks of each candidate.
  @inline(__always)
  static func admitAll(_ row: InstanceCapacity, needed: InstanceCapacity) -> Bool {
    PlacementFilter.cpu.admits(row, needed: needed) && PlacementFilter.memory.admits(row, needed: needed)
      && PlacementFilter.dynamicTCPPorts.admits(row, needed: needed)
  }
}
