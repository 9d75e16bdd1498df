import OrderedCollections

/// The "why" view (docs/ux-conventions.md §3.5): why a task is where it is in its lifecycle, why a
/// service is not steady, why a container instance still holds tasks.
///
/// Every line comes from state the engine keeps or recorded when it decided: the placement
/// filter chain's verdict on the closest instance (`Service.lastPlacementFailure`), the service
/// scheduler's last pass (`Service.lastDecision`), target and container health, and the time of
/// each task's next lifecycle step (`Task.stepDue`). Nothing here re-runs a check; explaining is
/// read-only and draws no random numbers, so it never changes the simulation.
///
/// Wording: ECS terms as docs/ecs/ uses them (lastStatus, stopCode, minimumHealthyPercent,
/// target group reason codes); task ids shortened to 8 hex digits as the event log does; EC2
/// instance ids in full (fixed ids in teaching scenarios share their first digits); times on
/// the simulated clock (`SimTime.clock`).
///
/// A type of its own, not a `Simulator` extension, so what it reads of the engine is the short
/// list of forwarding members below, and it cannot call anything that changes the world.
public struct Explainer {
  let sim: Simulator

  public init(_ sim: Simulator) { self.sim = sim }

  // What the explanations read of the engine.
  var now: SimTime { sim.now }
  var clusters: OrderedDictionary<String, Cluster> { sim.clusters }
  var tasks: [ECSTask] { sim.tasks }
  var instances: [ContainerInstance] { sim.instances }
  func task(_ ref: String) -> ECSTask? { sim.task(ref) }
  func containerInstance(_ ref: String) -> ContainerInstance? { sim.containerInstance(ref) }
  var repositories: OrderedDictionary<String, Repository> { sim.repositories }
  /// The service scheduler's own health rule, so "why" and the scheduler cannot disagree.
  func unhealthyReason(_ t: ECSTask, _ s: Service) -> String? { sim.unhealthyReason(t, s) }
  /// The stop timeout the lifecycle applies to this container.
  func stopTimeout(_ t: ECSTask, _ c: Container) -> SimTime { sim.stopTimeout(t, c) }

  // MARK: - Any reference

  /// Explains what `ref` names: a task (id, ARN or a unique id prefix of at least 4 digits), a
  /// container instance (id, ARN, EC2 instance id or unique id prefix), or a service
  /// (`cluster/service`, a service ARN, or a service name in the `default` cluster).
  public func explain(_ ref: String) -> Explanation? {
    let text = ref.trimmingSpaces
    guard !text.isEmpty else { return nil }
    if let t = task(text) { return explain(task: t) }
    if let i = containerInstance(text) { return explain(containerInstance: i) }
    if let s = serviceNamed(text) { return explain(service: s) }
    let hex = text.lowercased()
    guard hex.count >= 4, hex.count < 32, hex.allSatisfy({ $0.isHexDigit }) else { return nil }
    let tasks = self.tasks.filter { $0.id.hex.hasPrefix(hex) }
    if tasks.count == 1 { return explain(task: tasks[0]) }
    let insts = instances.filter { $0.id.hex.hasPrefix(hex) }
    if tasks.isEmpty && insts.count == 1 { return explain(containerInstance: insts[0]) }
    return nil
  }

  func serviceNamed(_ text: String) -> Service? {
    var path = Substring(text)
    if text.hasPrefix("arn:") {
      guard let r = text.firstRange(of: ":service/") else { return nil }
      path = text[r.upperBound...]
    }
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    switch parts.count {
    case 1: return clusters["default"]?.services[String(parts[0])]
    case 2: return clusters[String(parts[0])]?.services[String(parts[1])]
    default: return nil
    }
  }

  /// `task 5c3f1a2b (web:2)`.
  func label(_ t: ECSTask) -> String { "task \(t.id.hex.prefix(8)) (\(t.familyRevision))" }

  func clock(_ t: SimTime?) -> String { t?.clock ?? "an unknown time" }

  func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
