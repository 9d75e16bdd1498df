/// UpdateContainerInstancesState's parameters (also the `drain` and `activate` aliases).
public struct UpdateContainerInstancesStateRequest: Sendable, Equatable {
  public var cluster: String?
  /// Container instance IDs or ARNs.
  public var containerInstances: [String]
  /// `ACTIVE` or `DRAINING`.
  public var status: String
  public init(cluster: String? = nil, containerInstances: [String], status: String) {
    self.cluster = cluster; self.containerInstances = containerInstances; self.status = status
  }
}
