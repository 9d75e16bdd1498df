/// EC2 hosts and their container agents: launch, registration (docs/ecs/container-agent.md §1),
/// draining (docs/ecs/container-agent.md §5), agent disconnects and termination
/// (docs/ecs/container-agent.md §6).
extension Simulator {
  /// An EC2 host booting; its agent registers when the boot completes.
  struct BootingHost {
    var ec2InstanceId: String
    var instanceType: InstanceType
    var subnet: Subnet
    var purchaseOption: PurchaseOption
    var ami: AMIKind
    var iamRole: String?
    var securityGroups: [String]
    var config: AgentConfig
    var warnings: [LocatedError]
    var cachedImages: [String]
  }

  /// Launches EC2 instances. Agent configuration errors are reported before anything changes.
  /// `bootTime` is how long until the agent registers (0 for a scenario's initial instances;
  /// 20–40 s for instances launched later [SIM]).
  @discardableResult
  public func launchInstances(_ req: LaunchInstancesRequest, cachedImages: [String] = [], instanceIds: [String] = [], immediately: Bool = false) throws(ECSError) -> [String] {
    guard let type = InstanceType.named(req.instanceType) else {
      let names = InstanceType.catalogue.map(\.name)
      var msg = "The instance type '\(req.instanceType)' is not supported."
      if let g = closestMatch(req.instanceType, in: names) { msg += " Did you mean '\(g)'?" }
      throw ECSError("InvalidParameterValue", msg)
    }
    guard req.count >= 1, req.count <= 1_000 else { throw ECSError("InvalidParameterValue", "Count must be between 1 and 1000.") }
    let zones = req.availabilityZones.isEmpty ? availabilityZones : req.availabilityZones
    var zoneSubnets: [Subnet] = []
    for z in zones {
      guard let s = subnets.first(where: { $0.availabilityZone == z }) else {
        throw ECSError("InvalidParameterValue", "Invalid availability zone: [\(z)]. The VPC has subnets in \(availabilityZones.joined(separator: ", ")).")
      }
      zoneSubnets.append(s)
    }
    for sg in req.securityGroups where securityGroups[sg] == nil {
      throw ECSError("InvalidGroup.NotFound", "The security group '\(sg)' does not exist in VPC '\(vpcId)'")
    }
    if let r = req.iamRole, roles[r] == nil {
      throw ECSError("InvalidParameterValue", "Value (\(r)) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name")
    }
    for id in instanceIds where instancesByEC2[id] != nil || unregisteredHosts.contains(id) {
      throw ECSError("InvalidParameterValue", "The instance ID '\(id)' is already in use.")
    }
    let parsed: (config: AgentConfig, warnings: [LocatedError])
    do { parsed = try AgentConfig.parse(req.ecsConfig, ami: req.ami) } catch {
      throw ECSError("InvalidAgentConfig", "ecs.config: \(error.description)")
    }
    var ids: [String] = []
    for i in 0..<req.count {
      let host = BootingHost(
        ec2InstanceId: i < instanceIds.count ? instanceIds[i] : "i-" + rng.hex(17), instanceType: type, subnet: zoneSubnets[i % zoneSubnets.count],
        purchaseOption: req.purchaseOption, ami: req.ami, iamRole: req.iamRole, securityGroups: req.securityGroups,
        config: parsed.config, warnings: parsed.warnings, cachedImages: cachedImages)
      ids.append(host.ec2InstanceId)
      emit(.instanceLaunched, [("ec2InstanceId", host.ec2InstanceId), ("instanceType", type.name), ("availabilityZone", host.subnet.availabilityZone), ("purchaseOption", req.purchaseOption.rawValue)])
      if immediately { register(host) }
      else { queue.schedule(.register(host), at: now + rng.duration(.seconds(20), .seconds(40))) }
    }
    return ids
  }

