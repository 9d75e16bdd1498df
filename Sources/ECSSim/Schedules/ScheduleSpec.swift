/// An EventBridge schedule whose target is RunTask.
public struct ScheduleSpec: Sendable, Equatable {
  public var name: String
  /// `rate(5 minutes)` or `cron(0 12 * * ? *)`.
  public var scheduleExpression: String
  public var request: RunTaskRequest
  public var location: SourceLocation?
  public init(name: String, scheduleExpression: String, request: RunTaskRequest) {
    self.name = name; self.scheduleExpression = scheduleExpression; self.request = request
  }
}
