/// DescribeServices' parameters.
public struct DescribeServicesRequest: Sendable, Equatable {
  public var cluster: String?
  public var services: [String]
  public init(cluster: String? = nil, services: [String]) {
    self.cluster = cluster; self.services = services
  }
}
