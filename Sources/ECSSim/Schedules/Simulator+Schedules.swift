extension Simulator {
  public func createSchedule(_ spec: ScheduleSpec) throws(ECSError) {
    guard schedules[spec.name] == nil else {
      throw ECSError("ConflictException", "Schedule \(spec.name) already exists.")
    }
    let expression: ScheduleExpression
    do { expression = try ScheduleExpression.parse(spec.scheduleExpression) } catch {
      throw ECSError("ValidationException", "Invalid Schedule Expression \(spec.scheduleExpression): \(error.message)")
    }
    _ = try cluster(spec.request.cluster)
    _ = try activeTaskDefinition(spec.request.taskDefinition)
    let schedule = Schedule(name: spec.name, expression: expression, request: spec.request, createdAt: now)
    schedules[spec.name] = schedule
    emit(.scheduleCreated, [("schedule", spec.name), ("expression", spec.scheduleExpression), ("taskDefinition", spec.request.taskDefinition)])
    scheduleNextFiring(schedule)
  }

  func scheduleNextFiring(_ s: Schedule) {
    let epoch = startEpochMilliseconds
    guard let next = s.expression.nextFire(afterEpochMs: epoch + now.milliseconds, createdAtEpochMs: epoch + s.createdAt.milliseconds) else { return }
    queue.schedule(.scheduleFire(s), at: SimTime(milliseconds: next - epoch))
  }

  /// The schedule fires: EventBridge calls RunTask; a failure is an event, and the schedule
  /// goes on.
  func fireSchedule(_ s: Schedule) {
    guard schedules[s.name] === s else { return }
    s.lastFired = now
    emit(.scheduleFired, [("schedule", s.name)])
    do { try runTask(s.request) } catch {
      var e = error
      e.operation = "RunTask"
      emit(.commandFailed, [("schedule", s.name)], message: e.description)
    }
    scheduleNextFiring(s)
  }
}
