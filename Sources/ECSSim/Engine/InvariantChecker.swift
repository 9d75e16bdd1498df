/// The world's invariants as code (docs/architecture.md §5.5): checked after every event in tests.
///
/// Each check recomputes from the tasks what the engine keeps incrementally (counters, free
/// resources, held ports), so a bookkeeping slip anywhere shows up as a named violation.
public enum InvariantChecker {
  public static func check(_ sim: Simulator) -> [String] {
    var out: [String] = []
    for inst in sim.instances {
      let live = inst.tasks.filter { $0.lastStatus != .stopped }
      let cpu = live.reduce(0) { $0 + $1.cpu }, mem = live.reduce(0) { $0 + $1.memory }
      let name = "container instance \(inst.ec2InstanceId)"
      if inst.remainingCPU != inst.registeredCPU - cpu { out.append("\(name): remaining CPU \(inst.remainingCPU) ≠ registered \(inst.registeredCPU) − tasks \(cpu)") }
      if inst.remainingMemory != inst.registeredMemory - mem { out.append("\(name): remaining MEMORY \(inst.remainingMemory) ≠ registered \(inst.registeredMemory) − tasks \(mem)") }
      if inst.remainingCPU < 0 || inst.remainingMemory < 0 { out.append("\(name): over-committed (CPU \(inst.remainingCPU), MEMORY \(inst.remainingMemory))") }
      var seen: Set<Int> = []
      for t in live {
        for p in t.heldTCP {
          if !seen.insert(p).inserted { out.append("\(name): host port \(p) held twice") }
          if inst.config.reservedPorts.contains(p) { out.append("\(name): task \(t.id.hex) holds reserved port \(p)") }
        }
      }
      let dyn = live.flatMap { $0.heldTCP }.filter { p in !live.contains { $0.heldStaticTCP.contains(p) } }
      for p in dyn where !inst.config.dynamicHostPortRange.contains(p) { out.append("\(name): dynamic port \(p) outside \(inst.config.dynamicHostPortRange)") }
      if !inst.staticTCP.isEmpty || !inst.staticUDP.isEmpty, inst.reservedPortCount > ContainerInstance.maximumReservedPorts {
        out.append("\(name): \(inst.reservedPortCount) reserved ports, more than \(ContainerInstance.maximumReservedPorts)")
      }
      let running = inst.tasks.filter { $0.desiredStatus == .running }.count
      if running != inst.runningTasksCount { out.append("\(name): runningTasksCount \(inst.runningTasksCount) ≠ \(running)") }
      let pending = inst.tasks.filter { $0.lastStatus == .pending }.count
      if pending != inst.pendingTasksCount { out.append("\(name): pendingTasksCount \(inst.pendingTasksCount) ≠ \(pending)") }
      if inst.status == .inactive && !live.isEmpty && inst.ec2Running { out.append("\(name): INACTIVE with live tasks") }
      if inst.attachedENIs > inst.maxTaskENIs { out.append("\(name): \(inst.attachedENIs) task ENIs > \(inst.maxTaskENIs)") }
    }
    for c in sim.clusters.values {
      let tasks = sim.tasks.filter { $0.clusterName == c.name }
      let running = tasks.filter { $0.lastStatus == .running }.count
      let pending = tasks.filter { $0.lastStatus == .pending }.count
      let registered = c.instances.filter { $0.status == .active || $0.status == .draining }.count
      if running != c.runningTasksCount { out.append("cluster \(c.name): runningTasksCount \(c.runningTasksCount) ≠ \(running)") }
      if pending != c.pendingTasksCount { out.append("cluster \(c.name): pendingTasksCount \(c.pendingTasksCount) ≠ \(pending)") }
      if registered != c.registeredContainerInstancesCount { out.append("cluster \(c.name): registeredContainerInstancesCount \(c.registeredContainerInstancesCount) ≠ \(registered)") }
    }
    for t in sim.tasks {
      if t.lastStatus == .stopped && t.desiredStatus != .stopped { out.append("task \(t.id.hex): STOPPED but desired RUNNING") }
      if t.lastStatus == .stopped && t.stopCode == nil { out.append("task \(t.id.hex): STOPPED without a stopCode") }
      if t.lastStatus == .running && t.containers.contains(where: { $0.essential && $0.lastStatus == .stopped }) && t.desiredStatus == .running {
        out.append("task \(t.id.hex): an essential container stopped but the task's desired status is RUNNING")
      }
      if t.lastStatus != .stopped, let host = t.containerInstance, !host.tasks.contains(where: { $0 === t }) {
        out.append("task \(t.id.hex): not listed on its instance")
      }
    }
    for tg in sim.targetGroups.values {
      for target in tg.targets {
        let t = target.task
        let draining = target.health.state == .draining
        if !draining && t.lastStatus != .running && target.health.state != .unused {
          out.append("target group \(tg.name): target \(target.id):\(target.port) for task \(t.id.hex) which is \(t.lastStatus.rawValue)")
        }
        if t.lastStatus == .stopped { out.append("target group \(tg.name): target \(target.id):\(target.port) for a STOPPED task") }
      }
    }
    for c in sim.clusters.values {
      for s in c.serviceOrder {
        for d in s.deployments {
          for t in d.tasks where t.lastStatus == .stopped || t.service !== s {
            out.append("service \(s.name): deployment \(d.id) lists task \(t.id.hex) (\(t.lastStatus.rawValue))")
          }
          let running = d.tasks.filter { $0.desiredStatus == .running && $0.lastStatus == .running }.count
          let pending = d.tasks.filter { $0.desiredStatus == .running && $0.lastStatus < .running }.count
          if running != d.runningTaskCount || pending != d.pendingTaskCount {
            out.append("service \(s.name): deployment \(d.id) counts \(d.runningTaskCount) running / \(d.pendingTaskCount) pending, its tasks say \(running) / \(pending)")
          }
        }
        if s.schedulingStrategy == .replica, s.status == .active, s.scheduledAbove {
          out.append("service \(s.name): started a task above its upper bound \(s.bounds.upper)")
        }
        if s.status == .active && s.schedulingStrategy == .replica && s.stoppedBelowLowerBound {
          out.append("service \(s.name): stopped a healthy task below its lower bound \(s.bounds.lower)")
        }
      }
    }
    return out
  }
}