  /// RegisterContainerInstance as the agent calls it. An unset ECS_CLUSTER joins `default`,
  /// creating it if needed; a named cluster that does not exist fails registration.
  func register(_ host: BootingHost) {
    let name = host.config.cluster
    if clusters[name] == nil || clusters[name]?.status == .inactive {
      if host.config.clusterGiven {
        unregisteredHosts.append(host.ec2InstanceId)
        emit(.containerInstanceRegistrationFailed, [("ec2InstanceId", host.ec2InstanceId), ("cluster", name)],
             message: "Unable to register as a container instance with ECS: ClusterNotFoundException: Cluster not found.")
        return
      }
      createCluster(name)
    }
    let cluster = clusters[name]!
    for w in host.warnings {
      emit(.agentConfigWarning, [("ec2InstanceId", host.ec2InstanceId)], message: "ecs.config: \(w.description)")
    }
    let id = HexID(random: &rng)
    let inst = ContainerInstance(
      id: id, arn: arns.containerInstance(cluster: name, id: id), ec2InstanceId: host.ec2InstanceId, clusterName: name,
      instanceType: host.instanceType, availabilityZone: host.subnet.availabilityZone, subnetId: host.subnet.subnetId,
      privateIp: host.subnet.allocateIP(&rng) ?? "0.0.0.0", securityGroups: host.securityGroups,
      purchaseOption: host.purchaseOption, iamRole: host.iamRole, config: host.config, configWarnings: host.warnings,
      registeredAt: now, registeredAtISO: Timestamp.iso(epochMilliseconds: startEpochMilliseconds + now.milliseconds, fractional: false),
      amiId: host.ami == .ecsOptimized ? "ami-0e1d09d8b4b1ccf0a" : "ami-0c02fb55956c7d316", vpcId: vpcId, ordinal: instances.count, capacity: capacity)
    for ref in host.cachedImages { inst.imageCache[ref] = cachedDigest(ref) }
    instances.append(inst)
    instancesByID[id] = inst
    instancesByEC2[inst.ec2InstanceId] = inst
    cluster.instances.append(inst)
    cluster.registeredContainerInstancesCount += 1
    cluster.placementGeneration += 1
    emit(.containerInstanceRegistered, [("cluster", name), ("containerInstance", id.hex), ("ec2InstanceId", inst.ec2InstanceId),
                                       ("instanceType", inst.instanceType.name), ("availabilityZone", inst.availabilityZone)])
    requestReconcile(cluster: name)
  }

  /// The digest a cached image reference points at, when the registry knows it.
  private func cachedDigest(_ ref: String) -> String {
    let r = ImageReference(ref)
    if let repo = repositories[r.repository], let img = r.tag.flatMap({ repo.image(tag: $0) }) { return img.digest }
    return "sha256:" + rng.hex(64)
  }

  /// EC2 stops or terminates hosts: their tasks stop with `Host EC2 (instance …)
  /// stopped/terminated` and the container instance becomes INACTIVE. stopCode [U]:
  /// TerminationNotice (SpotInterruption is kept for Spot reclaims).
  public func terminateInstances(_ ids: [String]) throws(ECSError) {
    var hosts: [ContainerInstance] = []
    for id in ids {
      guard let inst = instancesByEC2[id] ?? containerInstance(id), inst.ec2Running else {
        if unregisteredHosts.contains(id) { continue }
        throw ECSError("InvalidInstanceID.NotFound", "The instance ID '\(id)' does not exist")
      }
      hosts.append(inst)
    }
    for id in ids { unregisteredHosts.removeAll { $0 == id } }
    for inst in hosts { hostGone(inst, code: .terminationNotice) }
  }

  /// A Spot interruption: EC2 gives two minutes' notice, then reclaims the host. With
  /// `ECS_ENABLE_SPOT_INSTANCE_DRAINING=true` the agent sets the instance to DRAINING when the
  /// notice arrives (no new tasks; services move theirs); without it nothing happens until the
  /// host disappears. Tasks still there stop with stopCode SpotInterruption (ecsim's choice,
  /// docs/ecs/task-lifecycle.md §2) and `Host EC2 (instance …) stopped/terminated`.
  public func interruptSpotInstance(_ ref: String) throws(ECSError) {
    guard let inst = instancesByEC2[ref] ?? containerInstance(ref), inst.ec2Running else {
      throw ECSError("InvalidInstanceID.NotFound", "The instance ID '\(ref)' does not exist")
    }
    guard inst.purchaseOption == .spot else {
      throw ECSError("UnsupportedOperation", "Instance \(inst.ec2InstanceId) is \(inst.purchaseOption.rawValue), not Spot: only Spot instances receive interruption notices.")
    }
    emit(.spotInterruptionNotice, [("ec2InstanceId", inst.ec2InstanceId), ("containerInstance", inst.id.hex)],
         message: "EC2 Spot Instance Interruption Warning: instance-action terminate in 2 minutes")
    if inst.config.enableSpotInstanceDraining && inst.status == .active { setInstanceStatus(inst, .draining) }
    inst.spotReclaimAt = now + .minutes(2)
    queue.schedule(.spotReclaim(inst), at: now + .minutes(2))
  }

