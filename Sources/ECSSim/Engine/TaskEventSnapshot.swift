/// What a task state change records at the moment it happens.
struct TaskEventSnapshot {
  var lastStatus: TaskStatus
  var desiredStatus: DesiredStatus
  var stopCode: StopCode?
  /// Set for a health change, which reports only the new health.
  var health: HealthStatus?

  func fields(of task: ECSTask) -> [(String, String)] {
    var f: [(String, String)] = [("cluster", task.clusterName), ("task", task.id.hex), ("taskDefinition", task.familyRevision)]
    if let health { f.append(("healthStatus", health.rawValue)); return f }
    f.append(("lastStatus", lastStatus.rawValue))
    f.append(("desiredStatus", desiredStatus.rawValue))
    if let ci = task.containerInstance { f.append(("ec2InstanceId", ci.ec2InstanceId)) } else { f.append(("launchType", task.launchType.rawValue)) }
    if let stopCode { f.append(("stopCode", stopCode.rawValue)) }
    return f
  }
}
