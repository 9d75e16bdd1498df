/// DescribeContainerInstances' parameters.
public struct DescribeContainerInstancesRequest: Sendable, Equatable {
  public var cluster: String?
  public var containerInstances: [String]
  public init(cluster: String? = nil, containerInstances: [String]) {
    self.cluster = cluster; self.containerInstances = containerInstances
  }
}
