/// A task group of one cluster (`family:web`, `service:api`, or a RunTask `group`), with the
/// live-task counts placement reads for every copy it places.
///
/// Tasks, instances and placement hold the group itself rather than its name, so counting a
/// task in or out is pointer work, not string hashing.
final class TaskGroup: Hashable {
  let name: String
  /// Live Fargate tasks of the group per AZ (Fargate spreads a group over AZs itself).
  var fargateAZCounts: [String: Int] = [:]
  /// Per-value counts for the attributes a spread strategy asked about.
  var trackers: [SpreadTracker] = []
  /// Live tasks of the group per instance, by instance ordinal (spread by instance and
  /// distinctInstance read this for every candidate, so it is an array, not a dictionary).
  private var perInstance: [Int32] = []

  func count(on inst: ContainerInstance) -> Int { count(ordinal: inst.ordinal) }

  func count(ordinal: Int) -> Int { ordinal < perInstance.count ? Int(perInstance[ordinal]) : 0 }

  func add(_ delta: Int, on inst: ContainerInstance) {
    if inst.ordinal >= perInstance.count {
      perInstance.append(contentsOf: repeatElement(0, count: inst.ordinal + 1 - perInstance.count))
    }
    perInstance[inst.ordinal] += Int32(delta)
  }

  init(name: String) { self.name = name }

  static func == (a: TaskGroup, b: TaskGroup) -> Bool { a === b }
  func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(self)) }

  func tracker(_ attribute: String) -> SpreadTracker? { trackers.first { $0.attribute == attribute } }
}

/// Live tasks of one group per value of one instance attribute (e.g. per AZ), kept up to date
/// as tasks start and stop once a spread strategy has asked for it.
final class SpreadTracker {
  let attribute: String
  private var valueIDs: [String: Int] = [:]
  private(set) var values: [String] = []
  private(set) var counts: [Int] = []
  /// Each instance's value id, by ordinal (-1: not looked up yet).
  private var instanceValue: [Int] = []

  init(attribute: String) { self.attribute = attribute }

  func valueID(_ value: String) -> Int {
    if let id = valueIDs[value] { return id }
    valueIDs[value] = values.count
    values.append(value)
    counts.append(0)
    return values.count - 1
  }

  func valueID(of inst: ContainerInstance) -> Int {
    if inst.ordinal < instanceValue.count, instanceValue[inst.ordinal] >= 0 { return instanceValue[inst.ordinal] }
    if inst.ordinal >= instanceValue.count {
      instanceValue.append(contentsOf: repeatElement(-1, count: inst.ordinal + 1 - instanceValue.count))
    }
    let id = valueID((inst.attribute(attribute) ?? nil) ?? "")
    instanceValue[inst.ordinal] = id
    return id
  }

  func add(_ delta: Int, on inst: ContainerInstance) { counts[valueID(of: inst)] += delta }

  func count(of value: String) -> Int { valueIDs[value].map { counts[$0] } ?? 0 }

  /// Recounts from the instances (after an attribute changed under live tasks).
  func rebuild(_ group: TaskGroup, _ cluster: Cluster) {
    valueIDs = [:]; values = []; counts = []; instanceValue = []
    for inst in cluster.instances {
      let n = group.count(on: inst)
      if n > 0 { add(n, on: inst) }
    }
  }
}

extension Cluster {
  /// The group named `name`, created on first use.
  func group(_ name: String) -> TaskGroup {
    if let g = groups[name] { return g }
    let g = TaskGroup(name: name)
    groups[name] = g
    return g
  }
}
