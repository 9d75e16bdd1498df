extension Simulator {
  /// Parses and applies one line, recording it (and its failure, if any) in the event log.
  ///
  /// Whether the line only reads, and which API operation an error names, come from the verb's
  /// declaration in `CommandVerb.all`, so they are stated once, next to the verb's flags.
  @discardableResult
  public func execute(_ line: String) -> CommandOutcome {
    let parsed: (verb: CommandVerb, command: Command)?
    do { parsed = try CommandParser.parseVerb(line) } catch {
      emit(.commandFailed, [("command", line)], message: error.description)
      return .failed(error.description)
    }
    guard let (verb, command) = parsed else { return .nothing }
    emit(.command, [("command", line)])
    do {
      let out = try apply(command)
      if let out, !verb.isMutating { emit(.commandOutput, [("command", line)], output: out) }
      return .applied(out)
    } catch {
      var e = error
      if e.operation == nil { e.operation = verb.operation }
      emit(.commandFailed, [("command", line)], message: e.description)
      return .failed(e.description)
    }
  }

  /// Applies a parsed command. On error nothing has changed.
  @discardableResult
  public func apply(_ command: Command) throws(ECSError) -> JSONValue? {
    switch command {
    case .runTask(let req):
      let r = try runTask(req)
      return .object([
        ("tasks", .array(r.tasks.map(Describer(self).taskJSON))),
        ("failures", .array(r.failures.map { f in Describer(self).object([("arn", f.arn.map { .string($0) }), ("reason", .string(f.reason)), ("detail", f.detail.map { .string($0) })]) })),
      ])
    case .stopTask(let r):
      return .object([("task", Describer(self).taskJSON(try stopTask(cluster: r.cluster, task: r.task, reason: r.reason)))])
    case .registerTaskDefinition(let input):
      return .object([("taskDefinition", Describer(self).taskDefinitionJSON(try registerTaskDefinition(input)))])
    case .deregisterTaskDefinition(let ref):
      try deregisterTaskDefinition(ref)
      return nil
    case .updateContainerInstancesState(let r):
      try updateContainerInstancesState(cluster: r.cluster, ids: r.containerInstances, status: r.status)
      return nil
    case .deregisterContainerInstance(let r):
      try deregisterContainerInstance(cluster: r.cluster, id: r.containerInstance, force: r.force)
      return nil
    case .createCluster(let name):
      guard isValidName(name) else {
        throw .invalidParameter("Cluster name must be 1-255 letters, numbers, underscores and hyphens.")
      }
      return .object([("cluster", Describer(self).clusterJSON(createCluster(name)))])
    case .deleteCluster(let name):
      try deleteCluster(name)
      return nil
    case .putAttributes(let r):
      try putAttributes(cluster: r.cluster, targetId: r.targetId, attributes: r.attributes.map { (name: $0.name, value: $0.value) })
      return nil
    case .describeClusters(let names):
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for n in names.isEmpty ? ["default"] : names {
        if let c = clusters[Simulator.lastPathComponent(n)] { found.append(Describer(self).clusterJSON(c)) }
        else { failures.append(.object([("arn", .string(arns.cluster(n))), ("reason", .string("MISSING"))])) }
      }
      return .object([("clusters", .array(found)), ("failures", .array(failures))])
    case .listClusters:
      return .object([("clusterArns", .array(clusters.values.filter { $0.status != .inactive }.map { .string($0.arn) }))])
    case .describeContainerInstances(let r):
      let c = try self.cluster(r.cluster)
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for id in r.containerInstances {
        if let i = containerInstance(id), i.clusterName == c.name { found.append(Describer(self).containerInstanceJSON(i)) }
        else { failures.append(.object([("arn", .string(id)), ("reason", .string("MISSING"))])) }
      }
      return .object([("containerInstances", .array(found)), ("failures", .array(failures))])
    case .listContainerInstances(let r):
      let c = try self.cluster(r.cluster)
      let status = r.status
      var query: ClusterQuery?
      if let filter = r.filter {
        do { query = try ClusterQuery.parse(filter) } catch {
          throw .invalidParameter("Invalid filter expression \"\(filter)\": \(error.message)")
        }
      }
      let list = c.instances.filter { i in
        (status.map { i.status.rawValue == $0 } ?? (i.status != .inactive)) && (query.map { $0.matches(i) } ?? true)
      }
      return .object([("containerInstanceArns", .array(list.map { .string($0.arn) }))])
    case .describeTasks(let r):
      let c = try self.cluster(r.cluster)
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for id in r.tasks {
        if let t = task(id), t.clusterName == c.name { found.append(Describer(self).taskJSON(t)) }
        else { failures.append(.object([("arn", .string(id.hasPrefix("arn:") ? id : c.taskArnPrefix + id)), ("reason", .string("MISSING"))])) }
      }
      return .object([("tasks", .array(found)), ("failures", .array(failures))])
    case .listTasks(let r):
      let (family, startedBy, launchType) = (r.family, r.startedBy, r.launchType)
      let c = try self.cluster(r.cluster)
      let host = try r.containerInstance.map { (ref) throws(ECSError) -> ContainerInstance in
        guard let h = containerInstance(ref) else { throw .invalidParameter("Container instance \(ref) was not found.") }
        return h
      }
      let want = r.desiredStatus ?? "RUNNING"
      let list = tasks.filter { t in
        t.clusterName == c.name && t.desiredStatus.rawValue == want && (family.map { t.family == $0 } ?? true)
          && (host.map { t.containerInstance === $0 } ?? true) && (startedBy.map { t.startedBy == $0 } ?? true)
          && (launchType.map { t.launchType.rawValue == $0 } ?? true)
      }
      return .object([("taskArns", .array(list.map { .string($0.arn) }))])
    case .describeTaskDefinition(let ref):
      guard let td = taskDefinition(ref) else { throw .client("Unable to describe task definition.") }
      return .object([("taskDefinition", Describer(self).taskDefinitionJSON(td)), ("tags", .array([]))])
    case .listTaskDefinitions(let r):
      let (prefix, want) = (r.familyPrefix, r.status ?? "ACTIVE")
      let list = taskDefinitions.values.flatMap { $0 }.filter { td in
        td.status.rawValue == want && (prefix.map { td.family.hasPrefix($0) } ?? true)
      }
      return .object([("taskDefinitionArns", .array(list.map { .string(arns.taskDefinition($0.family, $0.revision)) }))])
    case .createRepository(let r):
      try createRepository(name: r.name, mutability: r.mutability)
      return .object([("repository", Describer(self).repositoryJSON(repositories[r.name]!))])
    case .deleteRepository(let r):
      try deleteRepository(name: r.name, force: r.force)
      return nil
    case .batchDeleteImage(let r):
      let tags = r.tags
      let failed = try batchDeleteImage(repository: r.repository, tags: tags)
      return .object([("imageIds", .array(tags.filter { !failed.contains($0) }.map { .object([("imageTag", .string($0))]) })),
                      ("failures", .array(failed.map { .object([("imageId", .object([("imageTag", .string($0))])), ("failureCode", .string("ImageNotFound")), ("failureReason", .string("Requested image not found"))]) }))])
    case .describeImages(let name):
      guard let repo = repositories[name] else { throw repositoryNotFound(name) }
      return .object([("imageDetails", .array(repo.images.map { Describer(self).imageJSON($0, repository: repo) }))])
    case .pushImage(let r):
      let (repo, tag, overrides) = (r.repository, r.tag, r.behavior)
      var b = ImageBehavior()
      if let v = overrides.startupTime { b.startupTime = v }
      if let v = overrides.exitAfter { b.exitAfter = v }
      if let v = overrides.exitCode { b.exitCode = v }
      if let v = overrides.shutdownTime { b.shutdownTime = v }
      if let v = overrides.healthy { b.healthy = v }
      let digest = try pushImage(repository: repo, tags: [tag], sizeMB: r.sizeMB ?? 100, behavior: b)
      return .object([("image", .object([("imageId", .object([("imageDigest", .string(digest)), ("imageTag", .string(tag))])), ("registryId", .string(arns.account)), ("repositoryName", .string(repo))]))])
    case .createRole(let r):
      try createRole(name: r.name, trustedService: r.trustedService, actions: r.actions, managedPolicies: r.managedPolicies)
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
    case .interruptSpotTask(let r):
      let c = try self.cluster(r.cluster)
      guard let t = task(r.task), t.clusterName == c.name else { throw .invalidParameter("The referenced task was not found.") }
      guard t.capacityProviderName == "FARGATE_SPOT" else {
        throw .invalidParameter("Task \(t.id.hex) does not run on FARGATE_SPOT capacity, so it cannot be interrupted.")
      }
      guard t.desiredStatus == .running else { throw .invalidParameter("Task \(t.id.hex) is already stopping.") }
      // The warning ECS sends: desiredStatus STOPPED while lastStatus is still RUNNING, and
      // SIGTERM at once; the task's stop timeout (at most 120 s on Fargate) runs out before
      // the capacity goes (docs/ecs/fargate.md §5).
      stopTask(t, code: .terminationNotice, reason: "Your Spot Task was interrupted.")
      return nil
    case .createService(let input):
      return .object([("service", Describer(self).serviceJSON(try createService(input)))])
    case .updateService(let input):
      return .object([("service", Describer(self).serviceJSON(try updateService(input)))])
    case .deleteService(let r):
      try deleteService(cluster: r.cluster, service: r.service, force: r.force)
      return .object([("service", Describer(self).serviceJSON(try self.cluster(r.cluster).services[Simulator.lastPathComponent(r.service)]!))])
    case .describeServices(let r):
      let c = try self.cluster(r.cluster)
      var found: [JSONValue] = [], failures: [JSONValue] = []
      for n in r.services {
        if let s = c.services[Simulator.lastPathComponent(n)] { found.append(Describer(self).serviceJSON(s)) }
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
    case .createListener(let r):
      try createListener(loadBalancer: r.loadBalancer, r.listener)
      return nil
    case .modifyTargetGroup(let r):
      try modifyTargetGroup(r.targetGroup, healthCheck: r.healthCheck, deregistrationDelaySeconds: nil)
      return nil
    case .modifyTargetGroupAttributes(let r):
      try modifyTargetGroup(r.targetGroup, healthCheck: HealthCheckSettingsChange(), deregistrationDelaySeconds: r.deregistrationDelaySeconds)
      return nil
    case .describeTargetHealth(let ref):
      guard let tg = targetGroup(ref) else { throw ECSError("TargetGroupNotFound", "One or more target groups not found") }
      return Describer(self).targetHealthJSON(tg)
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