  func hostGone(_ inst: ContainerInstance, code: StopCode) {
    inst.ec2Running = false
    inst.agentConnected = false
    clusters[inst.clusterName]?.placementGeneration += 1
    emit(.instanceTerminated, [("ec2InstanceId", inst.ec2InstanceId), ("containerInstance", inst.id.hex)])
    let reason = "Host EC2 (instance \(inst.ec2InstanceId)) stopped/terminated"
    for task in inst.tasks where task.lastStatus != .stopped {
      if task.desiredStatus == .running {
        task.desiredStatus = .stopped
        task.stopCode = code
        task.stoppedReason = reason
        task.stoppingAt = now
        inst.runningTasksCount -= 1
        if task.service != nil { serviceTaskDesiredStopped(task) }
      }
      for i in task.containers.indices where task.containers[i].lastStatus == .running { task.containers[i].exitCode = nil }
      task.stopSequenceStarted = true
      schedule(.task(task, .stopped), after: rng.duration(.seconds(2), .seconds(6)))
    }
    setInstanceStatus(inst, .inactive)
  }

  func setInstanceStatus(_ inst: ContainerInstance, _ status: ContainerInstanceStatus) {
    guard inst.status != status else { return }
    let wasRegistered = inst.status == .active || inst.status == .draining
    let isRegistered = status == .active || status == .draining
    if inst.status == .draining { clusters[inst.clusterName]?.drainingCount -= 1 }
    if status == .draining { clusters[inst.clusterName]?.drainingCount += 1 }
    inst.status = status
    clusters[inst.clusterName]?.placementGeneration += 1
    if wasRegistered != isRegistered { clusters[inst.clusterName]?.registeredContainerInstancesCount += isRegistered ? 1 : -1 }
    emit(.containerInstanceStateChange, [("cluster", inst.clusterName), ("containerInstance", inst.id.hex), ("ec2InstanceId", inst.ec2InstanceId), ("status", status.rawValue), ("agentConnected", String(inst.agentConnected))])
    requestReconcile(cluster: inst.clusterName)
  }

  /// UpdateContainerInstancesState: only ACTIVE ↔ DRAINING. Standalone tasks keep running on a
  /// DRAINING instance; no new tasks are placed there.
  public func updateContainerInstancesState(cluster ref: String?, ids: [String], status: String) throws(ECSError) {
    let cluster = try cluster(ref)
    guard let target = ContainerInstanceStatus(rawValue: status), target == .active || target == .draining else {
      throw .invalidParameter("Container instance status must be ACTIVE or DRAINING.")
    }
    var found: [ContainerInstance] = []
    for id in ids {
      guard let inst = containerInstance(id), inst.clusterName == cluster.name else {
        throw .invalidParameter("Container instance \(id) was not found in cluster \(cluster.name).")
      }
      guard inst.status == .active || inst.status == .draining else {
        throw .invalidParameter("Container instance \(inst.id.hex) is \(inst.status.rawValue); only ACTIVE and DRAINING instances can change state.")
      }
      found.append(inst)
    }
    for inst in found { setInstanceStatus(inst, target) }
  }

  /// DeregisterContainerInstance: refuses while tasks run unless forced; forced tasks keep
  /// running on the host but ECS stops tracking them.
  public func deregisterContainerInstance(cluster ref: String?, id: String, force: Bool) throws(ECSError) {
    let cluster = try cluster(ref)
    guard let inst = containerInstance(id), inst.clusterName == cluster.name, inst.status != .inactive else {
      throw .invalidParameter("Container instance \(id) was not found in cluster \(cluster.name).")
    }
    let live = inst.tasks.filter { $0.lastStatus != .stopped }
    if !live.isEmpty && !force { throw .invalidParameter("Found running tasks on the instance.") }
    for task in live {
      if task.service != nil { forgetServiceTask(task) }
      releaseResources(task)
      if task.lastStatus == .pending { cluster.pendingTasksCount -= 1 }
      if task.lastStatus == .running { cluster.runningTasksCount -= 1 }
      removeTask(task)
    }
    inst.agentConnected = false
    cluster.placementGeneration += 1
    setInstanceStatus(inst, .inactive)
  }

