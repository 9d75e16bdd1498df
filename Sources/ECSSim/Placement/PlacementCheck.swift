/// How far an instance got through the filters, in ECS's order; the furthest one is the
/// "closest matching" instance a failure names. Several filters can stop at the same check
/// (static and dynamic TCP ports and the reserved-port limit all report `.ports`).
enum PlacementCheck: Int, Comparable {
  case agent, attribute, cpu, memory, ports, portsUDP, eni, memberOf, distinctInstance, ok

  static func < (a: PlacementCheck, b: PlacementCheck) -> Bool { a.rawValue < b.rawValue }

  /// The RunTask `failures[].reason` for an instance that stopped at this check.
  /// AGENT and RESOURCE:* are ECS's documented reasons; ATTRIBUTE, RESOURCE:PORTS_UDP and
  /// RESOURCE:ENI are ecsim's choices (docs/ecs/placement.md §5); the constraint texts
  /// follow the "MemberOf placement constraint unsatisfied" wording of
  /// docs/ecs/task-lifecycle.md §3 [U].
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
