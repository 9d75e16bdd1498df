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
