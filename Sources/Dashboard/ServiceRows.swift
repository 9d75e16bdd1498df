import ECSSim
import TerminalUI

/// RUNNING and PENDING-side task counts (the engine's `runningCount` and `pendingCount`), taken
/// when the rows are built so that a service line and its deployment lines always add up on the
/// same frame. They change only when a task changes state, which the engine reports as an event,
/// and an event makes the rows rebuild (`WorldRows.version`).
struct TaskCounts: Equatable {
  var running: Int
  var pending: Int
}

/// A line of the Services pane: a service, then one line per deployment under it.
enum ServiceLine {
  case service(Service, TaskCounts)
  case deployment(Service, Deployment, TaskCounts)

  var service: Service {
    switch self {
    case .service(let s, _), .deployment(let s, _, _): s
    }
  }
}

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
        let counts = s.deployments.map { TaskCounts(running: $0.runningCount, pending: $0.pendingCount) }
        // The service's counts are its deployments' sums, as the engine's Service defines them.
        let total = counts.reduce(TaskCounts(running: 0, pending: 0)) {
          TaskCounts(running: $0.running + $1.running, pending: $0.pending + $1.pending)
        }
        lines.append(.service(s, total))
        for (d, c) in zip(s.deployments, counts) { lines.append(.deployment(s, d, c)) }
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
    case .service(let s, _): "svc:\(s.clusterName)/\(s.name)"
    case .deployment(let s, let d, _): "dep:\(s.clusterName)/\(s.name)/\(d.id)"
    }
  }

  /// `healthy ≥ 4 · total ≤ 8`: minimumHealthyPercent and maximumPercent as task counts.
  static func boundsText(_ s: Service) -> String {
    let b = s.bounds
    return "healthy ≥ \(b.lower) · total ≤ \(b.upper)"
  }

  /// True when the service has one COMPLETED deployment and every count matches.
  static func isSteady(_ s: Service, _ counts: TaskCounts) -> Bool {
    s.deployments.count == 1 && s.primary.rolloutState == .completed && counts.running == s.desiredCount
      && counts.pending == 0
  }

  static let format = RowFormat<ServiceLine>(
    id: id,
    row: { line, ctx in
      let t = ctx.theme
      switch line {
      case .service(let s, let counts):
        let steady = isSteady(s, counts)
        let warning = s.cannotPlaceTasks ? "⚠ unplaced" : s.failingHealthChecks ? "⚠ unhealthy" : nil
        let state = s.status != .active ? s.status.rawValue : steady ? "✓ steady" : warning ?? "◌ deploying"
        return TableRow(
          [s.name, "\(s.desiredCount)", "\(counts.running)", "\(counts.pending)", boundsText(s), state],
          style: t[.text].adding(.bold),
          cellStyles: [nil, nil, nil, counts.pending > 0 ? t[.statusPending] : nil, t[.muted],
                       t[steady ? .statusHealthy : warning != nil ? .statusWarning : .statusPending]])
      case .deployment(_, let d, let counts):
        // `└ web:2` under its service; `PRIMARY ██████░░░░ 4/6` (the new tasks) or `ACTIVE …` (the
        // old ones being replaced) in the bounds column; the rolloutState last.
        let running = counts.running
        let ratio = d.desiredCount > 0 ? Double(running) / Double(d.desiredCount) : (running == 0 ? 1 : 0)
        let label = d.status.rawValue + String(repeating: " ", count: max(1, 8 - d.status.rawValue.count))
        let progress = label + Format.bar(ratio, width: 10, glyphs: ctx.glyphs) + " \(running)/\(d.desiredCount)"
        let stateRole: StyleRole = switch d.rolloutState {
        case .completed: .statusHealthy
        case .failed: .statusUnhealthy
        case .inProgress: .statusPending
        }
        return TableRow(
          [" └ " + d.taskDefinition.familyRevision, "\(d.desiredCount)", "\(running)", "\(counts.pending)", progress,
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
      default: return .text(isSteady(s, TaskCounts(running: s.runningCount, pending: s.pendingCount)) ? "steady" : "deploying")
      }
    },
    counted: { if case .service = $0 { true } else { false } })
}
