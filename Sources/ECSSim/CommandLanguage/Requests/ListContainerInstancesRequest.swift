/// ListContainerInstances' parameters; nil leaves a filter out.
public struct ListContainerInstancesRequest: Sendable, Equatable {
  public var cluster: String?
  /// A cluster query language expression.
  public var filter: String?
  public var status: String?
  public init(cluster: String? = nil, filter: String? = nil, status: String? = nil) {
    self.cluster = cluster; self.filter = filter; self.status = status
  }
}
