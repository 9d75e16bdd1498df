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

  /// The least an instance's capacity row must hold, in the row's own form, so the capacity
  /// filters compare like with like while placement scans the table.
  var capacityNeeded: InstanceCapacity {
    InstanceCapacity(cpu: Int32(clamping: cpu), memory: Int32(clamping: memory), freeDynamicTCP: Int32(clamping: dynamicTCP))
  }

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