  /// The agent stops talking to ECS (crash, network): no placements there; tasks keep running.
  public func setAgentConnected(_ ref: String, _ connected: Bool) throws(ECSError) {
    guard let inst = containerInstance(ref), inst.status != .inactive else {
      throw .invalidParameter("Container instance \(ref) was not found.")
    }
    guard inst.agentConnected != connected else { return }
    inst.agentConnected = connected
    clusters[inst.clusterName]?.placementGeneration += 1
    emit(.containerInstanceStateChange, [("cluster", inst.clusterName), ("containerInstance", inst.id.hex), ("ec2InstanceId", inst.ec2InstanceId), ("status", inst.status.rawValue), ("agentConnected", String(connected))])
    requestReconcile(cluster: inst.clusterName)
  }

  /// PutAttributes on a container instance (custom attributes drive memberOf and spread).
  public func putAttributes(cluster ref: String?, targetId: String, attributes: [(name: String, value: String?)]) throws(ECSError) {
    let cluster = try cluster(ref)
    guard let inst = containerInstance(targetId), inst.clusterName == cluster.name else {
      throw ECSError("TargetNotFoundException", "Could not find \(targetId).")
    }
    cluster.placementGeneration += 1
    for a in attributes {
      inst.setAttribute(a.name, a.value)
      // Per-value spread counts for this attribute are recounted.
      for g in cluster.groups.values { g.tracker(a.name)?.rebuild(g, cluster) }
    }
    emit(.attributesChanged, [("cluster", cluster.name), ("containerInstance", inst.id.hex)], message: attributes.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: ", "))
  }

  // MARK: - Clusters

  @discardableResult
  public func createCluster(_ name: String) -> Cluster {
    if let c = clusters[name], c.status != .inactive { return c }
    let c = Cluster(name: name, arn: arns.cluster(name), createdAt: now)
    clusters[name] = c
    emit(.clusterCreated, [("cluster", name)])
    return c
  }

  public func deleteCluster(_ ref: String) throws(ECSError) {
    let c = try cluster(ref)
    if c.registeredContainerInstancesCount > 0 {
      throw ECSError("ClusterContainsContainerInstancesException", "The Cluster cannot be deleted while Container Instances are active or draining.")
    }
    if c.activeServicesCount > 0 {
      throw ECSError("ClusterContainsServicesException", "The Cluster cannot be deleted while Services are active.")
    }
    if tasks.contains(where: { $0.clusterName == c.name && $0.lastStatus != .stopped }) {
      throw ECSError("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.")
    }
    c.status = .inactive
    emit(.clusterDeleted, [("cluster", c.name)])
  }

  public func createRole(name: String, trustedService: String, actions: [String], managedPolicies: [String]) throws(ECSError) {
    guard roles[name] == nil else { throw ECSError("EntityAlreadyExists", "Role with name \(name) already exists.") }
    for p in managedPolicies where Role.managedPolicyActions[p] == nil {
      throw ECSError("NoSuchEntity", "Policy arn:aws:iam::aws:policy/\(p) does not exist or is not attachable.")
    }
    roles[name] = Role(name: name, arn: arns.role(name), trustedService: trustedService, actions: actions, managedPolicies: managedPolicies)
    emit(.roleCreated, [("role", name), ("trustedService", trustedService)])
  }

  // MARK: - Task definitions

  @discardableResult
  public func registerTaskDefinition(_ input: RegisterTaskDefinitionInput) throws(ECSError) -> TaskDefinition {
    let revision = (taskDefinitions[input.family]?.count ?? 0) + 1
    var td = try TaskDefinition.register(input, revision: revision, at: now)
    td.containerBoxes = td.containerDefinitions.map(ContainerDefinitionBox.init)
    for arn in [td.taskRoleArn, td.executionRoleArn].compactMap({ $0 }) {
      guard let role = roles[Simulator.lastPathComponent(arn)] else { continue }
      if role.trustedService != "ecs-tasks.amazonaws.com" {
        throw .client("Role is not valid: \(arn) cannot be assumed by ecs-tasks.amazonaws.com (its trust policy names \(role.trustedService)).")
      }
    }
    taskDefinitions[td.family, default: []].append(td)
    emit(.taskDefinitionRegistered, [("taskDefinition", td.familyRevision)])
    return td
  }

  public func deregisterTaskDefinition(_ ref: String) throws(ECSError) {
    guard ref.contains(":"), let td = taskDefinition(ref) else {
      throw .client(ref.contains(":") ? "The specified task definition does not exist." : "Revision is missing.")
    }
    guard td.status == .active else { throw .client("The specified task definition is already inactive.") }
    taskDefinitions[td.family]![td.revision - 1].status = .inactive
    taskDefinitions[td.family]![td.revision - 1].deregisteredAt = now
    emit(.taskDefinitionDeregistered, [("taskDefinition", td.familyRevision)])
  }
}
