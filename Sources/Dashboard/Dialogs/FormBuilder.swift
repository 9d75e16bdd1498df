import ECSSim

/// Opens the dialogs for frequent actions with sensible defaults from the selection, and turns
/// their fields into command-language lines: the same sentences the `:` prompt takes.
struct FormBuilder {
  let sim: Simulator
  let state: UIState
  let world: WorldRows

  var inspector: Inspector { Inspector(sim: sim) }

  func selectedID(_ pane: PaneKind) -> String? { state[pane].selectedID }

  var selectedService: Service? { selectedID(.services).flatMap { inspector.service(fromRowID: $0) } }
  var selectedTask: ECSTask? { selectedID(.tasks).flatMap { sim.task($0) } }
  var selectedInstance: ContainerInstance? { selectedID(.instances).flatMap { sim.containerInstance($0) } }

  /// The cluster actions apply to: the scope's, else the selected cluster, else `default`.
  var cluster: String {
    state.scope.clusterName ?? selectedID(.clusters) ?? sim.clusters.keys.first ?? "default"
  }

  func open(_ action: KeyAction) -> Result<FormState, FormMessage> {
    switch action {
    case .launchTask:
      // The focused pane's selection first: `t` on a service launches its task definition.
      let focused = state.focus == .services ? selectedService?.taskDefinition.familyRevision
        : state.focus == .tasks ? selectedTask?.familyRevision : nil
      let td = focused ?? selectedTask?.familyRevision ?? selectedService?.taskDefinition.familyRevision
        ?? sim.taskDefinitions.values.first?.last(where: { $0.status == .active })?.familyRevision ?? ""
      let fargateOnly = sim.taskDefinition(td).map { $0.requiresCompatibilities == [.fargate] } ?? false
      return .success(FormState(
        purpose: .launchTask(cluster: cluster), title: "Launch tasks (run-task)", intro: ["Cluster: \(cluster)"],
        fields: [
          .init("Task definition", value: td, hint: "family or family:revision"),
          .init("Count", value: "1", hint: "1–10"),
          .init("Launch type", value: fargateOnly ? "FARGATE" : "EC2", choices: ["EC2", "FARGATE"]),
        ], actionLabel: "Launch"))
    case .scaleService:
      guard let s = selectedService else { return .failure(FormMessage("scale: select a service in the Services pane first")) }
      return .success(FormState(
        purpose: .scaleService(cluster: s.clusterName, service: s.name), title: "Scale service \(s.name)",
        intro: ["Desired \(s.desiredCount), running \(s.runningCount), pending \(s.pendingCount)",
                "Bounds now: \(ServiceRows.boundsText(s))"],
        fields: [.init("Desired count", value: "\(s.desiredCount)")], actionLabel: "Scale"))
    case .rollingUpgrade:
      guard let s = selectedService else { return .failure(FormMessage("upgrade: select a service in the Services pane first")) }
      let image = s.taskDefinition.containerDefinitions.first?.image ?? ""
      return .success(FormState(
        purpose: .rollingUpgrade(cluster: s.clusterName, service: s.name), title: "Rolling upgrade of \(s.name)",
        intro: ["Now: \(s.taskDefinition.familyRevision) (\(image))"],
        fields: [
          .init("New image tag or revision", value: "", hint: "e.g. 1.5.0 or \(s.taskDefinition.family):\(s.taskDefinition.revision + 1)"),
          .init("Minimum healthy %", value: "\(s.minimumHealthyPercent)"),
          .init("Maximum %", value: "\(s.maximumPercent)"),
        ], actionLabel: "Deploy"))
    case .stopTask:
      guard let t = selectedTask else { return .failure(FormMessage("stop: select a task in the Tasks pane first")) }
      var form = FormState(
        purpose: .stopTask(cluster: t.clusterName, task: t.id.hex), title: "Stop task \(Format.short(t.id))",
        intro: ["\(t.familyRevision) on \(TaskRows.host(t)), \(TaskRows.statusText(t))"]
          + (t.service.map { ["Service \($0.name) will start a replacement."] } ?? []),
        fields: [], actionLabel: "Stop task")
      form.confirm(["stop-task --cluster \(t.clusterName) --task \(t.id.hex) --reason \"Stopped from the dashboard\""])
      return .success(form)
    case .drainInstance, .activateInstance:
      guard let i = selectedInstance else { return .failure(FormMessage("select a container instance in the Instances pane first")) }
      let draining = action == .drainInstance
      var form = FormState(
        purpose: draining ? .drainInstance(cluster: i.clusterName, instance: i.ec2InstanceId)
          : .activateInstance(cluster: i.clusterName, instance: i.ec2InstanceId),
        title: (draining ? "Drain " : "Activate ") + i.ec2InstanceId,
        intro: ["\(i.instanceType.name) in \(i.availabilityZone), \(i.status.rawValue), \(i.runningTasksCount) running tasks"]
          + (draining ? ["Service tasks move elsewhere; standalone tasks keep running."] : []),
        fields: [], actionLabel: draining ? "Drain" : "Activate")
      form.confirm([
        "update-container-instances-state --cluster \(i.clusterName) --container-instances \(i.id.hex) --status \(draining ? "DRAINING" : "ACTIVE")"
      ])
      return .success(form)
    case .pushImage:
      let repo = selectedService?.taskDefinition.containerDefinitions.first.map { ImageReference($0.image).repository }
        ?? sim.repositories.keys.first ?? "web"
      return .success(FormState(
        purpose: .pushImage, title: "Push an image to ECR",
        fields: [
          .init("Image", value: "\(repo):", hint: "REPO:TAG"),
          .init("Size (MB)", value: "", hint: "optional"),
          .init("Bad release", value: "no", choices: ["no", "yes"], hint: "yes: health checks never pass"),
        ], actionLabel: "Push"))
    case .injectFault:
      let target = selectedInstance?.ec2InstanceId ?? selectedService?.name ?? ""
      return .success(FormState(
        purpose: .injectFault(cluster: cluster), title: "Inject a fault",
        intro: ["Instance faults take an EC2 instance id; a bad release takes a service."],
        fields: [
          .init("Fault", value: FaultKind.allCases[0].rawValue, choices: FaultKind.allCases.map(\.rawValue)),
          .init("Target", value: target, hint: "i-… or service"),
        ], actionLabel: "Inject"))
    default:
      return .failure(FormMessage("\(action.rawValue) has no dialog"))
    }
  }

