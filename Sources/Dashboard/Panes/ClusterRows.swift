import ECSSim
import TerminalUI

/// Clusters: counts as DescribeClusters reports them, and CPU / memory reserved of registered.
enum ClusterRows {
  static func items(_ sim: Simulator, _ scope: Scope) -> [Cluster] {
    let all = sim.clusters.values.filter { $0.status != .inactive }
    guard let name = scope.clusterName else { return Array(all) }
    return all.filter { $0.name == name }
  }

  /// Reserved and registered CPU units and MiB over the cluster's ACTIVE and DRAINING instances.
  static func reservation(_ c: Cluster) -> (cpu: Int, cpuTotal: Int, mem: Int, memTotal: Int) {
    var r = (cpu: 0, cpuTotal: 0, mem: 0, memTotal: 0)
    for i in c.instances where i.status == .active || i.status == .draining {
      r.cpuTotal += i.registeredCPU
      r.cpu += i.registeredCPU - i.remainingCPU
      r.memTotal += i.registeredMemory
      r.mem += i.registeredMemory - i.remainingMemory
    }
    return r
  }

  static let format = RowFormat<Cluster>(
    id: { $0.name },
    row: { c, ctx in
      let r = reservation(c)
      let t = ctx.theme
      return TableRow(
        [
          c.name, c.status.rawValue, "\(c.registeredContainerInstancesCount)", "\(c.runningTasksCount)",
          "\(c.pendingTasksCount)", "\(c.activeServicesCount)",
          Format.gauge(used: r.cpu, of: r.cpuTotal, width: 2, glyphs: ctx.glyphs),
          Format.gauge(used: r.mem, of: r.memTotal, width: 2, glyphs: ctx.glyphs),
        ],
        style: t[.text],
        cellStyles: [
          nil, t[c.status == .active ? .statusRunning : .statusStopped], nil, nil,
          c.pendingTasksCount > 0 ? t[.statusPending] : nil, nil,
          t[Format.gaugeRole(used: r.cpu, of: r.cpuTotal)], t[Format.gaugeRole(used: r.mem, of: r.memTotal)],
        ])
    },
    sortKey: { c, column in
      switch column {
      case 0: .text(c.name)
      case 1: .text(c.status.rawValue)
      case 2: .number(Int64(c.registeredContainerInstancesCount))
      case 3: .number(Int64(c.runningTasksCount))
      case 4: .number(Int64(c.pendingTasksCount))
      case 5: .number(Int64(c.activeServicesCount))
      case 6: .number(Int64(reservation(c).cpu))
      default: .number(Int64(reservation(c).mem))
      }
    })
}
