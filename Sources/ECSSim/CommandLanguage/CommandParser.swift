/// A command line that does not parse, with the column of the word at fault.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 1-based column in the command line where the problem is, when known.
  public var column: Int?
  public init(_ message: String, column: Int? = nil) { self.message = message; self.column = column }
  public init(message: String, column: Int?) { self.message = message; self.column = column }
  public var description: String { column.map { "column \($0): \(message)" } ?? message }
}

/// Reads the command language: the AWS CLI's verbs and flags (so a line typed here would run
/// against AWS), plus short aliases and simulator verbs. The verbs and their flags are data in
/// `CommandVerb.all`; this file turns a checked set of flags into a `Command`.
///
/// `[aws] [ecs|elbv2|scheduler|ecr|ec2|iam|sim] VERB [--flag value | --flag=value | --switch | --no-switch | WORD]…`
public enum CommandParser {
  /// Parses one line of the command language. Blank lines and `#` comments give nil.
  public static func parse(_ line: String) throws(CommandError) -> Command? {
    guard let args = try arguments(line) else { return nil }
    return try build(args)
  }

  /// The checked flags of a line, before they become a `Command`.
  static func arguments(_ line: String) throws(CommandError) -> CommandArguments? {
    let tokens = try CommandTokenizer.tokenize(line)
    guard !tokens.isEmpty else { return nil }
    var i = 0
    if tokens[i].text == "aws" { i += 1 }
    if i < tokens.count, CommandService(rawValue: tokens[i].text) != nil { i += 1 }
    guard i < tokens.count else {
      let last = tokens[i - 1]
      throw CommandError("expected a command after '\(last.text)'", column: last.column)
    }
    let verbToken = tokens[i]
    guard let (verb, alias) = CommandVerb.named(verbToken.text) else {
      var message = "unknown command '\(verbToken.text)'"
      if let guess = closestMatch(verbToken.text, in: CommandVerb.allWords) { message += "; did you mean '\(guess)'?" }
      throw CommandError(message, column: verbToken.column)
    }
    return try CommandArguments(verb: verb, alias: alias, verbToken: verbToken, words: Array(tokens[(i + 1)...]))
  }

  // MARK: - Building commands from checked arguments

  static func build(_ a: CommandArguments) throws(CommandError) -> Command {
    switch a.verb.name {
    case "run-task": return .runTask(try runTaskRequest(a))
    case "stop-task":
      return .stopTask(cluster: a.text("cluster"), task: try a.required("task"), reason: a.text("reason"))
    case "register-task-definition":
      let node = try registerTaskDefinitionNode(a)
      do throws(LocatedError) {
        return .registerTaskDefinition(try RegisterTaskDefinitionInput.decode(node, path: a.name))
      } catch {
        throw CommandError(error.message, column: a.column(of: error))
      }
    case "deregister-task-definition": return .deregisterTaskDefinition(try a.required("task-definition"))
    case "update-container-instances-state":
      return .updateContainerInstancesState(
        cluster: a.text("cluster"), containerInstances: a.texts("container-instances"), status: try a.required("status"))
    case "deregister-container-instance":
      return .deregisterContainerInstance(
        cluster: a.text("cluster"), containerInstance: try a.required("container-instance"), force: a.switchValue("force") ?? false)
    case "create-cluster": return .createCluster(a.text("cluster-name") ?? "default")
    case "delete-cluster": return .deleteCluster(try a.required("cluster"))
    case "put-attributes": return try putAttributes(a)
    case "create-service": return .createService(try createServiceInput(a))
    case "update-service": return .updateService(try updateServiceInput(a))
    case "delete-service":
      return .deleteService(cluster: a.text("cluster"), service: try a.required("service"), force: a.switchValue("force") ?? false)
    case "describe-services": return .describeServices(cluster: a.text("cluster"), services: a.texts("services"))
    case "list-services": return .listServices(cluster: a.text("cluster"))
    case "create-target-group": return .createTargetGroup(try targetGroupSpec(a))
    case "create-load-balancer": return .createLoadBalancer(try loadBalancerSpec(a))
    case "create-listener": return try createListener(a)
    case "modify-target-group":
      return .modifyTargetGroup(
        targetGroup: try a.required("target-group-arn"), healthCheck: try healthCheckChange(a), deregistrationDelaySeconds: nil)
    case "modify-target-group-attributes": return try modifyTargetGroupAttributes(a)
    case "describe-target-health": return .describeTargetHealth(targetGroup: try a.required("target-group-arn"))
    case "create-schedule": return .createSchedule(try scheduleSpec(a))
    case "delete-schedule": return .deleteSchedule(try a.required("name"))
    case "describe-clusters": return .describeClusters(a.texts("clusters"))
    case "list-clusters": return .listClusters
    case "describe-container-instances":
      return .describeContainerInstances(cluster: a.text("cluster"), containerInstances: a.texts("container-instances"))
    case "list-container-instances":
      return .listContainerInstances(cluster: a.text("cluster"), filter: a.text("filter"), status: a.text("status"))
    case "describe-tasks": return .describeTasks(cluster: a.text("cluster"), tasks: a.texts("tasks"))
    case "list-tasks":
      return .listTasks(
        cluster: a.text("cluster"), family: a.text("family"), containerInstance: a.text("container-instance"),
        startedBy: a.text("started-by"), desiredStatus: a.text("desired-status"), launchType: a.text("launch-type"))
    case "describe-task-definition": return .describeTaskDefinition(try a.required("task-definition"))
    case "list-task-definitions":
      return .listTaskDefinitions(familyPrefix: a.text("family-prefix"), status: a.text("status"))
    case "create-repository":
      return .createRepository(name: try a.required("repository-name"), mutability: a.text("image-tag-mutability"))
    case "delete-repository":
      return .deleteRepository(name: try a.required("repository-name"), force: a.switchValue("force") ?? false)
    case "batch-delete-image":
      let tags = try a.decodeEach("image-ids", keys: ["imageTag"]) { m throws(LocatedError) in
        try m.requireString("imageTag")
      }
      return .batchDeleteImage(repository: try a.required("repository-name"), tags: tags)
    case "describe-images": return .describeImages(repository: try a.required("repository-name"))
    case "create-role":
      return .createRole(
        name: try a.required("role-name"), trustedService: a.text("trusted-service") ?? "ecs-tasks.amazonaws.com",
        actions: a.texts("actions"), managedPolicies: a.texts("managed-policies"))
    case "push-image": return try pushImage(a)
    case "launch-instances": return .launchInstances(try launchInstancesRequest(a))
    case "terminate-instances": return .terminateInstances(a.texts("instance-ids"))
    case "disconnect-agent": return .disconnectAgent(try a.required("instance-id"))
    case "interrupt-spot-instance": return .interruptSpotInstance(try a.required("instance-id"))
    case "interrupt-spot-task": return .interruptSpotTask(cluster: a.text("cluster"), task: try a.required("task"))
    case "reconnect-agent": return .reconnectAgent(try a.required("instance-id"))
    case "advance": return .advance(try a.requiredTime("by"))
    case "advance-to": return .advanceTo(try a.requiredTime("time"))
    default:
      throw CommandError("\(a.name): no command is built for this verb", column: a.verbColumn)
    }
  }

