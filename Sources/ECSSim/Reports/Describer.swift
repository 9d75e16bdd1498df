import OrderedCollections

/// The ECS API's response shapes, for `--state`, describe-* commands and the dashboard's `d`.
///
/// Keys are written in alphabetical order, as ECS's own responses come, and nil fields are left
/// out, as the API leaves them out.
///
/// A type of its own, not a `Simulator` extension: describing reads the world and never changes
/// it, and the members below are all it reads of the engine beyond the objects handed to it.
public struct Describer {
  let sim: Simulator

  public init(_ sim: Simulator) { self.sim = sim }

  var now: SimTime { sim.now }
  var scenarioName: String { sim.scenarioName }
  var seed: UInt64 { sim.seed }
  var arns: ARNs { sim.arns }
  var clusters: OrderedDictionary<String, Cluster> { sim.clusters }
  var instances: [ContainerInstance] { sim.instances }
  var tasks: [ECSTask] { sim.tasks }
  var repositories: OrderedDictionary<String, Repository> { sim.repositories }
  var targetGroups: OrderedDictionary<String, TargetGroup> { sim.targetGroups }
  var taskDefinitions: OrderedDictionary<String, [TaskDefinition]> { sim.taskDefinitions }
  func timestamp(_ t: SimTime) -> String { sim.timestamp(t) }

  func object(_ pairs: [(String, JSONValue?)]) -> JSONValue {
    .object(pairs.compactMap { k, v in v.map { (k, $0) } }.sorted { $0.0 < $1.0 })
  }

  func time(_ t: SimTime?) -> JSONValue? { t.map { .string(timestamp($0)) } }

  public func clusterJSON(_ c: Cluster) -> JSONValue {
    object([
      ("activeServicesCount", .int(Int64(c.activeServicesCount))),
      ("capacityProviders", .array(c.capacityProviders.map { .string($0) })),
      ("clusterArn", .string(c.arn)),
      ("clusterName", .string(c.name)),
      ("defaultCapacityProviderStrategy", .array([])),
      ("pendingTasksCount", .int(Int64(c.pendingTasksCount))),
      ("registeredContainerInstancesCount", .int(Int64(c.registeredContainerInstancesCount))),
      ("runningTasksCount", .int(Int64(c.runningTasksCount))),
      ("settings", .array([.object([("name", .string("containerInsights")), ("value", .string("disabled"))])])),
      ("statistics", .array([])),
      ("status", .string(c.status.rawValue)),
      ("tags", .array([])),
    ])
  }

