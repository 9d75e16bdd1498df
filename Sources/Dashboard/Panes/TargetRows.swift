import ECSSim
import TerminalUI

/// ALB port mappings: listener :80/:443 → target group → target (instance:hostPort or ip:port)
/// → task and containerPort, with the target's state and reason.
enum TargetRows {
  static func items(_ sim: Simulator, _ scope: Scope) -> [TargetLine] {
    var lines: [TargetLine] = []
    for lb in sim.loadBalancers.values {
      for l in lb.listeners {
        if let port = l.redirectToPort {
          if case .all = scope { lines.append(.listener(lb, l, group: "", note: "redirect → :\(port)")) }
          continue
        }
        guard let arn = l.targetGroupArn, let tg = sim.targetGroups.values.first(where: { $0.arn == arn }) else { continue }
        var any = false
        for target in tg.targets where inScope(target.task, scope) {
          lines.append(.target(lb, listenerPort: l.port, target))
          any = true
        }
        if !any, case .all = scope { lines.append(.listener(lb, l, group: tg.name, note: "(no targets)")) }
      }
    }
    return lines
  }

  static func inScope(_ t: ECSTask, _ scope: Scope) -> Bool {
    switch scope {
    case .all: true
    case .cluster(let c): t.clusterName == c
    case .service(let c, let name): t.clusterName == c && t.service?.name == name
    case .instance(_, let arn, _): t.containerInstance?.arn == arn
    }
  }

  static func id(_ line: TargetLine) -> String {
    switch line {
    case .target(let lb, let port, let t): "tgt:\(lb.name):\(port):\(t.group.name):\(t.id):\(t.port)"
    case .listener(let lb, let l, _, _): "lsn:\(lb.name):\(l.port)"
    }
  }

  /// The container port the target's host port maps to, from the task's bindings.
  static func containerPort(_ t: RegisteredTarget) -> Int {
    for c in t.task.containers {
      for b in c.networkBindings where b.hostPort == t.port { return b.containerPort }
    }
    return t.port
  }

  static func targetText(_ t: RegisteredTarget) -> String {
    t.group.targetType == "ip" ? "\(t.id):\(t.port)" : "\(t.id.prefix(10)):\(t.port)"
  }

  static func stateRole(_ s: TargetHealthState) -> StyleRole {
    switch s {
    case .healthy: .statusHealthy
    case .unhealthy: .statusUnhealthy
    case .initial: .statusPending
    case .draining: .statusDraining
    default: .muted
    }
  }

  static let format = RowFormat<TargetLine>(
    id: id,
    row: { line, ctx in
      let t = ctx.theme
      switch line {
      case .target(_, let listenerPort, let target):
        let h = target.health
        return TableRow(
          [
            ":\(listenerPort) →", target.group.name + " →", targetText(target) + " →",
            "\(Format.short(target.task.id)):\(containerPort(target))", h.state.rawValue, h.reason ?? "",
          ],
          style: t[.text],
          cellStyles: [nil, nil, nil, nil, t[stateRole(h.state)], t[.muted]])
      case .listener(_, let l, let group, let note):
        return TableRow([":\(l.port) →", group.isEmpty ? "" : group + " →", note], style: t[.muted])
      }
    },
    sortKey: { line, column in
      guard case .target(_, let listenerPort, let target) = line else { return .text("") }
      switch column {
      case 0: return .number(Int64(listenerPort))
      case 1: return .text(target.group.name)
      case 2: return .text(targetText(target))
      case 3: return .text(target.task.id.hex)
      case 4: return .text(target.health.state.rawValue)
      default: return .text(target.health.reason ?? "")
      }
    },
    counted: { lines in
      var n = 0
      for i in lines.indices { if case .target = lines[i] { n += 1 } }
      return n
    },
    matcher: matcher)

  /// Finds a line by id testing the target's port and id first, so only the few lines that
  /// pass are formatted and compared whole (30,000 targets would otherwise be 30,000 strings).
  static func matcher(_ id: String) -> (TargetLine) -> Bool {
    guard let colon = id.lastIndex(of: ":"), let port = Int(id[id.index(after: colon)...]) else {
      return { TargetRows.id($0) == id }
    }
    let head = id[..<colon]
    return { line in
      switch line {
      case .target(_, _, let t): t.port == port && head.hasSuffix(t.id) && TargetRows.id(line) == id
      case .listener: TargetRows.id(line) == id
      }
    }
  }
}