  static func runTaskRequest(_ a: CommandArguments) throws(CommandError) -> RunTaskRequest {
    var r = RunTaskRequest(taskDefinition: try a.required("task-definition"))
    r.cluster = a.text("cluster")
    if let count = a.int("count") { r.count = count }
    r.launchType = a.text("launch-type")
    r.group = a.text("group")
    r.startedBy = a.text("started-by")
    r.capacityProviderStrategy = try capacityProviderStrategy(a)
    r.placementStrategy = try placementStrategy(a)
    r.placementConstraints = try placementConstraints(a)
    if let vpc = try awsvpcConfiguration(a) {
      r.subnets = vpc.subnets; r.securityGroups = vpc.securityGroups; r.assignPublicIp = vpc.assignPublicIp
    }
    return r
  }

  // MARK: RunTask-shaped structures (run-task, create-service, update-service, create-schedule)

  static func capacityProviderStrategy(_ a: CommandArguments) throws(CommandError) -> [(capacityProvider: String, weight: Int, base: Int)] {
    try a.decodeEach("capacity-provider-strategy", keys: capacityProviderKeys, capacityProviderItem)
  }

  static func placementStrategy(_ a: CommandArguments) throws(CommandError) -> [(type: String, field: String?)] {
    try a.decodeEach("placement-strategy", keys: ["type", "field"], placementStrategyItem)
  }

  static func placementConstraints(_ a: CommandArguments) throws(CommandError) -> [(type: String, expression: String?)] {
    try a.decodeEach("placement-constraints", keys: ["type", "expression"], placementConstraintItem)
  }

  static let capacityProviderKeys = ["capacityProvider", "weight", "base"]

  static func capacityProviderItem(_ m: NodeMap) throws(LocatedError) -> (capacityProvider: String, weight: Int, base: Int) {
    // ECS's defaults when omitted: weight 0, base 0.
    (capacityProvider: try m.requireString("capacityProvider"), weight: try m.int("weight") ?? 0, base: try m.int("base") ?? 0)
  }

  static func placementStrategyItem(_ m: NodeMap) throws(LocatedError) -> (type: String, field: String?) {
    (type: try m.requireString("type"), field: try m.string("field"))
  }

  static func placementConstraintItem(_ m: NodeMap) throws(LocatedError) -> (type: String, expression: String?) {
    (type: try m.requireString("type"), expression: try m.string("expression"))
  }

  static func awsvpcConfiguration(
    _ a: CommandArguments
  ) throws(CommandError) -> (subnets: [String], securityGroups: [String], assignPublicIp: Bool)? {
    guard let node = a.nodes("network-configuration").first else { return nil }
    return try a.located { () throws(LocatedError) in try awsvpcConfiguration(node, path: "--network-configuration") }
  }

  /// `{awsvpcConfiguration: {subnets, securityGroups, assignPublicIp}}`, ECS's NetworkConfiguration.
  static func awsvpcConfiguration(
    _ node: Node, path: String
  ) throws(LocatedError) -> (subnets: [String], securityGroups: [String], assignPublicIp: Bool) {
    let outer = try NodeMap(node, path: path, allowed: ["awsvpcConfiguration"])
    let vpc = try NodeMap(outer.require("awsvpcConfiguration"), path: path + ".awsvpcConfiguration",
                          allowed: ["subnets", "securityGroups", "assignPublicIp"])
    return (try stringList(vpc, "subnets", required: true), try stringList(vpc, "securityGroups", required: false),
            try vpc.oneOf("assignPublicIp", ["ENABLED", "DISABLED"]) == "ENABLED")
  }

  /// The RegisterTaskDefinition input as a `Node` in the API's shape: `--cli-input-json` with
  /// each flag given replacing its key (as the AWS CLI merges them). Flags and JSON then share
  /// one decoder, so validation and its messages live in one place.
  static func registerTaskDefinitionNode(_ a: CommandArguments) throws(CommandError) -> Node {
    var pairs: [(key: Node, value: Node)] = []
    let inputJSON = a.nodes("cli-input-json").first
    if let inputJSON {
      guard case .mapping(let p) = inputJSON.kind else {
        throw CommandError("\(a.name): --cli-input-json expects a JSON object, found \(inputJSON.kindName)",
                           column: inputJSON.location?.column)
      }
      pairs = p
    } else {
      for name in ["family", "container-definitions"] where !a.has(name) {
        throw CommandError("\(a.name): missing required option --\(name)", column: a.verbColumn)
      }
    }
    func set(_ key: String, _ flag: String, _ value: Node) {
      pairs.removeAll { $0.key.scalar == key }
      let at = a.flagColumn(flag).map { SourceLocation(line: 1, column: $0) }
      pairs.append((key: Node(.scalar(key, quoted: true), at: at), value: value))
    }
    let scalars = [("family", "family"), ("network-mode", "networkMode"), ("cpu", "cpu"), ("memory", "memory"),
                   ("task-role-arn", "taskRoleArn"), ("execution-role-arn", "executionRoleArn")]
    for (flag, key) in scalars {
      if let item = a.items(flag).first { set(key, flag, item.stringNode) }
    }
    if let defs = a.nodes("container-definitions").first { set("containerDefinitions", "container-definitions", defs) }
    if a.has("requires-compatibilities") {
      let items = a.items("requires-compatibilities").map(\.stringNode)
      set("requiresCompatibilities", "requires-compatibilities",
          Node(.sequence(items), at: items.first?.location))
    }
    if a.has("placement-constraints") {
      let items = a.nodes("placement-constraints")
      set("placementConstraints", "placement-constraints", Node(.sequence(items), at: items.first?.location))
    }
    return Node(.mapping(pairs), at: SourceLocation(line: 1, column: a.verbColumn))
  }

