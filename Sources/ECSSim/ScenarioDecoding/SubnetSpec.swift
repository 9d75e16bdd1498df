public struct SubnetSpec: Sendable {
  public var subnetId: String
  public var availabilityZone: String
  public var cidr: String
  /// Public subnets route to an internet gateway; private ones need a NAT gateway to reach ECR.
  public var routeToInternet: Bool = true
  /// A private subnet's route to a NAT gateway: tasks there reach ECR without a public IP.
  public var natGateway: Bool = false
  public init(subnetId: String, availabilityZone: String, cidr: String, routeToInternet: Bool = true) {
    self.subnetId = subnetId; self.availabilityZone = availabilityZone; self.cidr = cidr
    self.routeToInternet = routeToInternet
  }
}
