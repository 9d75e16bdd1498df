import OrderedCollections

/// An Application Load Balancer: its subnets decide the AZs it serves, its security groups are
/// what targets must let in.
public final class LoadBalancer {
  public let name: String
  public let arn: String
  public let dnsName: String
  public let scheme: String
  public let subnets: [String]
  public let availabilityZones: [String]
  public let securityGroups: [String]
  public internal(set) var listeners: [Listener] = []
  public let createdAt: SimTime

  init(name: String, arn: String, dnsName: String, scheme: String, subnets: [String], availabilityZones: [String], securityGroups: [String], createdAt: SimTime) {
    self.name = name; self.arn = arn; self.dnsName = dnsName; self.scheme = scheme; self.subnets = subnets
    self.availabilityZones = availabilityZones; self.securityGroups = securityGroups; self.createdAt = createdAt
  }
}

/// A listener: forward to a target group, or redirect (80 → 443).
public struct Listener: Sendable {
  public var arn: String
  public var port: Int
  public var `protocol`: String
  public var targetGroupArn: String?
  public var redirectToPort: Int?
}

/// One registered target: an instance and host port (bridge/host tasks) or an IP and port
/// (awsvpc tasks), with its health as the ALB sees it.
public final class RegisteredTarget {
  /// `i-…` or the task ENI's IP.
  public let id: String
  public let port: Int
  public let availabilityZone: String
  public let task: Task
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

  init(id: String, port: Int, availabilityZone: String, task: Task, group: TargetGroup, at time: SimTime) {
    self.id = id; self.port = port; self.availabilityZone = availabilityZone; self.task = task; self.group = group
    tracker = TargetHealthTracker(settings: group.healthCheck)
    registeredAt = time
  }

  public var health: TargetHealth { tracker.health }
}

/// A target group with its health-check settings and registered targets.
public final class TargetGroup {
  public let name: String
  public let arn: String
  public let `protocol`: String
  public let port: Int
  public let targetType: String
  public internal(set) var healthCheck: HealthCheckSettings
  public internal(set) var deregistrationDelaySeconds: Int
  /// Load balancers with a listener forwarding here.
  public internal(set) var balancers: [LoadBalancer] = []
  public var loadBalancerArns: [String] { balancers.map(\.arn) }
  /// The AZs, security groups and subnets of those load balancers (what health checks need).
  var zones: [String] { balancers.flatMap(\.availabilityZones) }
  public internal(set) var targets: [RegisteredTarget] = []

  func add(_ t: RegisteredTarget) {
    t.slot = targets.count
    targets.append(t)
  }

  /// Removes a target in O(1); the order of the rest is not meaningful (DescribeTargetHealth
  /// promises none).
  func remove(_ t: RegisteredTarget) {
    guard t.slot < targets.count, targets[t.slot] === t else { return }
    let last = targets.removeLast()
    if last !== t {
      targets[t.slot] = last
      last.slot = t.slot
    }
  }

  init(spec: TargetGroupSpec, arn: String) {
    name = spec.name; self.arn = arn; `protocol` = spec.protocol; port = spec.port; targetType = spec.targetType
    healthCheck = spec.healthCheck; deregistrationDelaySeconds = spec.deregistrationDelaySeconds
  }
}
