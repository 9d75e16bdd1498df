/// A `loadBalancers` entry of a service: which container port the target group fronts.
public struct ServiceLoadBalancerInput: Sendable, Equatable {
  /// A target group ARN or name.
  public var targetGroup: String
  public var containerName: String
  public var containerPort: Int
  public init(targetGroup: String, containerName: String, containerPort: Int) {
    self.targetGroup = targetGroup; self.containerName = containerName; self.containerPort = containerPort
  }
}
