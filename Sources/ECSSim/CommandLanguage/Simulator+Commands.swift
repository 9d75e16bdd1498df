/// The result of one line of the command language.
public enum CommandOutcome {
  /// Applied; read-only verbs and run-task answer with API-shaped JSON.
  case applied(JSONValue?)
  /// Not applied (syntax error or an ECS exception); the world is unchanged. One line.
  case failed(String)
  /// Blank line or comment.
  case nothing

  public var errorMessage: String? {
    if case .failed(let m) = self { return m }
    return nil
  }
}

extension Command {
  /// The AWS API operation a command stands for, for error lines in the AWS CLI's words.
  public var operation: String {
    switch self {
    case .runTask: "RunTask"
    case .stopTask: "StopTask"
    case .registerTaskDefinition: "RegisterTaskDefinition"
    case .deregisterTaskDefinition: "DeregisterTaskDefinition"
    case .updateContainerInstancesState: "UpdateContainerInstancesState"
    case .deregisterContainerInstance: "DeregisterContainerInstance"
    case .createCluster: "CreateCluster"
    case .deleteCluster: "DeleteCluster"
    case .putAttributes: "PutAttributes"
    case .createService: "CreateService"
    case .updateService: "UpdateService"
    case .deleteService: "DeleteService"
    case .describeServices: "DescribeServices"
    case .listServices: "ListServices"
    case .createTargetGroup: "CreateTargetGroup"
    case .createLoadBalancer: "CreateLoadBalancer"
    case .createListener: "CreateListener"
    case .modifyTargetGroup: "ModifyTargetGroup"
    case .describeTargetHealth: "DescribeTargetHealth"
    case .createSchedule: "CreateSchedule"
    case .deleteSchedule: "DeleteSchedule"
    case .describeClusters: "DescribeClusters"
    case .listClusters: "ListClusters"
    case .describeContainerInstances: "DescribeContainerInstances"
    case .listContainerInstances: "ListContainerInstances"
    case .describeTasks: "DescribeTasks"
    case .listTasks: "ListTasks"
    case .describeTaskDefinition: "DescribeTaskDefinition"
    case .listTaskDefinitions: "ListTaskDefinitions"
    case .createRepository: "CreateRepository"
    case .deleteRepository: "DeleteRepository"
    case .batchDeleteImage: "BatchDeleteImage"
    case .describeImages: "DescribeImages"
    case .pushImage: "PutImage"
    case .createRole: "CreateRole"
    case .launchInstances: "RunInstances"
    case .terminateInstances: "TerminateInstances"
    case .disconnectAgent: "DisconnectAgent"
    case .reconnectAgent: "ReconnectAgent"
    case .interruptSpotInstance: "InterruptSpotInstance"
    case .interruptSpotTask: "InterruptSpotTask"
    case .advance, .advanceTo: "Advance"
    }
  }
}

extension Simulator {
  /// Parses and applies one line, recording it (and its failure, if any) in the event log.
  @discardableResult
  public func execute(_ line: String) -> CommandOutcome {
    let command: Command?
    do { command = try CommandParser.parse(line) } catch {
      emit(.commandFailed, [("command", line)], message: error.description)
      return .failed(error.description)
    }
    guard let command else { return .nothing }
    emit(.command, [("command", line)])
    do {
      let out = try apply(command)
      if let out, !isMutating(command) { emit(.commandOutput, [("command", line)], output: out) }
      return .applied(out)
    } catch {
      var e = error
      if e.operation == nil { e.operation = command.operation }
      emit(.commandFailed, [("command", line)], message: e.description)
      return .failed(e.description)
    }
  }

  func isMutating(_ c: Command) -> Bool {
    switch c {
    case .describeClusters, .listClusters, .describeContainerInstances, .listContainerInstances,
      .describeTasks, .listTasks, .describeTaskDefinition, .listTaskDefinitions, .describeImages,
      .describeServices, .listServices, .describeTargetHealth:
      return false
    default:
      return true
    }
  }

