/// CreateService, UpdateService, DeleteService and the service event log
/// (docs/ecs/services-and-deployments.md).
extension Simulator {
  @discardableResult
  public func createService(_ input: CreateServiceInput) throws(ECSError) -> Service {
    let cluster = try cluster(input.cluster)
    if let existing = cluster.services[input.serviceName], existing.status != .inactive {
      throw .invalidParameter("Creation of service was not idempotent.")
    }
    guard isValidServiceName(input.serviceName) else {
      throw .invalidParameter("Service name must be 1-255 letters, numbers, hyphens and underscores.")
    }
    let td = try activeTaskDefinition(input.taskDefinition)
    guard let strategy = SchedulingStrategy(rawValue: input.schedulingStrategy ?? "REPLICA") else {
      throw .invalidParameter("Invalid scheduling strategy: \(input.schedulingStrategy ?? ""). Valid values are REPLICA and DAEMON.")
    }
    let daemon = strategy == .daemon
    if daemon && input.desiredCount != nil {
      throw .invalidParameter("The daemon scheduling strategy does not support a desired count for services.")
    }
    let desired = input.desiredCount ?? 0
    guard desired >= 0 else { throw .invalidParameter("The desired count must be zero or greater.") }
    let maxPercent = input.deploymentConfiguration.maximumPercent ?? (daemon ? 100 : 200)
    let minPercent = input.deploymentConfiguration.minimumHealthyPercent ?? (daemon ? 0 : 100)
    if daemon && maxPercent != 100 {
      throw .invalidParameter("The daemon scheduling strategy requires a maximumPercent of 100.")
    }
    guard minPercent >= 0, minPercent <= 100, maxPercent >= 100 || (maxPercent >= minPercent && maxPercent > 0) else {
      throw .invalidParameter("Invalid deployment configuration: minimumHealthyPercent \(minPercent), maximumPercent \(maxPercent).")
    }
    if daemon && (input.launchType == "FARGATE" || !input.capacityProviderStrategy.isEmpty) {
      throw .invalidParameter("The daemon scheduling strategy does not support the FARGATE launch type.")
    }
    if daemon && !input.placementStrategy.isEmpty {
      throw .invalidParameter("The daemon scheduling strategy does not support placement strategies.")
    }
    var plan = try launchPlan(
      cluster: cluster, td: td, launchType: input.launchType, capacityProviderStrategy: input.capacityProviderStrategy,
      group: "service:\(input.serviceName)", placementStrategy: input.placementStrategy,
      placementConstraints: input.placementConstraints, subnets: input.subnets, securityGroups: input.securityGroups,
      assignPublicIp: input.assignPublicIp)
    let balancers = try resolveServiceLoadBalancers(input.loadBalancers, td: td)
    // Services spread over AZs, then over instances, unless told otherwise
    // (docs/ecs/placement.md §3).
    if plan.strategies.isEmpty && plan.launchType == .ec2 {
      plan.strategies = daemon ? [] : [.spread("attribute:ecs.availability-zone"), .spread("instanceId")]
    }
    let service = Service(
      name: input.serviceName, arn: arns.service(cluster: cluster.name, name: input.serviceName), clusterName: cluster.name,
      desiredCount: desired, schedulingStrategy: strategy, launchType: plan.launchType, capacityProvider: plan.capacityProvider,
      maximumPercent: maxPercent, minimumHealthyPercent: minPercent,
      circuitBreakerEnabled: input.deploymentConfiguration.circuitBreakerEnable ?? false,
      circuitBreakerRollback: input.deploymentConfiguration.circuitBreakerRollback ?? false,
      healthCheckGracePeriodSeconds: input.healthCheckGracePeriodSeconds ?? 0,
      placementConstraints: plan.constraints.filter { c in !td.placementConstraints.contains { $0.expression == c.expression && $0.typeName == c.typeName } },
      placementStrategy: plan.strategies, loadBalancers: balancers, subnets: input.subnets, securityGroups: input.securityGroups,
      assignPublicIp: input.assignPublicIp, createdAt: now, group: plan.group)
    if cluster.services[service.name] == nil { cluster.serviceOrder.append(service) }
    else if let i = cluster.serviceOrder.firstIndex(where: { $0.name == service.name }) { cluster.serviceOrder[i] = service }
    cluster.services[service.name] = service
    cluster.activeServicesCount += 1
    service.deployments = [Deployment(id: newDeploymentID(), taskDefinition: td, desiredCount: desired, at: now, isRollback: false)]
    emit(.serviceCreated, [("cluster", cluster.name), ("service", service.name), ("taskDefinition", td.familyRevision)])
    requestReconcile(service, after: .zero)
    return service
  }

