public struct VPCSpec: Sendable {
  public var vpcId: String = "vpc-0c8a5e2f1d3b4a697"
  public var cidr: String = "10.0.0.0/16"
  /// One subnet per AZ; the default gives the region's first three AZs.
  public var subnets: [SubnetSpec] = []
  public init() {}
}