  /// Applies a parsed command. On error nothing has changed.
  @discardableResult
  public func apply(_ command: Command) throws(ECSError) -> JSONValue? {
    switch command {
    case .runTask(let req):
      let r = try runTask(req)
      return .object([
        ("tasks", .array(r.tasks.map(taskJSON))),
        ("failures", .array(r.failures.map { f in object([("arn", f.arn.map { .string($0) }), ("reason", .string(f.reason)), ("detail", f.detail.map { .string($0) })]) })),
      ])
    case .stopTask(let cluster, let task, let reason):
      return .object([("task", taskJSON(try stopTask(cluster: cluster, task: task, reason: reason)))])
    case .registerTaskDefinition(let input):
      return .object([("taskDefinition", taskDefinitionJSON(try registerTaskDefinition(input)))])
    case .deregisterTaskDefinition(let ref):
      try deregisterTaskDefinition(ref)
      return nil
    case .updateContainerInstancesState(let cluster, let ids, let status):
      try updateContainerInstancesState(cluster: cluster, ids: ids, status: status)
      return nil
    case .deregisterContainerInstance(let cluster, let id, let force):
      try deregisterContainerInstance(cluster: cluster, id: id, force: force)
      return nil
    case .createCluster(let name):
      guard isValidName(name) else {
        throw .invalidParameter("Cluster name must be 1-255 letters, numbers, underscores and hyphens.")
      }
      return .object([("cluster", clusterJSON(createCluster(name)))])
    case .deleteCluster(let name):
      try deleteCluster(name)
      return nil
    case .putAttributes(let cluster, let target, let attrs):
      try putAttributes(cluster: cluster, targetId: target, attributes: attrs)
      return nil
    case .describeClusters(let names):
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for n in names.isEmpty ? ["default"] : names {
        if let c = clusters[Simulator.lastPathComponent(n)] { found.append(clusterJSON(c)) }
        else { failures.append(.object([("arn", .string(arns.cluster(n))), ("reason", .string("MISSING"))])) }
      }
      return .object([("clusters", .array(found)), ("failures", .array(failures))])
    case .listClusters:
      return .object([("clusterArns", .array(clusters.values.filter { $0.status != .inactive }.map { .string($0.arn) }))])
    case .describeContainerInstances(let cluster, let ids):
      let c = try self.cluster(cluster)
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for id in ids {
        if let i = containerInstance(id), i.clusterName == c.name { found.append(containerInstanceJSON(i)) }
        else { failures.append(.object([("arn", .string(id)), ("reason", .string("MISSING"))])) }
      }
      return .object([("containerInstances", .array(found)), ("failures", .array(failures))])
    case .listContainerInstances(let cluster, let filter, let status):
      let c = try self.cluster(cluster)
      var query: ClusterQuery?
      if let filter {
        do { query = try ClusterQuery.parse(filter) } catch {
          throw .invalidParameter("Invalid filter expression \"\(filter)\": \(error.message)")
        }
      }
      let list = c.instances.filter { i in
        (status.map { i.status.rawValue == $0 } ?? (i.status != .inactive)) && (query.map { $0.matches(i) } ?? true)
      }
      return .object([("containerInstanceArns", .array(list.map { .string($0.arn) }))])
    case .describeTasks(let cluster, let ids):
      let c = try self.cluster(cluster)
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for id in ids {
        if let t = task(id), t.clusterName == c.name { found.append(taskJSON(t)) }
        else { failures.append(.object([("arn", .string(id.hasPrefix("arn:") ? id : c.taskArnPrefix + id)), ("reason", .string("MISSING"))])) }
      }
      return .object([("tasks", .array(found)), ("failures", .array(failures))])
    case .listTasks(let cluster, let family, let ci, let startedBy, let desired, let launchType):
      let c = try self.cluster(cluster)
      let host = try ci.map { (ref) throws(ECSError) -> ContainerInstance in
        guard let h = containerInstance(ref) else { throw .invalidParameter("Container instance \(ref) was not found.") }
        return h
      }
      let want = desired ?? "RUNNING"
      let list = tasks.filter { t in
        t.clusterName == c.name && t.desiredStatus.rawValue == want && (family.map { t.family == $0 } ?? true)
          && (host.map { t.containerInstance === $0 } ?? true) && (startedBy.map { t.startedBy == $0 } ?? true)
          && (launchType.map { t.launchType.rawValue == $0 } ?? true)
      }
      return .object([("taskArns", .array(list.map { .string($0.arn) }))])
    case .describeTaskDefinition(let ref):
      guard let td = taskDefinition(ref) else { throw .client("Unable to describe task definition.") }
      return .object([("taskDefinition", taskDefinitionJSON(td)), ("tags", .array([]))])
    case .listTaskDefinitions(let prefix, let status):
      let want = status ?? "ACTIVE"
      let list = taskDefinitions.values.flatMap { $0 }.filter { td in
        td.status.rawValue == want && (prefix.map { td.family.hasPrefix($0) } ?? true)
      }
      return .object([("taskDefinitionArns", .array(list.map { .string(arns.taskDefinition($0.family, $0.revision)) }))])
    case .createRepository(let name, let mutability):
      try createRepository(name: name, mutability: mutability)
      return .object([("repository", repositoryJSON(repositories[name]!))])
    case .deleteRepository(let name, let force):
      try deleteRepository(name: name, force: force)
      return nil
    case .batchDeleteImage(let repo, let tags):
      let failed = try batchDeleteImage(repository: repo, tags: tags)
      return .object([("imageIds", .array(tags.filter { !failed.contains($0) }.map { .object([("imageTag", .string($0))]) })),
                      ("failures", .array(failed.map { .object([("imageId", .object([("imageTag", .string($0))])), ("failureCode", .string("ImageNotFound")), ("failureReason", .string("Requested image not found"))]) }))])
    case .describeImages(let name):
      guard let repo = repositories[name] else { throw repositoryNotFound(name) }
      return .object([("imageDetails", .array(repo.images.map { imageJSON($0, repository: repo) }))])
    case .pushImage(let repo, let tag, let size, let overrides):
      var b = ImageBehavior()
      if let v = overrides.startupTime { b.startupTime = v }
      if let v = overrides.exitAfter { b.exitAfter = v }
      if let v = overrides.exitCode { b.exitCode = v }
      if let v = overrides.shutdownTime { b.shutdownTime = v }
      if let v = overrides.healthy { b.healthy = v }
      let digest = try pushImage(repository: repo, tags: [tag], sizeMB: size ?? 100, behavior: b)
      return .object([("image", .object([("imageId", .object([("imageDigest", .string(digest)), ("imageTag", .string(tag))])), ("registryId", .string(arns.account)), ("repositoryName", .string(repo))]))])
    case .createRole(let name, let trusted, let actions, let policies):
      try createRole(name: name, trustedService: trusted, actions: actions, managedPolicies: policies)
      return nil
    case .launchInstances(let req):
      let ids = try launchInstances(req)
      return .object([("Instances", .array(ids.map { .object([("InstanceId", .string($0)), ("InstanceType", .string(req.instanceType))]) }))])
    case .terminateInstances(let ids):
      try terminateInstances(ids)
      return nil
    case .disconnectAgent(let ref):
      try setAgentConnected(ref, false)
      return nil
    case .reconnectAgent(let ref):
      try setAgentConnected(ref, true)
      return nil
    case .interruptSpotInstance(let ref):
      try interruptSpotInstance(ref)
      return nil
    case .interruptSpotTask(let cluster, let ref):
      let c = try self.cluster(cluster)
      guard let t = task(ref), t.clusterName == c.name else { throw .invalidParameter("The referenced task was not found.") }
      guard t.capacityProviderName == "FARGATE_SPOT" else {
        throw .invalidParameter("Task \(t.id.hex) does not run on FARGATE_SPOT capacity, so it cannot be interrupted.")
      }
      guard t.desiredStatus == .running else { throw .invalidParameter("Task \(t.id.hex) is already stopping.") }
      // The warning ECS sends: desiredStatus STOPPED while lastStatus is still RUNNING, and
      // SIGTERM at once; the task's stop timeout (at most 120 s on Fargate) runs out before
      // the capacity goes (ecs-model §5).
      stopTask(t, code: .terminationNotice, reason: "Your Spot Task was interrupted.")
      return nil
    case .createService(let input):
      return .object([("service", serviceJSON(try createService(input)))])
    case .updateService(let input):
      return .object([("service", serviceJSON(try updateService(input)))])
    case .deleteService(let cluster, let service, let force):
      try deleteService(cluster: cluster, service: service, force: force)
      return .object([("service", serviceJSON(try self.cluster(cluster).services[Simulator.lastPathComponent(service)]!))])
    case .describeServices(let cluster, let names):
      let c = try self.cluster(cluster)
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for n in names {
        if let s = c.services[Simulator.lastPathComponent(n)] { found.append(serviceJSON(s)) }
        else { failures.append(.object([("arn", .string(arns.service(cluster: c.name, name: n))), ("reason", .string("MISSING"))])) }
      }
      return .object([("services", .array(found)), ("failures", .array(failures))])
    case .listServices(let cluster):
      let c = try self.cluster(cluster)
      return .object([("serviceArns", .array(c.serviceOrder.filter { $0.status == .active }.map { .string($0.arn) }))])
    case .createTargetGroup(let spec):
      let tg = try createTargetGroup(spec)
      return .object([("TargetGroups", .array([.object([("TargetGroupArn", .string(tg.arn)), ("TargetGroupName", .string(tg.name)), ("TargetType", .string(tg.targetType))])]))])
    case .createLoadBalancer(let spec):
      let lb = try createLoadBalancer(spec)
      return .object([("LoadBalancers", .array([.object([("LoadBalancerArn", .string(lb.arn)), ("DNSName", .string(lb.dnsName)), ("LoadBalancerName", .string(lb.name))])]))])
    case .createListener(let lb, let spec):
      try createListener(loadBalancer: lb, spec)
      return nil
    case .modifyTargetGroup(let ref, let change, let delay):
      try modifyTargetGroup(ref, healthCheck: change, deregistrationDelaySeconds: delay)
      return nil
    case .describeTargetHealth(let ref):
      guard let tg = targetGroup(ref) else { throw ECSError("TargetGroupNotFound", "One or more target groups not found") }
      return targetHealthJSON(tg)
    case .createSchedule(let spec):
      try createSchedule(spec)
      return nil
    case .deleteSchedule(let name):
      guard schedules.removeValue(forKey: name) != nil else {
        throw ECSError("ResourceNotFoundException", "Schedule \(name) does not exist.")
      }
      return nil
    case .advance(let span):
      guard !isAdvancing else { throw .invalidParameter("advance cannot run inside a timeline; give the entry a later 'at' instead.") }
      advance(by: span)
      return nil
    case .advanceTo(let t):
      guard !isAdvancing else { throw .invalidParameter("advance-to cannot run inside a timeline; give the entry a later 'at' instead.") }
      guard t >= now else { throw .invalidParameter("Cannot go back in time: the clock is at \(now.clock), asked for \(t.clock).") }
      advance(to: t)
      return nil
    }
  }

  private func isValidName(_ n: String) -> Bool {
    !n.isEmpty && n.count <= 255 && n.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
  }
}
