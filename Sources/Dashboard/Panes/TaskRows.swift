import ECSSim
import TerminalUI

/// Tasks: id, family:revision, lastStatus → desiredStatus, health, host or ENI IP, port
/// mappings (container → host), age; stop code and reason for stopped ones.
enum TaskRows {
  static func items(_ sim: Simulator, _ scope: Scope) -> [ECSTask] {
    switch scope {
    case .all: return sim.tasks
    case .cluster(let c): return sim.tasks.filter { $0.clusterName == c }
    case .service(let c, let name):
      return sim.tasks.filter { $0.clusterName == c && $0.service?.name == name }
    case .instance(_, let arn, _): return sim.tasks.filter { $0.containerInstance?.arn == arn }
    }
  }

  static func statusText(_ t: ECSTask) -> String {
    if t.lastStatus.rawValue == t.desiredStatus.rawValue { return t.lastStatus.rawValue }
    return "\(t.lastStatus.rawValue) → \(t.desiredStatus.rawValue)"
  }

  static func statusRole(_ t: ECSTask) -> StyleRole {
    if t.lastStatus == .stopped { return .statusStopped }
    if t.desiredStatus == .stopped { return .statusDraining }
    return t.lastStatus == .running ? .statusRunning : .statusPending
  }

  static func healthText(_ t: ECSTask) -> String {
    switch t.healthStatus {
    case .healthy: "✓ HEALTHY"
    case .unhealthy: "✗ UNHEALTHY"
    case .unknown: "? UNKNOWN"
    }
  }

  static func host(_ t: ECSTask) -> String {
    if let eni = t.eni { return eni.privateIPv4Address }
    return t.containerInstance?.ec2InstanceId ?? "—"
  }

  /// `8080→32768` per binding; awsvpc tasks have no bindings: their container ports are on the
  /// ENI's own address (`8080 (ENI)`).
  static func ports(_ t: ECSTask) -> String {
    var parts: [String] = []
    for c in t.containers {
      for b in c.networkBindings { parts.append("\(b.containerPort)→\(b.hostPort)") }
    }
    if parts.isEmpty && t.networkMode == .awsvpc {
      for c in t.containers { for p in c.definition.portMappings { parts.append("\(p.containerPort) (ENI)") } }
    }
    return parts.joined(separator: ",")
  }

  /// `EssentialContainerExited: Essential container in task exited (web exit 1)`.
  static func stopped(_ t: ECSTask) -> String {
    guard t.lastStatus == .stopped || t.desiredStatus == .stopped else { return "" }
    var s = [t.stopCode?.rawValue, t.stoppedReason].compactMap { $0 }.joined(separator: ": ")
    let exits = t.containers.compactMap { c in c.exitCode.map { "\(c.name) exit \($0)" } }
    if !exits.isEmpty { s += " (" + exits.joined(separator: ", ") + ")" }
    return s
  }

  static let format = RowFormat<ECSTask>(
    id: { $0.id.hex },
    row: { task, ctx in
      let t = ctx.theme
      let healthRole: StyleRole = switch task.healthStatus {
      case .healthy: .statusHealthy
      case .unhealthy: .statusUnhealthy
      case .unknown: .muted
      }
      return TableRow(
        [
          Format.short(task.id), task.familyRevision, statusText(task), healthText(task), host(task), ports(task),
          Format.age(ctx.sim.now - task.createdAt), stopped(task),
        ],
        style: t[task.lastStatus == .stopped ? .muted : .text],
        cellStyles: [nil, nil, t[statusRole(task)], t[healthRole], nil, nil, t[.muted], t[.statusStopped]])
    },
    sortKey: { task, column in
      switch column {
      case 0: .text(task.id.hex)
      case 1: .text(task.family + ":" + String(100_000 + task.revision))
      case 2: .number(Int64(task.lastStatus == .stopped ? 10 : task.desiredStatus == .stopped ? 5 : 0))
      case 3: .text(task.healthStatus.rawValue)
      case 4: .text(host(task))
      case 5: .text(ports(task))
      case 6: .number(-task.createdAt.milliseconds)
      default: .text(task.stoppedReason ?? "")
      }
    },
    matcher: { id in
      // Only the canonical (lower-case) form is a row's id; HexID also parses upper case.
      guard let hex = HexID(hex: id), hex.hex == id else { return { _ in false } }
      return { $0.id == hex }
    })
}
