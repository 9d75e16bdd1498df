/// The last health-check failure of a service task that ECS reported or acted on.
struct HealthCheckFailure {
  var at: SimTime
  var task: ECSTask
  /// nil: the container health check failed.
  var targetGroup: TargetGroup?
  var port = 0
  var health: TargetHealth?
}