  enum FaultKind: String, CaseIterable {
    case terminate = "terminate instance"
    case spot = "Spot interruption"
    case disconnect = "disconnect agent"
    case reconnect = "reconnect agent"
    case badRelease = "bad release"
  }

  func number(_ text: String, _ label: String, in range: ClosedRange<Int>) -> Result<Int, FormMessage> {
    guard let n = Int(text), range.contains(n) else {
      return .failure(FormMessage("\(label): expected a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'"))
    }
    return .success(n)
  }

  func commands(for form: FormState) -> Result<[String], FormMessage> {
    switch form.purpose {
    case .launchTask(let cluster):
      let td = form.value("Task definition")
      guard sim.taskDefinition(td) != nil else {
        return .failure(FormMessage("Task definition: '\(td)' is not registered (try \(sim.taskDefinitions.keys.joined(separator: ", ")))"))
      }
      return number(form.value("Count"), "Count", in: 1...10).map { count in
        var line = "run-task --cluster \(cluster) --task-definition \(td) --count \(count) --launch-type \(form.value("Launch type"))"
        if form.value("Launch type") == "FARGATE" {
          let subnets = sim.subnets.map(\.subnetId).joined(separator: ",")
          line += " --network-configuration \"awsvpcConfiguration={subnets=[\(subnets)],assignPublicIp=ENABLED}\""
        }
        return [line]
      }
    case .scaleService(let cluster, let service):
      return number(form.value("Desired count"), "Desired count", in: 0...10_000).map {
        ["update-service --cluster \(cluster) --service \(service) --desired-count \($0)"]
      }
    case .rollingUpgrade(let cluster, let name):
      guard let s = sim.clusters[cluster]?.services[name] else { return .failure(FormMessage("service \(name) is gone")) }
      let value = form.value("New image tag or revision")
      guard !value.isEmpty else { return .failure(FormMessage("give an image tag (1.5.0) or a revision (\(s.taskDefinition.family):N)")) }
      let minText = form.value("Minimum healthy %"), maxText = form.value("Maximum %")
      let minimum: Int, maximum: Int
      switch (number(minText, "Minimum healthy %", in: 0...100), number(maxText, "Maximum %", in: 100...200)) {
      case (.success(let a), .success(let b)): (minimum, maximum) = (a, b)
      case (.failure(let e), _), (_, .failure(let e)): return .failure(e)
      }
      var config = ""
      if minimum != s.minimumHealthyPercent || maximum != s.maximumPercent {
        config = " --deployment-configuration maximumPercent=\(maximum),minimumHealthyPercent=\(minimum)"
      }
      let update = "update-service --cluster \(cluster) --service \(name)"
      if let td = sim.taskDefinition(value), value.contains(":") {
        return .success(["\(update) --task-definition \(td.familyRevision)\(config)"])
      }
      return registerRevision(of: s.taskDefinition, tag: value).map { [$0, "\(update) --task-definition \(s.taskDefinition.family)\(config)"] }
    case .stopTask, .drainInstance, .activateInstance:
      return .success(form.commands ?? [])
    case .pushImage:
      let image = form.value("Image")
      guard let colon = image.firstIndex(of: ":"), colon != image.startIndex, image.index(after: colon) != image.endIndex else {
        return .failure(FormMessage("Image: expected REPO:TAG, e.g. web:1.6.0"))
      }
      var line = "push-image \(image)"
      let size = form.value("Size (MB)")
      if !size.isEmpty {
        switch number(size, "Size (MB)", in: 1...100_000) {
        case .success(let n): line += " --size \(n)MB"
        case .failure(let e): return .failure(e)
        }
      }
      if form.value("Bad release") == "yes" { line += " --unhealthy" }
      return .success([line])
    case .injectFault(let cluster):
      let target = form.value("Target")
      guard !target.isEmpty else { return .failure(FormMessage("Target: give an EC2 instance id or a service name")) }
      switch FaultKind(rawValue: form.value("Fault")) ?? .terminate {
      case .terminate: return .success(["terminate-instances --instance-ids \(target)"])
      case .spot: return .success(["interrupt-spot-instance \(target)"])
      case .disconnect: return .success(["disconnect-agent \(target)"])
      case .reconnect: return .success(["reconnect-agent \(target)"])
      case .badRelease:
        guard let s = sim.clusters[cluster]?.services[target] ?? sim.clusters.values.lazy.compactMap({ $0.services[target] }).first else {
          return .failure(FormMessage("Target: no service named '\(target)'"))
        }
        guard let image = s.taskDefinition.containerDefinitions.first?.image else { return .failure(FormMessage("no image")) }
        let repo = ImageReference(image).repository
        guard sim.repositories[repo] != nil else {
          return .failure(FormMessage("bad release: \(s.name)'s image is not in an ECR repository of this account"))
        }
        let tag = "bad-\(s.taskDefinition.revision + 1)"
        return registerRevision(of: s.taskDefinition, tag: tag).map {
          ["push-image \(repo):\(tag) --unhealthy", $0,
           "update-service --cluster \(s.clusterName) --service \(s.name) --task-definition \(s.taskDefinition.family)"]
        }
      }
    }
  }