  /// ECS takes a `targetId` per attribute; the command applies them to one container instance,
  /// so every attribute that names a target must name the same one.
  static func putAttributes(_ a: CommandArguments) throws(CommandError) -> Command {
    let entries = try a.decodeEach("attributes", keys: ["name", "value", "targetType", "targetId"]) { m throws(LocatedError) in
      (name: try m.requireString("name"), value: try m.string("value"), targetId: try m.string("targetId"),
       column: m.child("targetId")?.location?.column)
    }
    var target: String?
    for e in entries {
      guard let id = e.targetId else { continue }
      if let target, target != id {
        throw CommandError("\(a.name): every attribute must have the same targetId ('\(target)', then '\(id)')",
                           column: e.column)
      }
      target = id
    }
    guard let target else {
      throw CommandError("\(a.name): --attributes needs targetId=CONTAINER_INSTANCE", column: a.flagColumn("attributes"))
    }
    return .putAttributes(cluster: a.text("cluster"), targetId: target,
                          attributes: entries.map { (name: $0.name, value: $0.value) })
  }

  // MARK: - Services

  static func createServiceInput(_ a: CommandArguments) throws(CommandError) -> CreateServiceInput {
    var s = CreateServiceInput(serviceName: try a.required("service-name"), taskDefinition: try a.required("task-definition"))
    s.cluster = a.text("cluster")
    s.desiredCount = a.int("desired-count")
    s.launchType = a.text("launch-type")
    s.capacityProviderStrategy = try capacityProviderStrategy(a)
    s.schedulingStrategy = a.text("scheduling-strategy")
    if let dc = try deploymentConfiguration(a) { s.deploymentConfiguration = dc }
    var references = ScenarioReferences()  // a command names target groups that exist already
    for node in a.nodes("load-balancers") {
      s.loadBalancers.append(try a.located { () throws(LocatedError) in
        try ServiceLoadBalancerInput.decode(node, path: "--load-balancers", references: &references)
      })
    }
    s.healthCheckGracePeriodSeconds = a.int("health-check-grace-period-seconds")
    s.placementConstraints = try placementConstraints(a)
    s.placementStrategy = try placementStrategy(a)
    if let vpc = try awsvpcConfiguration(a) {
      s.subnets = vpc.subnets; s.securityGroups = vpc.securityGroups; s.assignPublicIp = vpc.assignPublicIp
    }
    return s
  }

  /// Placement given as `'[]'` clears it (nil leaves it as it is), as UpdateService does.
  static func updateServiceInput(_ a: CommandArguments) throws(CommandError) -> UpdateServiceInput {
    var u = UpdateServiceInput(service: try a.required("service"))
    u.cluster = a.text("cluster")
    u.desiredCount = a.int("desired-count")
    u.taskDefinition = a.text("task-definition")
    u.deploymentConfiguration = try deploymentConfiguration(a)
    u.forceNewDeployment = a.switchValue("force-new-deployment") ?? false
    u.healthCheckGracePeriodSeconds = a.int("health-check-grace-period-seconds")
    if a.has("placement-constraints") { u.placementConstraints = try placementConstraints(a) }
    if a.has("placement-strategy") { u.placementStrategy = try placementStrategy(a) }
    if a.has("capacity-provider-strategy") { u.capacityProviderStrategy = try capacityProviderStrategy(a) }
    if let vpc = try awsvpcConfiguration(a) {
      u.subnets = vpc.subnets; u.securityGroups = vpc.securityGroups; u.assignPublicIp = vpc.assignPublicIp
    }
    if a.has("load-balancers") {
      var references = ScenarioReferences()
      var lbs: [ServiceLoadBalancerInput] = []
      for node in a.nodes("load-balancers") {
        lbs.append(try a.located { () throws(LocatedError) in
          try ServiceLoadBalancerInput.decode(node, path: "--load-balancers", references: &references)
        })
      }
      u.loadBalancers = lbs
    }
    return u
  }

  /// `maximumPercent=200,minimumHealthyPercent=100,deploymentCircuitBreaker={enable=true,rollback=true}`
  /// or the same as JSON; read by the scenario's decoder, so both check the same rules.
  static func deploymentConfiguration(_ a: CommandArguments) throws(CommandError) -> DeploymentConfigurationInput? {
    guard let node = a.nodes("deployment-configuration").first else { return nil }
    return try a.located { () throws(LocatedError) in
      try DeploymentConfigurationInput.decode(node, path: "--deployment-configuration")
    }
  }

  // MARK: - Elastic Load Balancing v2

