/// `interrupt-spot-task`: Fargate Spot reclaims one task.
public struct InterruptSpotTaskRequest: Sendable, Equatable {
  public var cluster: String?
  public var task: String
  public init(cluster: String? = nil, task: String) {
    self.cluster = cluster; self.task = task
  }
}
