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

extension Cluster {
  /// The group named `name`, created on first use.
  func group(_ name: String) -> TaskGroup {
    if let g = groups[name] { return g }
    let g = TaskGroup(name: name)
    groups[name] = g
    return g
  }
}
