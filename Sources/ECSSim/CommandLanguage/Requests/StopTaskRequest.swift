/// StopTask's parameters: `stop-task [--cluster C] --task T [--reason R]`.
public struct StopTaskRequest: Sendable, Equatable {
  /// nil: the `default` cluster.
  public var cluster: String?
  /// Task ID or ARN.
  public var task: String
  /// Shown as the task's `stoppedReason`.
  public var reason: String?
  public init(cluster: String? = nil, task: String, reason: String? = nil) {
    self.cluster = cluster; self.task = task; self.reason = reason
  }
}
