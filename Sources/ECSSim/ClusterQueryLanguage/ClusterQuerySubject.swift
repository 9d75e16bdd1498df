/// What the cluster query language can ask of a container instance.
///
/// Placement evaluates `memberOf` expressions against live instances through this protocol, and
/// tests evaluate them against plain values, so the query code never sees the simulator.
public protocol ClusterQuerySubject {
  /// The attribute's value: nil when the instance lacks the attribute, `.some(nil)` when it has
  /// the attribute with no value (capability attributes such as `ecs.capability.task-eni`).
  func attributeValue(_ name: String) -> String??
  var ec2InstanceId: String { get }
  var agentConnected: Bool { get }
  /// e.g. `1.87.0`.
  var agentVersion: String { get }
  /// Registration time as `YYYY-MM-DDTHH:MM:SSZ` (compared as dates by `registeredAt`).
  var registeredAtISO: String { get }
  var runningTasksCount: Int { get }
  /// Task groups (`family:web`, `service:api`, a RunTask `group`) of the tasks on the instance
  /// that are not STOPPED.
  var taskGroups: [String] { get }
}