  static func targetGroupSpec(_ a: CommandArguments) throws(CommandError) -> TargetGroupSpec {
    var tg = TargetGroupSpec(name: try a.required("name"))
    if let v = a.text("protocol") { tg.protocol = v }
    if let v = a.int("port") { tg.port = v }
    if let v = a.text("target-type") { tg.targetType = v }
    // `--vpc-id` is accepted and ignored: the simulation has one VPC.
    if let v = a.text("health-check-protocol") { tg.healthCheck.protocol = v }
    let change = try healthCheckChange(a)
    if let v = change.path { tg.healthCheck.path = v }
    if let v = change.port { tg.healthCheck.port = v }
    if let v = change.intervalSeconds { tg.healthCheck.intervalSeconds = v }
    if let v = change.timeoutSeconds { tg.healthCheck.timeoutSeconds = v }
    if let v = change.healthyThresholdCount { tg.healthCheck.healthyThresholdCount = v }
    if let v = change.unhealthyThresholdCount { tg.healthCheck.unhealthyThresholdCount = v }
    if let v = change.matcher { tg.healthCheck.matcher = v }
    return tg
  }

  /// The health-check flags given; their values are ELB's to check when the command is applied.
  static func healthCheckChange(_ a: CommandArguments) throws(CommandError) -> HealthCheckSettingsChange {
    var c = HealthCheckSettingsChange()
    c.path = a.text("health-check-path")
    c.port = a.text("health-check-port")
    c.intervalSeconds = a.int("health-check-interval-seconds")
    c.timeoutSeconds = a.int("health-check-timeout-seconds")
    c.healthyThresholdCount = a.int("healthy-threshold-count")
    c.unhealthyThresholdCount = a.int("unhealthy-threshold-count")
    if let node = a.nodes("matcher").first {
      c.matcher = try a.located { () throws(LocatedError) in
        let m = try NodeMap(node, path: "--matcher", allowed: ["HttpCode"])
        let codes = try m.require("HttpCode")
        // Shorthand reads `HttpCode=200,302` as a list; ELB wants the text "200,302".
        if case .sequence(let items) = codes.kind {
          var parts: [String] = []
          for (i, item) in items.enumerated() { parts.append(try item.asString(path: "--matcher.HttpCode[\(i)]")) }
          return parts.joined(separator: ",")
        }
        return try codes.asString(path: "--matcher.HttpCode")
      }
    }
    return c
  }

  /// Only Application Load Balancers are simulated, and `LoadBalancerSpec` has no type: any
  /// other `--type` is refused here rather than silently built as an ALB.
  static func loadBalancerSpec(_ a: CommandArguments) throws(CommandError) -> LoadBalancerSpec {
    var lb = LoadBalancerSpec(name: try a.required("name"))
    lb.subnets = a.texts("subnets")
    lb.securityGroups = a.texts("security-groups")
    if let v = a.text("scheme") { lb.scheme = v }
    if let type = a.items("type").first, type.text != "application" {
      throw CommandError(
        "\(a.name): ecsim simulates Application Load Balancers only; --type \(type.text) is not supported",
        column: type.token.column)
    }
    return lb
  }

  /// One default action: `Type=forward,TargetGroupArn=…` or
  /// `Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}`. A redirect's
  /// Port left out (or `#{port}`) keeps the listener's port, as ELB does.
  static func createListener(_ a: CommandArguments) throws(CommandError) -> Command {
    let loadBalancer = try a.required("load-balancer-arn")
    guard let port = a.int("port") else {
      throw CommandError("\(a.name): missing required option --port", column: a.verbColumn)
    }
    var listener = ListenerSpec(port: port)
    if let v = a.text("protocol") { listener.protocol = v }
    // `--certificates` is accepted and ignored: TLS is not simulated.
    let actions = a.nodes("default-actions")
    guard actions.count == 1 else {
      throw CommandError(
        "\(a.name): --default-actions: ecsim simulates one default action per listener, found \(actions.count)",
        column: a.flagColumn("default-actions"))
    }
    try a.located { () throws(LocatedError) in
      let path = "--default-actions"
      let m = try NodeMap(actions[0], path: path, allowed: ["Type", "TargetGroupArn", "RedirectConfig", "Order"])
      let typeNode = try m.require("Type")
      let type = try typeNode.asString(path: path + ".Type")
      switch type.lowercased() {
      case "forward":
        if let extra = m.child("RedirectConfig") {
          throw LocatedError("\(path): a forward action takes TargetGroupArn, not RedirectConfig", at: extra.location)
        }
        listener.defaultTargetGroup = try m.requireString("TargetGroupArn")
      case "redirect":
        if let extra = m.child("TargetGroupArn") {
          throw LocatedError("\(path): a redirect action takes RedirectConfig, not TargetGroupArn", at: extra.location)
        }
        let rc = try NodeMap(m.require("RedirectConfig"), path: path + ".RedirectConfig",
                             allowed: ["Protocol", "Port", "Host", "Path", "Query", "StatusCode"])
        _ = try rc.require("StatusCode")
        _ = try rc.oneOf("StatusCode", ["HTTP_301", "HTTP_302"])
        let proto = try rc.string("Protocol") ?? "#{protocol}"
        guard proto == "HTTPS" else {
          throw LocatedError(
            "\(path).RedirectConfig.Protocol: ecsim simulates redirects to HTTPS only, found '\(proto)'",
            at: rc.child("Protocol")?.location ?? rc.node.location)
        }
        if let portNode = rc.child("Port"), portNode.scalar != "#{port}" {
          listener.redirectToPort = try portNode.asInt(path: path + ".RedirectConfig.Port")
        } else {
          listener.redirectToPort = port
        }
      default:
        throw LocatedError(
          "\(path).Type: ecsim simulates forward and redirect actions, not '\(type)'", at: typeNode.location)
      }
    }
    return .createListener(loadBalancer: loadBalancer, listener: listener)
  }

