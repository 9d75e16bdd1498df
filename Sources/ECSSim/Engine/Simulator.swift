import OrderedCollections

/// The simulated AWS account in one region: ECS clusters, EC2 container instances, tasks,
/// ECR repositories and IAM roles, on a virtual clock.
///
/// Deterministic by construction: time moves only through `advance(to:)`, randomness only
/// comes from the seeded generator, and every collection whose order reaches the output is
/// ordered. The same scenario, seed and commands give the same event log, byte for byte.
public final class Simulator {
  public let scenarioName: String
  public let seed: UInt64
  public let arns: ARNs
  /// Wall-clock time (Unix epoch milliseconds) that simulated time zero stands for.
  public let startEpochMilliseconds: Int64
  public internal(set) var now: SimTime = .zero
  var rng: SeededRandom

  public internal(set) var clusters: OrderedDictionary<String, Cluster> = [:]
  /// Every container instance ever registered, in registration order.
  public internal(set) var instances: [ContainerInstance] = []
  var instancesByID: [HexID: ContainerInstance] = [:]
  let capacity = CapacityTable()
  var instancesByEC2: [String: ContainerInstance] = [:]
  /// EC2 hosts launched but not registered (registration failed), by instance id.
  public internal(set) var unregisteredHosts: [String] = []
  /// Revisions per family, `[family][revision - 1]`.
  public internal(set) var taskDefinitions: OrderedDictionary<String, [TaskDefinition]> = [:]
  var taskSlots: [ECSTask?] = []
  var taskByID: [HexID: ECSTask] = [:]
  var emptySlots = 0
  public internal(set) var repositories: OrderedDictionary<String, Repository> = [:]
  public internal(set) var roles: OrderedDictionary<String, Role> = [:]
  public internal(set) var subnets: [Subnet] = []
  public internal(set) var securityGroups: OrderedDictionary<String, SecurityGroup> = [:]
  public internal(set) var loadBalancers: OrderedDictionary<String, LoadBalancer> = [:]
  public internal(set) var targetGroups: OrderedDictionary<String, TargetGroup> = [:]
  public internal(set) var schedules: OrderedDictionary<String, Schedule> = [:]
  public internal(set) var vpcId: String = ""
  public internal(set) var availabilityZones: [String] = []

  var queue = EventQueue<Timer>()
  var isAdvancing = false
  var events: [SimEvent] = []
  /// Off in benchmarks that measure the engine alone.
  public var recordsEvents = true
  /// When set, the invariant checker runs after every event and stops at the first violation.
  public var checksInvariants = false
  public internal(set) var invariantViolations: [String] = []

  enum Timer {
    case task(ECSTask, TaskStep)
    case timeline(TimelineEntry)
    case expire(ECSTask)
    /// Indirect: a booting host carries its whole agent config, and every queue entry is as
    /// large as the largest case.
    indirect case register(BootingHost)
    /// The end of a Spot interruption notice: EC2 reclaims the host.
    case spotReclaim(ContainerInstance)
    /// The service scheduler's pass over a dirty service.
    case reconcile(Service)
    /// A service task has run 40 seconds: it may now count as healthy.
    case taskAged(ECSTask)
    case healthProbe(RegisteredTarget)
    /// A probe got no answer within the timeout.
    case healthTimeout(RegisteredTarget)
    case targetDrained(RegisteredTarget)
    case scheduleFire(Schedule)
    /// A service event reported later (tasks stopped after their deregistration delay).
    indirect case serviceEvent(Service, String)
  }

  enum TaskStep {
    /// Payloads stay one word: every queued entry is as large as the largest case.
    case eniAttached, pullStart, pullDone, pullFailed, containersStarted
    case containerHealthy(Int), containerUnhealthy(Int), containerExit(Int)
    case agentStop, containerStopped(Int32, exitCode: Int32), deprovisioned, stopped

    /// The steps that move the task along its lifecycle (not one container's health or exit).
    var movesLifecycle: Bool {
      switch self {
      case .containerHealthy, .containerUnhealthy, .containerExit, .containerStopped: false
      default: true
      }
    }
  }

  init(name: String, seed: UInt64, region: String, account: String, startEpochMilliseconds: Int64) {
    scenarioName = name
    self.seed = seed
    rng = SeededRandom(seed: seed)
    arns = ARNs(region: region, account: account)
    self.startEpochMilliseconds = startEpochMilliseconds
  }

  // MARK: - Time

  /// The time of the next scheduled event, if any (the dashboard sleeps until then when idle).
  public var nextEventTime: SimTime? { queue.nextTime }

  /// Runs every event due up to `time`, in (time, sequence) order, and sets the clock to it.
  public func advance(to time: SimTime) {
    isAdvancing = true
    defer { isAdvancing = false }
    while let (t, timer) = queue.popDue(notAfter: time) {
      now = max(now, t)
      fire(timer)
      if checksInvariants { recordViolations() }
    }
    now = max(now, time)
  }

