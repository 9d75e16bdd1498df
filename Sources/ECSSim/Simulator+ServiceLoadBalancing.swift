/// Where the service scheduler meets the load balancer model. Until target groups are wired
/// (the Application Load Balancer model), services have no targets: tasks stop at once and
/// count healthy by the container-health and 40-second rules.
extension Simulator {
  func resolveTargetGroup(_ lb: ServiceLoadBalancerInput, td: TaskDefinition) throws(ECSError) -> ServiceLoadBalancer {
    throw ECSError("TargetGroupNotFoundException", "One or more target groups not found (\(lb.targetGroup)).")
  }

  func targetsHealthy(_ t: Task, _ s: Service) -> Bool { true }

  func failedTargetGroup(_ t: Task, _ s: Service) -> String? { nil }

  /// The scheduler stops a task: ServiceSchedulerInitiated, then the normal stop sequence.
  func stopTaskForService(_ t: Task, _ s: Service, reason: String) {
    stopTask(t, code: .serviceSchedulerInitiated, reason: reason)
  }
}
