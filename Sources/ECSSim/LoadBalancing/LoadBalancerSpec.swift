/// An Application Load Balancer: subnets (its AZs), security groups and listeners.
public struct LoadBalancerSpec: Sendable, Equatable {
  public var name: String
  public var scheme: String = "internet-facing"
  public var subnets: [String] = []
  public var securityGroups: [String] = []
  public var listeners: [ListenerSpec] = []
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}
