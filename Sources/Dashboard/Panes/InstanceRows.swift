import ECSSim
import TerminalUI

/// Container instances: EC2 id, type, AZ, purchase option (Spot marked), status, agent, CPU and
/// memory reserved of registered, task count and host ports in use.
enum InstanceRows {
  static func items(_ sim: Simulator, _ scope: Scope) -> [ContainerInstance] {
    switch scope {
    case .all: sim.instances.filter { $0.status != .inactive }
    case .cluster(let c), .service(let c, _):
      (sim.clusters[c]?.instances ?? []).filter { $0.status != .inactive }
    case .instance(_, let arn, _): sim.instances.filter { $0.arn == arn }
    }
  }

  /// Host ports held on the instance: reserved, static and dynamic, TCP.
  static func portsInUse(_ i: ContainerInstance) -> [Int] {
    var ports: [Int] = []
    for t in i.tasks where t.lastStatus != .stopped {
      for c in t.containers { for b in c.networkBindings { ports.append(b.hostPort) } }
    }
    return ports.sorted()
  }

  static let format = RowFormat<ContainerInstance>(
    id: { $0.arn },
    row: { i, ctx in
      let t = ctx.theme
      let cpuUsed = i.registeredCPU - i.remainingCPU
      let memUsed = i.registeredMemory - i.remainingMemory
      let spot = i.purchaseOption == .spot
      let statusRole: StyleRole = switch i.status {
      case .active: .statusRunning
      case .draining: .statusDraining
      case .registering: .statusPending
      default: .statusStopped
      }
      let live = i.runningTasksCount + i.pendingTasksCount
      return TableRow(
        [
          i.ec2InstanceId, i.instanceType.name, i.availabilityZone, spot ? "⚡ Spot" : i.purchaseOption.rawValue,
          i.ec2Running ? i.status.rawValue : "GONE", i.agentConnected ? "✓ yes" : "✗ NO",
          Format.gauge(used: cpuUsed, of: i.registeredCPU, width: 8, glyphs: ctx.glyphs),
          Format.gauge(used: memUsed, of: i.registeredMemory, width: 8, glyphs: ctx.glyphs),
          "\(live)", Format.ports(portsInUse(i)),
        ],
        style: t[.text],
        cellStyles: [
          nil, nil, nil, spot ? t[.spot] : nil, t[statusRole], t[i.agentConnected ? .statusHealthy : .statusUnhealthy],
          t[Format.gaugeRole(used: cpuUsed, of: i.registeredCPU)], t[Format.gaugeRole(used: memUsed, of: i.registeredMemory)],
          nil, t[.muted],
        ])
    },
    sortKey: { i, column in
      switch column {
      case 0: .text(i.ec2InstanceId)
      case 1: .text(i.instanceType.name)
      case 2: .text(i.availabilityZone)
      case 3: .text(i.purchaseOption.rawValue)
      case 4: .text(i.status.rawValue)
      case 5: .number(i.agentConnected ? 1 : 0)
      case 6: .number(Int64(i.registeredCPU - i.remainingCPU))
      case 7: .number(Int64(i.registeredMemory - i.remainingMemory))
      case 8: .number(Int64(i.runningTasksCount + i.pendingTasksCount))
      default: .number(Int64(portsInUse(i).count))
      }
    })
}
