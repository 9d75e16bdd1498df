extension Simulator {
  /// RunTask (docs/ecs/task-lifecycle.md §4, docs/ecs/fargate.md, docs/ecs/placement.md).
  /// Unplaceable EC2 copies are returned in `failures`, never queued. Without a strategy, RunTask
  /// places at random (ecsim's choice, docs/ecs/placement.md §3: "spread randomly").
  @discardableResult
  public func runTask(_ req: RunTaskRequest) throws(ECSError) -> RunTaskResult {
    let cluster = try cluster(req.cluster)
    guard (1...10).contains(req.count) else {
      throw .invalidParameter("Invalid count: \(req.count). The count must be between 1 and 10.")
    }
    let td = try activeTaskDefinition(req.taskDefinition)
    var plan = try launchPlan(
      cluster: cluster, td: td, launchType: req.launchType, capacityProviderStrategy: req.capacityProviderStrategy,
      group: req.group ?? "family:\(td.family)", placementStrategy: req.placementStrategy,
      placementConstraints: req.placementConstraints, subnets: req.subnets, securityGroups: req.securityGroups,
      assignPublicIp: req.assignPublicIp)
    plan.startedBy = req.startedBy
    if plan.strategies.isEmpty { plan.strategies = [.random] }
    if plan.launchType == .ec2 && !cluster.instances.contains(where: { $0.status == .active }) {
      throw .invalidParameter("No Container Instances were found in your cluster.")
    }
    let result = place(plan, count: req.count)
    if !result.failures.isEmpty {
      let f = result.failures[0]
      emit(.taskPlacementFailed, [("cluster", cluster.name), ("taskDefinition", td.familyRevision), ("reason", f.reason)] + (f.arn.map { [("containerInstance", Simulator.lastPathComponent($0))] } ?? []),
           message: "RunTask could not place \(result.failures.count) of \(req.count) tasks: \(f.reason)")
    }
    return result
  }

  /// The revision a request names, which must exist and be ACTIVE to start tasks.
  func activeTaskDefinition(_ ref: String) throws(ECSError) -> TaskDefinition {
    guard let td = taskDefinition(ref) else {
      throw .client(taskDefinitionRefLooksValid(ref) ? "TaskDefinition not found." : "Invalid revision number. Number: \(ref)")
    }
    guard td.status == .active else { throw .client("TaskDefinition is inactive") }
    return td
  }

  /// Validates where and how tasks of `td` may run (launch type or capacity provider, placement,
  /// awsvpc networking) into a plan that RunTask and the service scheduler both place with.
  func launchPlan(
    cluster: Cluster, td: TaskDefinition, launchType: String?,
    capacityProviderStrategy: [CapacityProviderStrategyInput], group: String,
    placementStrategy: [PlacementStrategyInput], placementConstraints: [PlacementConstraintInput],
    subnets: [String], securityGroups: [String], assignPublicIp: Bool
  ) throws(ECSError) -> LaunchPlan {
    if launchType != nil && !capacityProviderStrategy.isEmpty {
      throw .invalidParameter("Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.")
    }
    guard placementStrategy.count <= 5 else {
      throw .invalidParameter("Too many placement strategies. A maximum of 5 is allowed.")
    }
    var plan = LaunchPlan(cluster: cluster, taskDefinition: td, group: cluster.group(group))
    if let lt = launchType {
      guard let l = LaunchType(rawValue: lt) else {
        throw .invalidParameter("Invalid launch type: \(lt). Valid values are EC2, FARGATE and EXTERNAL.")
      }
      plan.launchType = l
    } else if let item = capacityProviderStrategy.first(where: { $0.weight > 0 || $0.base > 0 }) ?? capacityProviderStrategy.first {
      guard cluster.capacityProviders.contains(item.capacityProvider) else {
        throw .invalidParameter("The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.")
      }
      plan.capacityProvider = item.capacityProvider
      plan.launchType = .fargate
    }
    for s in placementStrategy { plan.strategies.append(try PlacementStrategy.make(type: s.type, field: s.field)) }
    var constraints = td.placementConstraints
    for c in placementConstraints { constraints.append(try PlacementStrategy.make(constraintType: c.type, expression: c.expression)) }
    plan.constraints = constraints
    plan.assignPublicIp = assignPublicIp
    switch plan.launchType {
    case .fargate:
      guard td.compatibilities.contains(.fargate) else {
        throw .invalidParameter("Task definition does not support launch_type FARGATE.")
      }
      if !placementStrategy.isEmpty || !placementConstraints.isEmpty {
        throw .invalidParameter("Task placement strategies and constraints are not supported for tasks using the FARGATE launch type.")
      }
    case .external:
      throw .invalidParameter("No Container Instances were found in your cluster.")
    case .ec2:
      guard td.compatibilities.contains(.ec2) else {
        throw .invalidParameter("Task definition does not support launch_type EC2.")
      }
    }
    plan.subnets = try awsvpcSubnets(subnets, securityGroups: securityGroups, td: td)
    return plan
  }

  /// Places `count` copies: on EC2 through the placement engine (unplaceable copies become
  /// failures naming the closest instance), on Fargate in the least-used AZ of the subnets.
  func place(_ plan: LaunchPlan, count: Int) -> RunTaskResult {
    var result = RunTaskResult()
    let td = plan.taskDefinition
    if plan.launchType == .fargate {
      for _ in 0..<count {
        let task = startFargateTask(td, cluster: plan.cluster, group: plan.group, startedBy: plan.startedBy, subnets: plan.subnets, capacityProvider: plan.capacityProvider ?? "FARGATE", usesLaunchType: plan.capacityProvider == nil)
        task.assignPublicIp = plan.assignPublicIp
        result.tasks.append(task)
      }
      return result
    }
    var memberOf: [ClusterQuery] = []
    var distinct = false
    for c in plan.constraints {
      switch c {
      case .memberOf(let q): memberOf.append(q)
      case .distinctInstance: distinct = true
      }
    }
    var placer = Placer(requirements: TaskRequirements(td), group: plan.group, strategies: plan.strategies, memberOf: memberOf, distinct: distinct)
    let pool = plan.onlyInstance.map { i in EligibleInstances(generation: -1, all: placer.isEligible(i) ? [i] : []) } ?? eligibleInstances(plan.cluster, placer)
    let tdArn = arns.taskDefinition(td.family, td.revision)
    for _ in 0..<count {
      if let host = placer.choose(in: pool, cluster: plan.cluster, sim: self) {
        let task = startEC2Task(td, arn: tdArn, on: host, cluster: plan.cluster, requirements: placer.requirements, group: plan.group, startedBy: plan.startedBy, subnets: plan.subnets)
        task.placedBy = placer.strategies
        result.tasks.append(task)
      } else {
        let rejection = closestFailure(placer, pool: plan.onlyInstance.map { [$0] } ?? plan.cluster.instances.filter { $0.status == .active }, td: td)
        result.failures.append(rejection.failure)
        if result.rejection == nil { result.rejection = rejection }
      }
    }
    return result
  }

  private func taskDefinitionRefLooksValid(_ ref: String) -> Bool {
    let parts = Simulator.lastPathComponent(ref).split(separator: ":", omittingEmptySubsequences: false)
    return parts.count == 1 || (parts.count == 2 && Int(parts[1]) != nil)
  }

  /// awsvpc needs `networkConfiguration.awsvpcConfiguration` with subnets of this VPC.
  private func awsvpcSubnets(_ ids: [String], securityGroups groups: [String], td: TaskDefinition) throws(ECSError) -> [Subnet] {
    guard td.networkMode == .awsvpc else { return [] }
    guard !ids.isEmpty else {
      throw .invalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.")
    }
    var out: [Subnet] = []
    for id in ids {
      guard let s = subnets.first(where: { $0.subnetId == id }) else {
        throw .invalidParameter("Error retrieving subnet information for [\(id)]: The subnet ID '\(id)' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidSubnetID.NotFound)")
      }
      out.append(s)
    }
    for sg in groups where securityGroups[sg] == nil {
      throw .invalidParameter("Error retrieving security group information for [\(sg)]: The security group '\(sg)' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidGroup.NotFound)")
    }
    return out
  }

  private func newContainers(_ td: TaskDefinition, task id: HexID) -> [Container] {
    let boxes = td.containerBoxes.isEmpty ? td.containerDefinitions.map(ContainerDefinitionBox.init) : td.containerBoxes
    return boxes.enumerated().map { i, box in
      var mix = SeededRandom(seed: id.hi ^ id.lo &+ UInt64(i))
      return Container(id: HexID(hi: mix.next(), lo: mix.next()), box: box)
    }
  }

  private func makeENI(in subnet: Subnet) -> ENIAttachment {
    let ip = subnet.allocateIP(&rng) ?? "0.0.0.0"
    return ENIAttachment(
      id: HexID(random: &rng), status: "PRECREATED", subnetId: subnet.subnetId,
      networkInterfaceId: "eni-" + rng.hex(17), macAddress: macAddress(),
      privateIPv4Address: ip, privateDnsName: "ip-\(ip.replacing(".", with: "-")).ec2.internal")
  }

  private func macAddress() -> String {
    let h = rng.hex(12)
    var out = ""
    for (i, c) in h.enumerated() {
      if i > 0 && i % 2 == 0 { out.append(":") }
      out.append(c)
    }
    return out
  }

  func startEC2Task(_ td: TaskDefinition, arn tdArn: String, on host: ContainerInstance, cluster: Cluster, requirements r: TaskRequirements, group: TaskGroup, startedBy: String?, subnets taskSubnets: [Subnet]) -> ECSTask {
    let id = HexID(random: &rng)
    let task = ECSTask(
      id: id, arnPrefix: cluster.taskArnPrefix, clusterName: cluster.name, definition: td,
      taskDefinitionArn: tdArn, launchType: .ec2, capacityProviderName: nil,
      containerInstance: host, availabilityZone: host.availabilityZone, group: group, startedBy: startedBy,
      createdAt: now, containers: newContainers(td, task: id), initialStatus: td.networkMode == .awsvpc ? .provisioning : .pending)
    host.remainingCPU -= r.cpu
    host.remainingMemory -= r.memory
    // Host ports in the order of the containers' mappings (networkBindings follow this order).
    var staticTCP = r.staticTCP[...], staticUDP = r.staticUDP[...]
    if td.networkMode == .bridge || td.networkMode == .host {
      for box in td.containerBoxes {
        for m in box.definition.portMappings {
          let dynamic = td.networkMode == .bridge && m.isDynamic
          if m.protocol == .udp {
            if dynamic { if let p = host.allocateDynamicUDP() { task.heldUDP.append(p) } }
            else if let p = staticUDP.popFirst() { host.udp.insert(p); host.staticUDP.append(p); task.heldUDP.append(p); task.heldStaticUDP.append(p) }
          } else {
            if dynamic { if let p = host.allocateDynamicTCP() { task.heldTCP.append(p) } }
            else if let p = staticTCP.popFirst() { host.takeTCP(p); host.staticTCP.append(p); task.heldTCP.append(p); task.heldStaticTCP.append(p) }
          }
        }
      }
    }
    if td.networkMode == .awsvpc {
      host.attachedENIs += 1
      let subnet = taskSubnets.first { $0.availabilityZone == host.availabilityZone } ?? subnets.first { $0.subnetId == host.subnetId } ?? subnets[0]
      task.eni = makeENI(in: subnet)
    }
    host.tasks.append(task)
    host.runningTasksCount += 1
    trackGroup(task, on: host, delta: 1)
    addTask(task)
    if task.lastStatus == .pending {
      cluster.pendingTasksCount += 1
      host.pendingTasksCount += 1
      emitTaskChange(task)
      schedule(.task(task, .pullStart), after: rng.duration(.ms(300), .ms(1_200)))
    } else {
      emitTaskChange(task)
      schedule(.task(task, .eniAttached), after: rng.duration(.seconds(3), .seconds(8)))
    }
    return task
  }

  /// Fargate: no instance; the task gets an ENI in the least-used AZ of its subnets.
  func startFargateTask(_ td: TaskDefinition, cluster: Cluster, group: TaskGroup, startedBy: String?, subnets taskSubnets: [Subnet], capacityProvider: String, usesLaunchType: Bool) -> ECSTask {
    let counts = group.fargateAZCounts
    var subnet = taskSubnets[0]
    for s in taskSubnets where (counts[s.availabilityZone] ?? 0) < (counts[subnet.availabilityZone] ?? 0) { subnet = s }
    let id = HexID(random: &rng)
    let task = ECSTask(
      id: id, arnPrefix: cluster.taskArnPrefix, clusterName: cluster.name, definition: td,
      taskDefinitionArn: arns.taskDefinition(td.family, td.revision), launchType: .fargate,
      capacityProviderName: usesLaunchType ? nil : capacityProvider, containerInstance: nil,
      availabilityZone: subnet.availabilityZone, group: group, startedBy: startedBy, createdAt: now,
      containers: newContainers(td, task: id), initialStatus: .provisioning)
    task.eni = makeENI(in: subnet)
    fargateGroupCount(task, delta: 1)
    addTask(task)
    emitTaskChange(task)
    schedule(.task(task, .eniAttached), after: rng.duration(.seconds(5), .seconds(15)))
    return task
  }

  /// StopTask: stop signal, then SIGKILL after the stop timeout. The reason defaults to
  /// `Task stopped by user` (ecsim's choice, docs/ecs/task-lifecycle.md §3).
  @discardableResult
  public func stopTask(cluster clusterRef: String?, task ref: String, reason: String?) throws(ECSError) -> ECSTask {
    let cluster = try cluster(clusterRef)
    guard let task = task(ref), task.clusterName == cluster.name else {
      throw .invalidParameter("The referenced task was not found.")
    }
    stopTask(task, code: .userInitiated, reason: reason ?? "Task stopped by user")
    return task
  }
}