  /// UpdateService. A new task definition, deployment configuration or placement, or
  /// `forceNewDeployment`, starts a new PRIMARY deployment; a desiredCount-only change edits the
  /// current one (ecsim's choice, docs/ecs/services-and-deployments.md §3).
  @discardableResult
  public func updateService(_ input: UpdateServiceInput) throws(ECSError) -> Service {
    let cluster = try cluster(input.cluster)
    guard let service = cluster.services[Simulator.lastPathComponent(input.service)] else {
      throw ECSError("ServiceNotFoundException", "Service not found.")
    }
    guard service.status == .active else { throw ECSError("ServiceNotActiveException", "Service was not ACTIVE.") }
    var td = service.taskDefinition
    if let ref = input.taskDefinition {
      td = try activeTaskDefinition(ref)
      if td.compatibilities.contains(service.launchType == .fargate ? .fargate : .ec2) == false {
        throw .invalidParameter("Task definition does not support launch_type \(service.launchType.rawValue).")
      }
      _ = try resolveServiceLoadBalancers(service.loadBalancers.map { ServiceLoadBalancerInput(targetGroup: $0.targetGroupArn, containerName: $0.containerName, containerPort: $0.containerPort) }, td: td)
    }
    if let d = input.desiredCount {
      guard service.schedulingStrategy == .replica else {
        throw .invalidParameter("The daemon scheduling strategy does not support a desired count for services.")
      }
      guard d >= 0 else { throw .invalidParameter("The desired count must be zero or greater.") }
    }
    var newDeployment = input.forceNewDeployment || (input.taskDefinition != nil && td.familyRevision != service.taskDefinition.familyRevision)
    if let c = input.deploymentConfiguration {
      let maxP = c.maximumPercent ?? service.maximumPercent, minP = c.minimumHealthyPercent ?? service.minimumHealthyPercent
      if service.schedulingStrategy == .daemon && maxP != 100 {
        throw .invalidParameter("The daemon scheduling strategy requires a maximumPercent of 100.")
      }
      service.maximumPercent = maxP
      service.minimumHealthyPercent = minP
      if let e = c.circuitBreakerEnable { service.circuitBreakerEnabled = e }
      if let r = c.circuitBreakerRollback { service.circuitBreakerRollback = r }
      newDeployment = true
    }
    if let g = input.healthCheckGracePeriodSeconds { service.healthCheckGracePeriodSeconds = g }
    if let p = input.placementStrategy {
      var out: [PlacementStrategy] = []
      for s in p { out.append(try PlacementStrategy.make(type: s.type, field: s.field)) }
      service.placementStrategy = out
      newDeployment = true
    }
    if let p = input.placementConstraints {
      var out: [PlacementConstraint] = []
      for c in p { out.append(try PlacementStrategy.make(constraintType: c.type, expression: c.expression)) }
      service.placementConstraints = out
      newDeployment = true
    }
    if let cps = input.capacityProviderStrategy {
      guard service.launchType == .fargate, let item = cps.first, ["FARGATE", "FARGATE_SPOT"].contains(item.capacityProvider) else {
        throw .invalidParameter("Updating the capacity provider strategy is supported between FARGATE and FARGATE_SPOT for services that use capacity providers.")
      }
      service.capacityProvider = item.capacityProvider
      newDeployment = true
    }
    if input.subnets != nil || input.securityGroups != nil || input.assignPublicIp != nil {
      guard td.networkMode == .awsvpc else {
        throw .invalidParameter("Network Configuration is not valid for the given networkMode of this task definition.")
      }
      let subnetIds = input.subnets ?? service.subnets
      for id in subnetIds where !subnets.contains(where: { $0.subnetId == id }) {
        throw .invalidParameter("Error retrieving subnet information for [\(id)]: The subnet ID '\(id)' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidSubnetID.NotFound)")
      }
      service.subnets = subnetIds
      if let g = input.securityGroups { service.securityGroups = g }
      if let p = input.assignPublicIp { service.assignPublicIp = p }
      newDeployment = true
    }
    if let lbs = input.loadBalancers {
      service.loadBalancers = try resolveServiceLoadBalancers(lbs, td: td)
      newDeployment = true
    }
    if let d = input.desiredCount {
      service.desiredCount = d
      service.primary.desiredCount = d
    }
    if newDeployment {
      for d in service.deployments { d.status = .active }
      let deployment = Deployment(id: newDeploymentID(), taskDefinition: td, desiredCount: service.desiredCount, at: now, isRollback: false)
      service.deployments.insert(deployment, at: 0)
      // A new deployment ends the throttle at once (docs/ecs/services-and-deployments.md §7).
      service.consecutiveStartFailures = 0
      service.throttledUntil = nil
      service.throttleStep = 0
      emit(.deploymentStarted, [("cluster", cluster.name), ("service", service.name), ("deployment", deployment.id), ("taskDefinition", td.familyRevision)])
    }
    service.reportedSteadyState = false
    requestReconcile(service, after: .zero)
    return service
  }

