/// A service's `loadBalancers` entry, resolved.
public struct ServiceLoadBalancer: Sendable {
  public var targetGroupArn: String
  public var containerName: String
  public var containerPort: Int
}