  /// `--attributes Key=deregistration_delay.timeout_seconds,Value=30`: the one target group
  /// attribute the simulation models; the last value given wins.
  static func modifyTargetGroupAttributes(_ a: CommandArguments) throws(CommandError) -> Command {
    let key = "deregistration_delay.timeout_seconds"
    let entries = try a.decodeEach("attributes", keys: ["Key", "Value"]) { m throws(LocatedError) in
      (key: try m.requireString("Key"), keyNode: m.child("Key"), value: try m.string("Value"), valueNode: m.child("Value"))
    }
    var delay: Int?
    for e in entries {
      guard e.key == key else {
        var message = "\(a.name): ecsim simulates only the attribute \(key), not '\(e.key)'"
        if let g = closestMatch(e.key, in: [key]) { message += "; did you mean '\(g)'?" }
        throw CommandError(message, column: e.keyNode?.location?.column)
      }
      guard let text = e.value, let seconds = Int(text) else {
        throw CommandError("\(a.name): \(key) expects a number of seconds, got '\(e.value ?? "")'",
                           column: e.valueNode?.location?.column ?? e.keyNode?.location?.column)
      }
      delay = seconds
    }
    return .modifyTargetGroup(
      targetGroup: try a.required("target-group-arn"), healthCheck: HealthCheckSettingsChange(), deregistrationDelaySeconds: delay)
  }

  // MARK: - EventBridge Scheduler

  /// The target is `--target` (RunTask's shape, or the Scheduler's own `Arn`/`EcsParameters`
  /// shape so that commands from AWS documentation run) or the simulator's short flags
  /// `--task-definition`, `--cluster` and `--count`; not both.
  static func scheduleSpec(_ a: CommandArguments) throws(CommandError) -> ScheduleSpec {
    let name = try a.required("name")
    let expression = try a.required("schedule-expression")
    if let window = a.nodes("flexible-time-window").first {
      // Accepted so pasted commands run; the simulation fires schedules on time.
      _ = try a.located { () throws(LocatedError) in
        let m = try NodeMap(window, path: "--flexible-time-window", allowed: ["Mode", "MaximumWindowInMinutes"])
        _ = try m.oneOf("Mode", ["OFF", "FLEXIBLE"])
        _ = try m.int("MaximumWindowInMinutes")
      }
    }
    let shortFlags = ["task-definition", "cluster", "count"].filter { a.has($0) }
    let request: RunTaskRequest
    if let target = a.nodes("target").first {
      if let flag = shortFlags.first {
        throw CommandError(
          "\(a.name): give the target either as --target or with --task-definition, --cluster and --count, not both",
          column: a.flagColumn(flag))
      }
      request = try a.located { () throws(LocatedError) in try scheduleTarget(target) }
    } else {
      guard let taskDefinition = a.text("task-definition") else {
        throw CommandError("\(a.name): missing required option --target (or --task-definition)", column: a.verbColumn)
      }
      var r = RunTaskRequest(taskDefinition: taskDefinition)
      r.cluster = a.text("cluster")
      if let count = a.int("count") { r.count = count }
      request = r
    }
    return ScheduleSpec(name: name, scheduleExpression: expression, request: request)
  }

  static let schedulerTargetKeys = ["Arn", "RoleArn", "EcsParameters"]
  static let ecsParametersKeys = [
    "TaskDefinitionArn", "TaskCount", "LaunchType", "NetworkConfiguration", "Group", "PlacementConstraints",
    "PlacementStrategy", "CapacityProviderStrategy",
  ]

