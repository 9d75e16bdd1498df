import ECSSim

/// `d` and `w`: the selected row as ECS JSON (the shape `aws ecs describe-*` prints), and the
/// engine's own explanation of why it is the way it is.
struct Inspector {
  let sim: Simulator

  func service(fromRowID id: String) -> Service? {
    guard id.hasPrefix("svc:") || id.hasPrefix("dep:") else { return nil }
    let parts = id.dropFirst(4).split(separator: "/", maxSplits: 2).map(String.init)
    guard parts.count >= 2 else { return nil }
    return sim.clusters[parts[0]]?.services[parts[1]]
  }

  func target(fromRowID id: String) -> RegisteredTarget? {
    let parts = id.split(separator: ":").map(String.init)
    guard parts.first == "tgt", parts.count >= 6, let tg = sim.targetGroups[parts[3]] else { return nil }
    return tg.targets.first { $0.id == parts[4] && String($0.port) == parts[5] }
  }

  func describe(_ pane: PaneKind, _ id: String) -> (String, JSONValue)? {
    switch pane {
    case .clusters:
      guard let c = sim.clusters[id] else { return nil }
      return ("describe-clusters \(c.name)", Describer(sim).clusterJSON(c))
    case .services:
      guard let s = service(fromRowID: id) else { return nil }
      return ("describe-services \(s.name)", Describer(sim).serviceJSON(s))
    case .instances:
      guard let i = sim.containerInstance(id) else { return nil }
      return ("describe-container-instances \(i.ec2InstanceId)", Describer(sim).containerInstanceJSON(i))
    case .tasks:
      guard let t = sim.task(id) else { return nil }
      return ("describe-tasks \(t.id.hex.prefix(8))…", Describer(sim).taskJSON(t))
    case .targets:
      guard let t = target(fromRowID: id) else { return nil }
      return ("describe-target-health \(t.group.name)", Describer(sim).targetHealthJSON(t.group))
    case .events:
      return nil
    }
  }

  func explain(_ pane: PaneKind, _ id: String) -> (String, [String])? {
    let e: Explanation
    switch pane {
    case .tasks:
      guard let t = sim.task(id) else { return nil }
      e = Explainer(sim).explain(task: t)
    case .services:
      guard let s = service(fromRowID: id) else { return nil }
      e = Explainer(sim).explain(service: s)
    case .instances:
      guard let i = sim.containerInstance(id) else { return nil }
      e = Explainer(sim).explain(containerInstance: i)
    case .targets:
      guard let t = target(fromRowID: id) else { return nil }
      e = Explainer(sim).explain(task: t.task)
    case .clusters, .events:
      return nil
    }
    var lines: [String] = e.summary.isEmpty ? [] : [e.summary]
    if !e.reasons.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines += e.reasons.map { "• " + $0 }
    }
    // Never an empty box: say that there is nothing to say.
    if lines.isEmpty { lines = ["The engine gives no explanation for \(e.subject)."] }
    return ("Why? " + e.subject, lines)
  }
}