  private func resource(_ name: String, integer: Int? = nil, set: [Int]? = nil) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("doubleValue", .double(0)), ("integerValue", .int(Int64(integer ?? 0))), ("longValue", .int(0)),
      ("name", .string(name)), ("type", .string(set == nil ? "INTEGER" : "STRINGSET")),
    ]
    if let set { pairs.insert(("stringSetValue", .array(set.map { .string(String($0)) })), at: 4) }
    return .object(pairs)
  }

  public func containerInstanceJSON(_ i: ContainerInstance) -> JSONValue {
    object([
      ("agentConnected", .bool(i.agentConnected)),
      ("attachments", .array([])),
      ("attributes", .array(i.attributes.map { a in
        object([("name", .string(a.name)), ("value", a.value.map { .string($0) })])
      })),
      ("containerInstanceArn", .string(i.arn)),
      ("ec2InstanceId", .string(i.ec2InstanceId)),
      ("pendingTasksCount", .int(Int64(i.pendingTasksCount))),
      ("registeredAt", time(i.registeredAt)),
      ("registeredResources", .array([
        resource("CPU", integer: i.registeredCPU), resource("MEMORY", integer: i.registeredMemory),
        resource("PORTS", set: i.config.reservedPorts), resource("PORTS_UDP", set: i.config.reservedPortsUDP),
      ])),
      ("remainingResources", .array([
        resource("CPU", integer: i.remainingCPU), resource("MEMORY", integer: i.remainingMemory),
        resource("PORTS", set: i.config.reservedPorts + i.staticTCP), resource("PORTS_UDP", set: i.config.reservedPortsUDP + i.staticUDP),
      ])),
      ("runningTasksCount", .int(Int64(i.runningTasksCount))),
      ("status", .string(i.status.rawValue)),
      ("statusReason", i.statusReason.map { .string($0) }),
      ("tags", .array([])),
      ("version", .int(Int64(i.tasks.count + 1))),
      ("versionInfo", .object([("agentHash", .string(i.agentHash)), ("agentVersion", .string(i.agentVersion)), ("dockerVersion", .string(i.dockerVersion))])),
    ])
  }

  public func taskJSON(_ t: ECSTask) -> JSONValue {
    let attachments: [JSONValue] = t.eni.map { e in
      [object([
        ("details", .array([
          ("subnetId", e.subnetId), ("networkInterfaceId", e.networkInterfaceId), ("macAddress", e.macAddress),
          ("privateDnsName", e.privateDnsName), ("privateIPv4Address", e.privateIPv4Address),
        ].map { .object([("name", .string($0.0)), ("value", .string($0.1))]) })),
        ("id", .string(e.id.hex)), ("status", .string(e.status)), ("type", .string("ElasticNetworkInterface")),
      ])]
    } ?? []
    return object([
      ("attachments", .array(attachments)),
      ("attributes", .array([object([("name", .string("ecs.cpu-architecture")), ("value", .string("x86_64"))])])),
      ("availabilityZone", .string(t.availabilityZone)),
      ("capacityProviderName", t.capacityProviderName.map { .string($0) }),
      ("clusterArn", .string(arns.cluster(t.clusterName))),
      ("connectivity", t.connectivity.map { .string($0) }),
      ("connectivityAt", time(t.connectivityAt)),
      ("containerInstanceArn", t.containerInstanceArn.map { .string($0) }),
      ("containers", .array(t.containers.map { containerJSON($0, task: t) })),
      ("cpu", .string(t.cpuText ?? String(t.cpu))),
      ("createdAt", time(t.createdAt)),
      ("desiredStatus", .string(t.desiredStatus.rawValue)),
      ("enableExecuteCommand", .bool(false)),
      ("executionStoppedAt", time(t.executionStoppedAt)),
      ("group", .string(t.group)),
      ("healthStatus", .string(t.healthStatus.rawValue)),
      ("lastStatus", .string(t.lastStatus.rawValue)),
      ("launchType", t.capacityProviderName == nil ? .string(t.launchType.rawValue) : nil),
      ("memory", .string(t.memoryText ?? String(t.memory))),
      ("overrides", .object([("containerOverrides", .array(t.containers.map { .object([("name", .string($0.name))]) })), ("inferenceAcceleratorOverrides", .array([]))])),
      ("platformVersion", t.platformVersion.map { .string($0) }),
      ("platformFamily", t.launchType == .fargate ? .string("Linux") : nil),
      ("pullStartedAt", time(t.pullStartedAt)),
      ("pullStoppedAt", time(t.pullStoppedAt)),
      ("startedAt", time(t.startedAt)),
      ("startedBy", t.startedBy.map { .string($0) }),
      ("stopCode", t.stopCode.map { .string($0.rawValue) }),
      ("stoppedAt", time(t.stoppedAt)),
      ("stoppedReason", t.stoppedReason.map { .string($0) }),
      ("stoppingAt", time(t.stoppingAt)),
      ("tags", .array([])),
      ("taskArn", .string(t.arn)),
      ("taskDefinitionArn", .string(t.taskDefinitionArn)),
      ("version", .int(Int64(t.version))),
    ])
  }

  private func containerJSON(_ c: Container, task t: ECSTask) -> JSONValue {
    object([
      ("containerArn", .string(arns.container(cluster: t.clusterName, task: t.id, container: c.id))),
      ("cpu", .string(String(c.definition.cpu))),
      ("exitCode", c.exitCode.map { .int(Int64($0)) }),
      ("healthStatus", c.definition.healthCheck != nil ? .string(c.healthStatus.rawValue) : nil),
      ("image", .string(c.definition.image)),
      ("imageDigest", c.imageDigest.map { .string($0) }),
      ("lastStatus", .string(c.lastStatus == .stopped ? "STOPPED" : c.lastStatus == .running ? "RUNNING" : "PENDING")),
      ("memory", c.definition.memory.map { .string(String($0)) }),
      ("memoryReservation", c.definition.memoryReservation.map { .string(String($0)) }),
      ("name", .string(c.name)),
      ("networkBindings", .array(c.networkBindings.map { b in
        .object([("bindIP", .string(b.bindIP)), ("containerPort", .int(Int64(b.containerPort))), ("hostPort", .int(Int64(b.hostPort))), ("protocol", .string(b.protocol.rawValue))])
      })),
      ("networkInterfaces", .array(t.eni.map { [.object([("attachmentId", .string($0.id.hex)), ("privateIpv4Address", .string($0.privateIPv4Address))])] } ?? [])),
      ("reason", c.reason.map { .string($0) }),
      ("runtimeId", c.lastStatus >= .running ? .string(t.id.hex + "-" + String(c.id.lo % 10_000_000_000)) : nil),
      ("taskArn", .string(t.arn)),
    ])
  }

  public func taskDefinitionJSON(_ td: TaskDefinition) -> JSONValue {
    object([
      ("compatibilities", .array(td.compatibilities.map { .string($0.rawValue) })),
      ("containerDefinitions", .array(td.containerDefinitions.map { containerDefinitionJSON($0, mode: td.networkMode) })),
      ("cpu", td.cpu.map { .string(String($0)) }),
      ("executionRoleArn", td.executionRoleArn.map { .string($0) }),
      ("family", .string(td.family)),
      ("memory", td.memory.map { .string(String($0)) }),
      ("networkMode", td.networkModeGiven ? .string(td.networkMode.rawValue) : nil),
      ("placementConstraints", .array(td.placementConstraints.map { c in
        object([("type", .string(c.typeName)), ("expression", c.expression.map { .string($0) })])
      })),
      ("registeredAt", time(td.registeredAt)),
      ("registeredBy", .string("arn:aws:iam::\(arns.account):user/ecsim")),
      ("deregisteredAt", time(td.deregisteredAt)),
      ("requiresAttributes", .array(td.requiresAttributes.map { .object([("name", .string($0))]) })),
      ("requiresCompatibilities", td.requiresCompatibilities.isEmpty ? nil : .array(td.requiresCompatibilities.map { .string($0.rawValue) })),
      ("revision", .int(Int64(td.revision))),
      ("status", .string(td.status.rawValue)),
      ("taskDefinitionArn", .string(arns.taskDefinition(td.family, td.revision))),
      ("taskRoleArn", td.taskRoleArn.map { .string($0) }),
      ("volumes", .array([])),
    ])
  }

  private func containerDefinitionJSON(_ c: ContainerDefinition, mode: NetworkMode) -> JSONValue {
    object([
      ("command", c.command.isEmpty ? nil : .array(c.command.map { .string($0) })),
      ("cpu", .int(Int64(c.cpu))),
      ("dockerLabels", c.dockerLabels.isEmpty ? nil : .object(c.dockerLabels.map { ($0.name, .string($0.value)) })),
      ("entryPoint", c.entryPoint.isEmpty ? nil : .array(c.entryPoint.map { .string($0) })),
      ("environment", .array(c.environment.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })),
      ("essential", .bool(c.essential)),
      ("healthCheck", c.healthCheck.map { h in
        .object([("command", .array(h.command.map { .string($0) })), ("interval", .int(Int64(h.interval))), ("timeout", .int(Int64(h.timeout))), ("retries", .int(Int64(h.retries)))] + (h.startPeriod > 0 ? [("startPeriod", .int(Int64(h.startPeriod)))] : []))
      }),
      ("image", .string(c.image)),
      ("links", c.links.isEmpty ? nil : .array(c.links.map { .string($0) })),
      ("logConfiguration", c.logDriver.map { .object([("logDriver", .string($0))]) }),
      ("memory", c.memory.map { .int(Int64($0)) }),
      ("memoryReservation", c.memoryReservation.map { .int(Int64($0)) }),
      ("mountPoints", .array([])),
      ("name", .string(c.name)),
      ("portMappings", .array(c.portMappings.map { m in
        let host = mode == .awsvpc || mode == .host ? (m.hostPort ?? m.containerPort) : (m.hostPort ?? 0)
        return .object([("containerPort", .int(Int64(m.containerPort))), ("hostPort", .int(Int64(host))), ("protocol", .string(m.protocol.rawValue))])
      })),
      ("stopTimeout", c.stopTimeout.map { .int(Int64($0)) }),
      ("systemControls", .array([])),
      ("volumesFrom", .array([])),
    ])
  }

  public func repositoryJSON(_ r: Repository) -> JSONValue {
    object([
      ("createdAt", time(r.createdAt)),
      ("encryptionConfiguration", .object([("encryptionType", .string("AES256"))])),
      ("imageScanningConfiguration", .object([("scanOnPush", .bool(false))])),
      ("imageTagMutability", .string(r.mutability.rawValue)),
      ("registryId", .string(arns.account)),
      ("repositoryArn", .string(r.arn)),
      ("repositoryName", .string(r.name)),
      ("repositoryUri", .string(r.uri)),
    ])
  }

  public func imageJSON(_ img: ContainerImage, repository r: Repository) -> JSONValue {
    object([
      ("imageDigest", .string(img.digest)),
      ("imageManifestMediaType", .string("application/vnd.docker.distribution.manifest.v2+json")),
      ("imagePushedAt", time(img.pushedAt)),
      ("imageSizeInBytes", .int(Int64(img.sizeMB) * 1_048_576)),
      ("imageTags", img.tags.isEmpty ? nil : .array(img.tags.map { .string($0) })),
      ("registryId", .string(arns.account)),
      ("repositoryName", .string(r.name)),
    ])
  }

  public func serviceJSON(_ s: Service) -> JSONValue {
    object([
      ("clusterArn", .string(arns.cluster(s.clusterName))),
      ("createdAt", time(s.createdAt)),
      ("deploymentConfiguration", .object([
        ("deploymentCircuitBreaker", .object([("enable", .bool(s.circuitBreakerEnabled)), ("rollback", .bool(s.circuitBreakerRollback))])),
        ("maximumPercent", .int(Int64(s.maximumPercent))),
        ("minimumHealthyPercent", .int(Int64(s.minimumHealthyPercent))),
      ])),
      ("deploymentController", .object([("type", .string("ECS"))])),
      ("deployments", .array(s.deployments.filter { $0.status != .inactive }.map { d in
        object([
          ("createdAt", time(d.createdAt)),
          ("desiredCount", .int(Int64(d.desiredCount))),
          ("failedTasks", .int(Int64(d.failedTasks))),
          ("id", .string(d.id)),
          ("launchType", s.capacityProvider == nil ? .string(s.launchType.rawValue) : nil),
          ("pendingCount", .int(Int64(d.pendingCount))),
          ("rolloutState", .string(d.rolloutState.rawValue)),
          ("rolloutStateReason", .string(d.rolloutStateReason)),
          ("runningCount", .int(Int64(d.runningCount))),
          ("status", .string(d.status.rawValue)),
          ("taskDefinition", .string(arns.taskDefinition(d.taskDefinition.family, d.taskDefinition.revision))),
          ("updatedAt", time(d.updatedAt)),
        ])
      })),
      ("desiredCount", .int(Int64(s.desiredCount))),
      ("enableECSManagedTags", .bool(false)),
      ("enableExecuteCommand", .bool(false)),
      ("events", .array(s.events.map { e in
        .object([("createdAt", .string(timestamp(e.createdAt))), ("id", .string(e.id.hex)), ("message", .string(e.message))])
      })),
      ("healthCheckGracePeriodSeconds", s.loadBalancers.isEmpty ? nil : .int(Int64(s.healthCheckGracePeriodSeconds))),
      ("launchType", s.capacityProvider == nil ? .string(s.launchType.rawValue) : nil),
      ("loadBalancers", .array(s.loadBalancers.map { lb in
        .object([("containerName", .string(lb.containerName)), ("containerPort", .int(Int64(lb.containerPort))), ("targetGroupArn", .string(lb.targetGroupArn))])
      })),
      ("pendingCount", .int(Int64(s.pendingCount))),
      ("placementConstraints", .array(s.placementConstraints.map { c in object([("expression", c.expression.map { .string($0) }), ("type", .string(c.typeName))]) })),
      ("placementStrategy", .array(s.placementStrategy.map { p in object([("field", p.field.map { .string($0) }), ("type", .string(p.typeName))]) })),
      ("runningCount", .int(Int64(s.runningCount))),
      ("schedulingStrategy", .string(s.schedulingStrategy.rawValue)),
      ("serviceArn", .string(s.arn)),
      ("serviceName", .string(s.name)),
      ("status", .string(s.status.rawValue)),
      ("taskDefinition", .string(arns.taskDefinition(s.taskDefinition.family, s.taskDefinition.revision))),
    ])
  }

  /// The whole world as the describe calls would return it (`ecsim simulate --state`).
  public func stateJSON() -> JSONValue {
    let allDefs = taskDefinitions.values.flatMap { $0 }
    return .object([
      ("simulation", .object([("scenario", .string(scenarioName)), ("seed", .int(Int64(bitPattern: seed))), ("time", .string(now.clock)), ("timestamp", .string(timestamp(now)))])),
      ("describe-clusters", .object([("clusters", .array(clusters.values.map(clusterJSON))), ("failures", .array([]))])),
      ("describe-container-instances", .object([("containerInstances", .array(instances.map(containerInstanceJSON))), ("failures", .array([]))])),
      ("describe-task-definition", .array(allDefs.map { .object([("taskDefinition", taskDefinitionJSON($0)), ("tags", .array([]))]) })),
      ("describe-services", .object([("services", .array(clusters.values.flatMap { $0.serviceOrder }.map(serviceJSON))), ("failures", .array([]))])),
      ("describe-tasks", .object([("tasks", .array(tasks.map(taskJSON))), ("failures", .array([]))])),
      ("describe-target-health", .array(targetGroups.values.map { tg in
        .object([("TargetGroupArn", .string(tg.arn)), ("TargetGroupName", .string(tg.name)), ("TargetHealthDescriptions", targetHealthDescriptions(tg))])
      })),
      ("describe-repositories", .object([("repositories", .array(repositories.values.map(repositoryJSON)))])),
      ("describe-images", .array(repositories.values.map { r in .object([("repositoryName", .string(r.name)), ("imageDetails", .array(r.images.map { imageJSON($0, repository: r) }))]) })),
    ])
  }

  /// DescribeTargetHealth's response.
  public func targetHealthJSON(_ tg: TargetGroup) -> JSONValue {
    .object([("TargetHealthDescriptions", targetHealthDescriptions(tg))])
  }

  func targetHealthDescriptions(_ tg: TargetGroup) -> JSONValue {
    .array(tg.targets.map { t in
      var health: [(String, JSONValue)] = [("State", .string(t.health.state.rawValue))]
      if let r = t.health.reason { health.append(("Reason", .string(r))) }
      if let d = t.health.description { health.append(("Description", .string(d))) }
      return .object([
        ("Target", .object([("Id", .string(t.id)), ("Port", .int(Int64(t.port))), ("AvailabilityZone", .string(t.availabilityZone))])),
        ("HealthCheckPort", .string(tg.healthCheck.port == "traffic-port" ? String(t.port) : tg.healthCheck.port)),
        ("TargetHealth", .object(health)),
      ])
    })
  }
}