  /// `register-task-definition --cli-input-json '…'`: the current revision as DescribeTaskDefinition
  /// returns it, less the read-only fields (what `jq` does in the AWS docs' upgrade recipe), with
  /// the first container's image tag replaced.
  func registerRevision(of td: TaskDefinition, tag: String) -> Result<String, FormMessage> {
    guard !tag.contains("'") && !tag.contains(" ") && !tag.contains("/") else {
      return .failure(FormMessage("image tag '\(tag)' may not contain quotes, spaces or slashes"))
    }
    let readOnly: Set<String> = [
      "taskDefinitionArn", "revision", "status", "compatibilities", "registeredAt", "registeredBy", "deregisteredAt",
      "requiresAttributes",
    ]
    guard case .object(let fields) = Describer(sim).taskDefinitionJSON(td) else { return .failure(FormMessage("no JSON")) }
    var kept: [(String, JSONValue)] = []
    for (k, v) in fields where !readOnly.contains(k) {
      if k == "containerDefinitions", case .array(var containers) = v, case .object(var first)? = containers.first {
        for (i, (key, value)) in first.enumerated() where key == "image" {
          if case .string(let image) = value {
            var reference = ImageReference(image)
            reference.tag = tag
            reference.digest = nil
            first[i].1 = .string(reference.text)
          }
        }
        containers[0] = .object(first)
        kept.append((k, .array(containers)))
      } else {
        kept.append((k, v))
      }
    }
    let json = JSONValue.object(kept).serialized()
    guard !json.contains("'") else { return .failure(FormMessage("the task definition's JSON contains a quote")) }
    return .success("register-task-definition --cli-input-json '\(json)'")
  }
}