  static func scheduleTarget(_ node: Node) throws(LocatedError) -> RunTaskRequest {
    let path = "--target"
    let isSchedulerShape: Bool
    if case .mapping(let pairs) = node.kind {
      isSchedulerShape = pairs.contains { schedulerTargetKeys.contains($0.key.scalar ?? "") }
    } else {
      isSchedulerShape = false
    }
    guard isSchedulerShape else {
      // RunTask's input shape, as a scenario's schedule target is written.
      let m = try NodeMap(node, path: path, allowed: RunTaskSpec.keys)
      var r = RunTaskRequest(taskDefinition: try m.requireString("taskDefinition"))
      r.cluster = try m.string("cluster")
      if let count = try m.int("count") { r.count = count }
      r.launchType = try m.string("launchType")
      r.group = try m.string("group")
      r.startedBy = try m.string("startedBy")
      r.capacityProviderStrategy = try eachItem(m, "capacityProviderStrategy", keys: capacityProviderKeys, capacityProviderItem)
      r.placementStrategy = try eachItem(m, "placementStrategy", keys: ["type", "field"], placementStrategyItem)
      r.placementConstraints = try eachItem(m, "placementConstraints", keys: ["type", "expression"], placementConstraintItem)
      if let net = m.child("networkConfiguration") {
        let vpc = try awsvpcConfiguration(net, path: path + ".networkConfiguration")
        r.subnets = vpc.subnets; r.securityGroups = vpc.securityGroups; r.assignPublicIp = vpc.assignPublicIp
      }
      return r
    }
    // EventBridge Scheduler's Target: the cluster ARN, a role (not simulated) and EcsParameters.
    let m = try NodeMap(node, path: path, allowed: schedulerTargetKeys)
    let arnNode = try m.require("Arn")
    let arn = try arnNode.asString(path: path + ".Arn")
    let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", parts[2] == "ecs", parts[5].hasPrefix("cluster/") else {
      throw LocatedError(
        "\(path).Arn: expected an ECS cluster ARN such as arn:aws:ecs:us-east-1:123456789012:cluster/default, found '\(arn)'",
        at: arnNode.location)
    }
    let p = try NodeMap(m.require("EcsParameters"), path: path + ".EcsParameters", allowed: ecsParametersKeys)
    var r = RunTaskRequest(taskDefinition: try p.requireString("TaskDefinitionArn"))
    r.cluster = arn
    if let count = try p.int("TaskCount") { r.count = count }
    r.launchType = try p.string("LaunchType")
    r.group = try p.string("Group")
    r.capacityProviderStrategy = try eachItem(p, "CapacityProviderStrategy", keys: capacityProviderKeys, capacityProviderItem)
    r.placementStrategy = try eachItem(p, "PlacementStrategy", keys: ["type", "field"], placementStrategyItem)
    r.placementConstraints = try eachItem(p, "PlacementConstraints", keys: ["type", "expression"], placementConstraintItem)
    if let net = p.child("NetworkConfiguration") {
      let netPath = p.path + ".NetworkConfiguration"
      let outer = try NodeMap(net, path: netPath, allowed: ["awsvpcConfiguration"])
      let vpc = try NodeMap(outer.require("awsvpcConfiguration"), path: netPath + ".awsvpcConfiguration",
                            allowed: ["Subnets", "SecurityGroups", "AssignPublicIp"])
      r.subnets = try stringList(vpc, "Subnets", required: true)
      r.securityGroups = try stringList(vpc, "SecurityGroups", required: false)
      r.assignPublicIp = try vpc.oneOf("AssignPublicIp", ["ENABLED", "DISABLED"]) == "ENABLED"
    }
    return r
  }

  /// Each mapping of the list under `key`, read with `keys` and named `path.key[i]` in errors.
  static func eachItem<T>(
    _ m: NodeMap, _ key: String, keys: [String], _ body: (NodeMap) throws(LocatedError) -> T
  ) throws(LocatedError) -> [T] {
    var out: [T] = []
    for (i, item) in (try m.list(key) ?? []).enumerated() {
      out.append(try body(try NodeMap(item, path: "\(m.path).\(key)[\(i)]", allowed: keys)))
    }
    return out
  }

  static func pushImage(_ a: CommandArguments) throws(CommandError) -> Command {
    var repository = a.text("repository-name")
    var tag = a.text("image-tag")
    if let image = a.items("image").first {
      if repository != nil {
        throw CommandError("\(a.name): give the image as REPO:TAG or with --repository-name, not both",
                           column: image.token.column)
      }
      // The tag follows the last ':' after the last '/', so a registry host's port is not a tag.
      let chars = Array(image.text)
      let slash = chars.lastIndex(of: "/") ?? -1
      if let colon = chars.lastIndex(of: ":"), colon > slash {
        if tag != nil {
          throw CommandError("\(a.name): the tag is given both in '\(image.text)' and by --image-tag",
                             column: image.token.column)
        }
        repository = String(chars[..<colon])
        tag = String(chars[(colon + 1)...])
      } else {
        repository = image.text
      }
      if repository?.isEmpty ?? true || tag?.isEmpty == true {
        throw CommandError("\(a.name): expected REPO:TAG, got '\(image.text)'", column: image.token.column)
      }
    }
    guard let repository else {
      throw CommandError("\(a.name): missing required option --repository-name (or REPO:TAG)", column: a.verbColumn)
    }
    var behavior = ImageBehaviorOverrides()
    behavior.startupTime = a.duration("startup-time")
    behavior.exitAfter = a.duration("exit-after")
    behavior.exitCode = a.int("exit-code")
    behavior.shutdownTime = a.duration("shutdown-time")
    behavior.healthy = a.switchValue("unhealthy").map { !$0 }
    // Docker's rule: no tag means `latest`.
    return .pushImage(repository: repository, tag: tag ?? "latest", sizeMB: a.int("size"), behavior: behavior)
  }

  static func launchInstancesRequest(_ a: CommandArguments) throws(CommandError) -> LaunchInstancesRequest {
    var r = LaunchInstancesRequest(instanceType: try a.required("instance-type"))
    if let count = a.int("count") { r.count = count }
    r.availabilityZones = a.texts("availability-zones")
    if let option = a.text("purchase-option").flatMap(PurchaseOption.init(rawValue:)) { r.purchaseOption = option }
    if a.switchValue("spot") == true {
      if a.has("purchase-option"), r.purchaseOption != .spot {
        throw CommandError("\(a.name): --spot contradicts --purchase-option \(r.purchaseOption.rawValue)",
                           column: a.flagColumn("spot"))
      }
      r.purchaseOption = .spot
    }
    if let ami = a.text("ami").flatMap(AMIKind.init(rawValue:)) { r.ami = ami }
    // [SIM] `--iam-role ""` or `--iam-role none` launches without an instance profile.
    if let role = a.text("iam-role") { r.iamRole = (role.isEmpty || role == "none") ? nil : role }
    r.securityGroups = a.texts("security-groups")
    if let config = a.text("ecs-config") { r.ecsConfig = splittingLines(config) }
    return r
  }

  /// A literal backslash-n (two characters) becomes a newline: one command line can carry a
  /// whole ecs.config file.
  static func splittingLines(_ s: String) -> String {
    var out = ""
    var chars = Array(s)[...]
    while let c = chars.popFirst() {
      if c == "\\", chars.first == "n" { out.append("\n"); chars.removeFirst() } else { out.append(c) }
    }
    return out
  }

  /// `subnets=[a,b]`, `subnets=a,b` or `subnets=a`: a list of strings either way.
  static func stringList(_ map: NodeMap, _ key: String, required: Bool) throws(LocatedError) -> [String] {
    let node: Node
    if required { node = try map.require(key) } else if let n = map.child(key) { node = n } else { return [] }
    if let s = node.scalar { return [s] }
    return try map.strings(key) ?? []
  }

  // MARK: - Value syntax

  /// `HH:MM:SS[.mmm]`, `MM:SS`, or a duration since the start of the simulation.
  public static func parseClockTime(_ text: String) -> SimTime? {
    guard text.contains(":") else { return SimTime.parseDuration(text) }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    for (n, p) in parts.enumerated() {
      let allowed: (Character) -> Bool = n == parts.count - 1 ? { $0.isASCII && ($0.isNumber || $0 == ".") } : { $0.isASCII && $0.isNumber }
      guard !p.isEmpty, p.first != ".", p.allSatisfy(allowed) else { return nil }
    }
    let h = parts.count == 3 ? parts[0] : "0"
    return SimTime.parseDuration("\(h)h\(parts[parts.count - 2])m\(parts[parts.count - 1])s")
  }

  /// `120`, `120MB`, `120MiB` (megabytes), `1.5GB`, `2GiB` (×1024).
  public static func parseSizeMB(_ text: String) -> Int? {
    let lower = text.lowercased()
    var number = lower
    var factor = 1
    for (suffix, f) in [("mib", 1), ("mb", 1), ("gib", 1024), ("gb", 1024), ("m", 1), ("g", 1024)] where lower.hasSuffix(suffix) {
      number = String(lower.dropLast(suffix.count)).trimmingSpaces
      factor = f
      break
    }
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, !parts[0].isEmpty, let whole = Int(parts[0]), whole >= 0 else { return nil }
    var value = whole * factor
    if parts.count == 2 {
      let frac = parts[1]
      guard !frac.isEmpty, frac.count <= 6, let f = Int(frac) else { return nil }
      var scale = 1
      for _ in 0..<frac.count { scale *= 10 }
      value += f * factor / scale
    }
    return value
  }
}

