/// Scheduled tasks: an EventBridge schedule whose target is RunTask (docs/ecs/schedules.md), fired
/// on the virtual clock.
public final class Schedule {
  public let name: String
  public let expression: ScheduleExpression
  public let request: RunTaskRequest
  public let createdAt: SimTime
  public internal(set) var lastFired: SimTime?

  init(name: String, expression: ScheduleExpression, request: RunTaskRequest, createdAt: SimTime) {
    self.name = name; self.expression = expression; self.request = request; self.createdAt = createdAt
  }
}
