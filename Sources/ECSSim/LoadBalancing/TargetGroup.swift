import OrderedCollections

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
