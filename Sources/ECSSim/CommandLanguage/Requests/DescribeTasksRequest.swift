/// DescribeTasks' parameters.
public struct DescribeTasksRequest: Sendable, Equatable {
  public var cluster: String?
  public var tasks: [String]
  public init(cluster: String? = nil, tasks: [String]) {
    self.cluster = cluster; self.tasks = tasks
  }
}