  /// DeleteService: a REPLICA service must be scaled to 0 first unless forced; it goes DRAINING
  /// (its tasks are stopped) and INACTIVE once they have stopped.
  public func deleteService(cluster ref: String?, service name: String, force: Bool) throws(ECSError) {
    let cluster = try cluster(ref)
    guard let service = cluster.services[Simulator.lastPathComponent(name)], service.status != .inactive else {
      throw ECSError("ServiceNotFoundException", "Service not found.")
    }
    guard service.status == .active else { throw ECSError("ServiceNotActiveException", "Service was not ACTIVE.") }
    if service.schedulingStrategy == .replica && service.desiredCount > 0 && !force {
      throw .invalidParameter("The service cannot be stopped while it is scaled above 0.")
    }
    service.status = .draining
    service.desiredCount = 0
    cluster.activeServicesCount -= 1
    emit(.serviceDeleted, [("cluster", cluster.name), ("service", service.name)])
    requestReconcile(service, after: .zero)
  }

  func newDeploymentID() -> String {
    // Nineteen digits, as real deployment ids have.
    "ecs-svc/" + String(1_000_000_000_000_000_000 + rng.below(8_000_000_000_000_000_000))
  }

  private func isValidServiceName(_ n: String) -> Bool {
    !n.isEmpty && n.count <= 255 && n.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
  }

  /// Load balancers are wired with the Application Load Balancer model; until a service names
  /// none this only checks the shape.
  func resolveServiceLoadBalancers(_ inputs: [ServiceLoadBalancerInput], td: TaskDefinition) throws(ECSError) -> [ServiceLoadBalancer] {
    guard inputs.count <= 5 else { throw .invalidParameter("A service can have at most 5 target groups.") }
    var out: [ServiceLoadBalancer] = []
    for lb in inputs {
      guard let c = td.containerDefinitions.first(where: { $0.name == lb.containerName }) else {
        throw .invalidParameter("The container \(lb.containerName) does not exist in the task definition.")
      }
      guard c.portMappings.contains(where: { $0.containerPort == lb.containerPort }) else {
        throw .invalidParameter("The container \(lb.containerName) did not have a container port \(lb.containerPort) defined.")
      }
      out.append(try resolveTargetGroup(lb, td: td))
    }
    return out
  }

  // MARK: - Service events

  /// Adds a service event in ECS's words. A problem report (`persistent`: a placement failure,
  /// the throttle, a stuck deployment, an unhealthy target) is not repeated while its cause
  /// persists — until the service next reaches a steady state — or for 6 hours (ECS's duplicate
  /// suppression). Activity reports (started, stopped, registered) are never suppressed.
  func serviceEvent(_ service: Service, _ message: String, persistent: Bool = false) {
    if persistent {
      if let last = service.suppressed[message], now - last < .hours(6) { return }
      service.suppressed[message] = now
    }
    if message.hasSuffix("has reached a steady state.") { service.suppressed.removeAll() }
    service.events.insert(ServiceEvent(id: HexID(random: &rng), createdAt: now, message: message), at: 0)
    if service.events.count > 100 { service.events.removeLast() }
    emit(.serviceEvent, [("cluster", service.clusterName), ("service", service.name)], message: message)
  }
}