// MARK: - Arguments

/// A verb's flags after scanning: names checked against the table, values checked against
/// their kinds, positional words assigned, alias presets applied and required flags present.
struct CommandArguments {
  /// One value word and what it parsed to.
  struct Item {
    enum Value { case text(String), integer(Int), time(SimTime), nodes([Node]) }
    var token: CommandToken
    var value: Value
    /// The value as checked: a choice in the table's spelling, anything else as typed.
    var text: String {
      if case .text(let s) = value { return s }
      return token.text
    }
    var stringNode: Node { Node(.scalar(token.text, quoted: true), at: SourceLocation(line: 1, column: token.column)) }
  }

  struct Given {
    var flagColumn: Int
    var items: [Item] = []
    var switchValue: Bool?
  }

  let verb: CommandVerb
  /// The verb as typed (an alias stays an alias), for messages.
  let name: String
  let verbColumn: Int
  private var given: [String: Given] = [:]

  init(verb: CommandVerb, alias: CommandAlias?, verbToken: CommandToken, words: [CommandToken]) throws(CommandError) {
    self.verb = verb
    self.name = verbToken.text
    self.verbColumn = verbToken.column
    let presets = alias?.presets ?? []
    let accepted = verb.flags.filter { f in !f.isPositionalOnly && !presets.contains { $0.flag == f.name } }
    var positional: [CommandToken] = []
    var k = 0
    func isFlag(_ t: CommandToken) -> Bool { t.text.hasPrefix("--") }
    while k < words.count {
      let word = words[k]
      k += 1
      guard isFlag(word) else { positional.append(word); continue }
      var flagName = String(word.text.dropFirst(2))
      var inline: CommandToken?
      if let eq = flagName.firstIndex(of: "=") {
        let nameOnly = String(flagName[..<eq])
        inline = Self.inlineValue(of: word, flagName: nameOnly, text: String(flagName[flagName.index(after: eq)...]))
        flagName = nameOnly
      }
      if CommandVerb.ignoredGlobalSwitches.contains(flagName) { continue }
      if CommandVerb.ignoredGlobalOptions.contains(flagName) {
        if inline == nil {
          guard k < words.count, !isFlag(words[k]) else {
            throw CommandError("\(name): --\(flagName) expects a value", column: word.column)
          }
          k += 1
        }
        continue
      }
      var switchValue = true
      var flag = accepted.first { $0.name == flagName }
      if flag == nil, flagName.hasPrefix("no-") {
        let positive = String(flagName.dropFirst(3))
        if let f = accepted.first(where: { $0.name == positive && $0.kind == .boolean }) { flag = f; switchValue = false }
      }
      guard let flag else {
        var message = "\(name): unknown option '--\(flagName)'"
        let names = accepted.map { "--" + $0.name }
        if let guess = closestMatch("--" + flagName, in: names) {
          message += "; did you mean '\(guess)'?"
        } else if names.isEmpty {
          message += "; \(name) takes no options"
        } else {
          message += "; expected one of \(names.joined(separator: ", "))"
        }
        throw CommandError(message, column: word.column)
      }
      guard given[flag.name] == nil else {
        throw CommandError("\(name): --\(flag.name) is given twice", column: word.column)
      }
      if flag.kind == .boolean {
        if inline != nil { throw CommandError("\(name): --\(flagName) takes no value", column: word.column) }
        given[flag.name] = Given(flagColumn: word.column, switchValue: switchValue)
        continue
      }
      var values: [CommandToken] = []
      if let inline {
        values = [inline]
      } else if flag.isList {
        while k < words.count, !isFlag(words[k]) { values.append(words[k]); k += 1 }
      } else if k < words.count, !isFlag(words[k]) {
        values = [words[k]]; k += 1
      }
      guard !values.isEmpty else {
        throw CommandError("\(name): --\(flag.name) expects \(Self.expectation(flag))", column: word.column)
      }
      try record(flag, values, flagColumn: word.column)
    }
    for p in presets {
      guard let flag = verb.flag(p.flag) else { continue }
      if flag.kind == .boolean {
        // A switch preset (`redeploy` is `--force-new-deployment`) sets the switch.
        given[flag.name] = Given(flagColumn: verbColumn, switchValue: p.value == "true")
        continue
      }
      try record(flag, [CommandToken(text: p.value, column: verbColumn, raw: p.value)], flagColumn: verbColumn)
    }
    let slots = alias?.positionals ?? verb.positionals
    var next = 0
    for slot in slots where given[slot] == nil && next < positional.count {
      guard let flag = verb.flag(slot) else { continue }
      let take = flag.isList ? Array(positional[next...]) : [positional[next]]
      next += take.count
      try record(flag, take, flagColumn: take[0].column)
    }
    if next < positional.count {
      let extra = positional[next]
      throw CommandError("\(name): unexpected argument '\(extra.text)'", column: extra.column)
    }
    for f in verb.flags where (f.isRequired || alias?.positionals?.contains(f.name) == true) && given[f.name] == nil {
      throw CommandError("\(name): missing required option --\(f.name)", column: verbColumn)
    }
  }

  /// The value of `--name=value` as its own token, columns included.
  private static func inlineValue(of word: CommandToken, flagName: String, text: String) -> CommandToken {
    let column = word.column + flagName.count + 3
    let prefix = "--\(flagName)="
    if word.raw.hasPrefix(prefix),
       let tokens = try? CommandTokenizer.tokenize(String(word.raw.dropFirst(prefix.count)), startColumn: column),
       tokens.count == 1 {
      return tokens[0]
    }
    return CommandToken(text: text, column: column, raw: text)
  }

