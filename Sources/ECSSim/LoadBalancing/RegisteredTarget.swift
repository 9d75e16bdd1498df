import OrderedCollections

/// One registered target: an instance and host port (bridge/host tasks) or an IP and port
/// (awsvpc tasks), with its health as the ALB sees it.
public final class RegisteredTarget {
  /// `i-…` or the task ENI's IP.
  public let id: String
  public let port: Int
  public let availabilityZone: String
  public let task: ECSTask
  public let group: TargetGroup
  public internal(set) var tracker: TargetHealthTracker
  public let registeredAt: SimTime
  /// Probes sent so far (probe n goes out n × interval after registration).
  var probes = 0
  /// The container whose port the target is.
  var containerIndex = 0
  /// Position in its group's `targets` (removal swaps the last target in).
  var slot = 0
  /// Fixed while the task runs, so worked out once: whether the load balancer's security groups
  /// reach the health-check port, when the program starts answering, and what it answers.
  var reachable = true
  var readyAt = SimTime.zero
  var answer = 200

  init(id: String, port: Int, availabilityZone: String, task: ECSTask, group: TargetGroup, at time: SimTime) {
    self.id = id; self.port = port; self.availabilityZone = availabilityZone; self.task = task; self.group = group
    tracker = TargetHealthTracker(settings: group.healthCheck)
    registeredAt = time
  }

  public var health: TargetHealth { tracker.health }
}