  public func advance(by span: SimTime) { advance(to: now + span) }

  func schedule(_ timer: Timer, after delay: SimTime) {
    if case .task(let task, let step) = timer, step.movesLifecycle { task.stepDue = now + delay }
    queue.schedule(timer, at: now + delay)
  }

  private func fire(_ timer: Timer) {
    switch timer {
    case .task(let task, let step): taskStep(task, step)
    case .expire(let task): expire(task)
    case .timeline(let entry): runTimeline(entry)
    case .register(let host): register(host)
    case .spotReclaim(let inst): if inst.ec2Running { hostGone(inst, code: .spotInterruption) }
    case .reconcile(let s): reconcile(s)
    case .taskAged(let t): if let s = t.service { refreshHealth(t); requestReconcile(s) }
    case .healthProbe(let t): healthProbe(t.group, t)
    case .healthTimeout(let t): healthResult(t.group, t, .timeout)
    case .targetDrained(let t): targetDrained(t.group, t)
    case .scheduleFire(let s): fireSchedule(s)
    case .serviceEvent(let s, let m): serviceEvent(s, m)
    }
  }

  func recordViolations() {
    let found = InvariantChecker.check(self)
    if !found.isEmpty { invariantViolations.append(contentsOf: found.map { "\(now.clock): \($0)" }) }
  }

  // MARK: - Events

  func emit(_ kind: SimEvent.Kind, _ fields: [(String, String)] = [], message: String? = nil, output: JSONValue? = nil) {
    guard recordsEvents else { return }
    events.append(SimEvent(time: now, kind: kind, fields: fields, message: message, output: output))
  }

  /// Hands over the events recorded since the last call.
  public func drainEvents() -> [SimEvent] {
    defer { events.removeAll(keepingCapacity: true) }
    return events
  }

  // MARK: - Lookups

  /// Tasks known to the API (not yet expired), in creation order.
  public var tasks: [ECSTask] { taskSlots.compactMap { $0 } }

  public func task(id: HexID) -> ECSTask? { taskByID[id] }

  public var liveTaskCount: Int { taskByID.count }

  func addTask(_ task: ECSTask) {
    task.slot = taskSlots.count
    taskSlots.append(task)
    taskByID[task.id] = task
  }

  /// Forgets an expired task. Its slot is emptied in place; when more than half the slots are
  /// empty they are compacted (renumbering the survivors), so removal stays O(1) amortized.
  func removeTask(_ task: ECSTask) {
    guard taskByID.removeValue(forKey: task.id) != nil else { return }
    taskSlots[task.slot] = nil
    emptySlots += 1
    if emptySlots > 1024 && emptySlots * 2 > taskSlots.count {
      taskSlots.removeAll { $0 == nil }
      for (i, t) in taskSlots.enumerated() { t?.slot = i }
      emptySlots = 0
    }
  }

  /// A cluster by name or ARN; `default` when nil, as the API does.
  public func cluster(_ nameOrArn: String?) throws(ECSError) -> Cluster {
    let key = nameOrArn.map(Simulator.lastPathComponent) ?? "default"
    guard let c = clusters[key], c.status != .inactive else { throw .clusterNotFound }
    return c
  }

  /// A container instance by id, ARN or EC2 instance id.
  public func containerInstance(_ ref: String) -> ContainerInstance? {
    if let i = instancesByEC2[ref] { return i }
    if let id = HexID(hex: Simulator.lastPathComponent(ref)) { return instancesByID[id] }
    return nil
  }

  /// A task by id or ARN.
  public func task(_ ref: String) -> ECSTask? {
    HexID(hex: Simulator.lastPathComponent(ref)).flatMap { taskByID[$0] }
  }

  /// `family`, `family:revision` or an ARN → the revision; bare `family` is the latest ACTIVE.
  public func taskDefinition(_ ref: String) -> TaskDefinition? {
    var text = ref
    if text.hasPrefix("arn:") { text = Simulator.lastPathComponent(text) }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard let revs = taskDefinitions[String(parts[0])] else { return nil }
    if parts.count == 1 { return revs.last { $0.status == .active } }
    guard parts.count == 2, let r = Int(parts[1]), r >= 1, r <= revs.count else { return nil }
    return revs[r - 1]
  }

  static func lastPathComponent(_ s: String) -> String {
    if let slash = s.lastIndex(of: "/") { return String(s[s.index(after: slash)...]) }
    return s
  }

  // MARK: - Time formatting

  /// ISO 8601 in the AWS CLI's shape, e.g. `2026-01-05T09:00:12.345000+00:00`.
  public func timestamp(_ t: SimTime) -> String {
    Timestamp.iso(epochMilliseconds: startEpochMilliseconds + t.milliseconds, fractional: true)
  }
}