  /// What a flag's value should look like, in the words of an error message.
  static func expectation(_ flag: CommandFlag) -> String {
    switch flag.kind {
    case .string: return flag.isList ? "one or more values" : "a value"
    case .integer: return "an integer"
    case .boolean: return "no value"
    case .duration: return "a duration such as 30s, 5m or 1h"
    case .clockTime: return "a time such as 00:05:00, 05:00 or 5m"
    case .sizeMB: return "a size such as 120MB or 1.5GB"
    case .choice: return "one of \(flag.choices.joined(separator: ", "))"
    case .structure: return "key=value,… or JSON"
    case .json: return "JSON"
    }
  }

  private mutating func record(_ flag: CommandFlag, _ tokens: [CommandToken], flagColumn: Int) throws(CommandError) {
    var items: [Item] = []
    for token in tokens { items.append(Item(token: token, value: try parseValue(token, flag))) }
    given[flag.name] = Given(flagColumn: flagColumn, items: items)
  }

  private func parseValue(_ token: CommandToken, _ flag: CommandFlag) throws(CommandError) -> Item.Value {
    let text = token.text
    func bad(_ suffix: String = "") -> CommandError {
      CommandError("\(name): --\(flag.name) expects \(Self.expectation(flag)), got '\(text)'\(suffix)", column: token.column)
    }
    switch flag.kind {
    case .string, .boolean:
      return .text(text)
    case .choice:
      if let match = flag.choices.first(where: { $0.lowercased() == text.lowercased() }) { return .text(match) }
      throw bad(closestMatch(text, in: flag.choices).map { "; did you mean '\($0)'?" } ?? "")
    case .integer:
      guard let v = Int(text) else { throw bad() }
      return .integer(v)
    case .sizeMB:
      guard let v = CommandParser.parseSizeMB(text) else { throw bad() }
      return .integer(v)
    case .duration:
      guard let v = SimTime.parseDuration(text) else { throw bad() }
      return .time(v)
    case .clockTime:
      guard let v = CommandParser.parseClockTime(text) else { throw bad() }
      return .time(v)
    case .structure, .json:
      let column = token.column + (token.isWhollyQuoted ? 1 : 0)
      do throws(LocatedError) {
        let first = text.trimmingSpaces.first
        if flag.kind == .json || first == "[" || first == "{" {
          let parsed: Node
          do throws(LocatedError) {
            parsed = try JSONParser.parse(text)
          } catch {
            // A syntax error's column counts within the JSON text too: make it a command column.
            var moved = error
            moved.location = error.location.map { SourceLocation(line: 1, column: $0.line == 1 ? column + $0.column - 1 : column) }
            throw moved
          }
          let node = Self.relocated(parsed, base: column)
          if flag.isList, case .sequence(let elements) = node.kind { return .nodes(elements) }
          return .nodes([node])
        }
        let source = token.isWhollyQuoted ? text : token.raw
        return .nodes([try CLIShorthand.parse(source, column: column)])
      } catch {
        throw CommandError("\(name): --\(flag.name): \(error.message)", column: error.location?.column ?? token.column)
      }
    }
  }

  /// JSON locations count from the value's first character; make them command-line columns.
  static func relocated(_ node: Node, base: Int) -> Node {
    let at = node.location.map { SourceLocation(line: 1, column: $0.line == 1 ? base + $0.column - 1 : base) }
    switch node.kind {
    case .sequence(let items):
      return Node(.sequence(items.map { relocated($0, base: base) }), at: at)
    case .mapping(let pairs):
      return Node(.mapping(pairs.map { (key: relocated($0.key, base: base), value: relocated($0.value, base: base)) }), at: at)
    case .scalar, .null:
      return Node(node.kind, at: at)
    }
  }

  // MARK: Typed getters (values were checked when recorded)

  func has(_ flag: String) -> Bool { given[flag] != nil }
  func flagColumn(_ flag: String) -> Int? { given[flag]?.flagColumn }
  func items(_ flag: String) -> [Item] { given[flag]?.items ?? [] }
  func switchValue(_ flag: String) -> Bool? { given[flag]?.switchValue }

  func text(_ flag: String) -> String? { items(flag).first?.text }
  func texts(_ flag: String) -> [String] { items(flag).map(\.text) }

  func required(_ flag: String) throws(CommandError) -> String {
    guard let v = text(flag) else {
      throw CommandError("\(name): missing required option --\(flag)", column: verbColumn)
    }
    return v
  }

  func int(_ flag: String) -> Int? {
    if case .integer(let v)? = items(flag).first?.value { return v }
    return nil
  }

  func duration(_ flag: String) -> SimTime? {
    if case .time(let v)? = items(flag).first?.value { return v }
    return nil
  }

  func requiredTime(_ flag: String) throws(CommandError) -> SimTime {
    guard let v = duration(flag) else {
      throw CommandError("\(name): missing required option --\(flag)", column: verbColumn)
    }
    return v
  }

  func nodes(_ flag: String) -> [Node] {
    items(flag).flatMap { item -> [Node] in
      if case .nodes(let n) = item.value { return n }
      return []
    }
  }

  func column(of error: LocatedError) -> Int? {
    guard let loc = error.location, loc.line == 1 else { return verbColumn }
    return loc.column
  }

  /// Runs a decoder over located nodes, turning its errors into this verb's command errors.
  func located<T>(_ body: () throws(LocatedError) -> T) throws(CommandError) -> T {
    do throws(LocatedError) {
      return try body()
    } catch {
      throw CommandError("\(name): \(error.message)", column: column(of: error))
    }
  }

  /// Decodes each structure of a list flag with the keys ECS accepts for it.
  func decodeEach<T>(_ flag: String, keys: [String], _ body: (NodeMap) throws(LocatedError) -> T) throws(CommandError) -> [T] {
    var out: [T] = []
    for node in nodes(flag) {
      out.append(try located { () throws(LocatedError) in try body(try NodeMap(node, path: "--\(flag)", allowed: keys)) })
    }
    return out
  }
}
