import ECSSim
import TerminalUI

/// Services: desired / running / pending, the deployment bounds as numbers, and each deployment
/// with its task definition, counts, a progress bar and its rolloutState.
enum ServiceRows {
  static func items(_ sim: Simulator, _ scope: Scope) -> [ServiceLine] {
    var lines: [ServiceLine] = []
    for c in sim.clusters.values where c.status != .inactive {
      if let name = scope.clusterName, c.name != name { continue }
      for s in c.serviceOrder where s.status != .inactive {
        if case .service(_, let only) = scope, s.name != only { continue }
        if case .instance = scope, !s.liveTasks.contains(where: { $0.containerInstance?.arn == scopeInstanceArn(scope) }) {
          continue
        }
        lines.append(.service(s))
        for d in s.deployments { lines.append(.deployment(s, d)) }
      }
    }
    return lines
  }

  static func scopeInstanceArn(_ scope: Scope) -> String? {
    if case .instance(_, let arn, _) = scope { return arn }
    return nil
  }

  /// `svc:cluster/name` and `dep:cluster/name/ecs-svc/…`: a deployment keeps its row across ticks.
  static func id(_ line: ServiceLine) -> String {
    switch line {
    case .service(let s): "svc:\(s.clusterName)/\(s.name)"
    case .deployment(let s, let d): "dep:\(s.clusterName)/\(s.name)/\(d.id)"
    }
  }

  /// `healthy ≥ 4 · total ≤ 8`: minimumHealthyPercent and maximumPercent as task counts.
  static func boundsText(_ s: Service) -> String {
    let b = s.bounds
    return "healthy ≥ \(b.lower) · total ≤ \(b.upper)"
  }

  /// True when the service has one COMPLETED deployment and every count matches.
  static func isSteady(_ s: Service) -> Bool {
    s.deployments.count == 1 && s.primary.rolloutState == .completed && s.runningCount == s.desiredCount
      && s.pendingCount == 0
  }

  static let format = RowFormat<ServiceLine>(
    id: id,
    row: { line, ctx in
      let t = ctx.theme
      switch line {
      case .service(let s):
        let steady = isSteady(s)
        let warning = s.cannotPlaceTasks ? "⚠ unplaced" : s.failingHealthChecks ? "⚠ unhealthy" : nil
        let state = s.status != .active ? s.status.rawValue : steady ? "✓ steady" : warning ?? "◌ deploying"
        return TableRow(
          [s.name, "\(s.desiredCount)", "\(s.runningCount)", "\(s.pendingCount)", boundsText(s), state],
          style: t[.text].adding(.bold),
          cellStyles: [nil, nil, nil, s.pendingCount > 0 ? t[.statusPending] : nil, t[.muted],
                       t[steady ? .statusHealthy : warning != nil ? .statusWarning : .statusPending]])
      case .deployment(_, let d):
        // `└ web:2` under its service; `PRIMARY ██████░░░░ 4/6` (the new tasks) or `ACTIVE …` (the
        // old ones being replaced) in the bounds column; the rolloutState last.
        let running = d.runningCount
        let ratio = d.desiredCount > 0 ? Double(running) / Double(d.desiredCount) : (running == 0 ? 1 : 0)
        let label = d.status.rawValue + String(repeating: " ", count: max(1, 8 - d.status.rawValue.count))
        let progress = label + Format.bar(ratio, width: 10, glyphs: ctx.glyphs) + " \(running)/\(d.desiredCount)"
        let stateRole: StyleRole = switch d.rolloutState {
        case .completed: .statusHealthy
        case .failed: .statusUnhealthy
        case .inProgress: .statusPending
        }
        return TableRow(
          [" └ " + d.taskDefinition.familyRevision, "\(d.desiredCount)", "\(running)", "\(d.pendingCount)", progress,
           d.rolloutState.rawValue],
          style: t[.text],
          cellStyles: [nil, nil, nil, nil, t[d.status == .primary ? .progressNew : .progressOld], t[stateRole]])
      }
    },
    sortKey: { line, column in
      // Deployments stay under their service: sort by the service's key, then natural order.
      // Keys are taken once, when the rows are built, so the engine's own counts are cheap here.
      let s = line.service
      switch column {
      case 0: return .text(s.name)
      case 1: return .number(Int64(s.desiredCount))
      case 2: return .number(Int64(s.runningCount))
      case 3: return .number(Int64(s.pendingCount))
      case 4: return .number(Int64(s.bounds.lower))
      default: return .text(isSteady(s) ? "steady" : "deploying")
      }
    },
    counted: { lines in
      var n = 0
      for i in lines.indices { if case .service = lines[i] { n += 1 } }
      return n
    })
}
