/// EventBridge Scheduler verbs (`aws scheduler …`), with an ECS RunTask target.
enum SchedulerVerbs {
  static let all: [CommandVerb] = [CreateSchedule.verb, DeleteSchedule.verb]

  /// `aws scheduler create-schedule`. The target is `--target` (RunTask's shape, or the
  /// Scheduler's own `Arn`/`EcsParameters` shape so that commands from AWS documentation run)
  /// or the simulator's short flags `--task-definition`, `--cluster` and `--count`; not both.
  enum CreateSchedule {
    static let name = CommandFlag("name", required: true, help: "Up to 64 letters, digits and -_.")
    static let scheduleExpression = CommandFlag(
      "schedule-expression", required: true, help: "rate(5 minutes), cron(0 12 * * ? *) or at(…)")
    static let target = CommandFlag(
      "target", .structure,
      help: "The RunTask request: taskDefinition=…,cluster=…,count=… (or Scheduler's Arn=…,EcsParameters={…})")
    static let flexibleTimeWindow = CommandFlag(
      "flexible-time-window", .structure, help: "Accepted and ignored: schedules fire on time")
    static let taskDefinition = CommandFlag(
      "task-definition", completion: .taskDefinition, help: "Instead of --target: the task definition to run")
    static let cluster = CommandFlag(
      "cluster", completion: .cluster, help: "Instead of --target: the cluster (default: default)")
    static let count = CommandFlag("count", .integer, help: "Instead of --target: tasks per run (default 1)")

    static let verb = CommandVerb(
      "create-schedule", .scheduler, operation: "CreateSchedule",
      summary: "Run tasks on a schedule (EventBridge Scheduler with an ECS target)",
      example: "create-schedule --name nightly --schedule-expression 'cron(0 2 * * ? *)' --task-definition report:2",
      flags: [name, scheduleExpression, target, flexibleTimeWindow, taskDefinition, cluster, count]
    ) { a throws(CommandError) in .createSchedule(try spec(a)) }

    static func spec(_ a: CommandArguments) throws(CommandError) -> ScheduleSpec {
      let scheduleName = try a.required(name)
      let expression = try a.required(scheduleExpression)
      if let window = a.nodes(flexibleTimeWindow).first {
        // Accepted so pasted commands run; the simulation fires schedules on time.
        _ = try a.located { () throws(LocatedError) in
          let m = try NodeMap(window, path: "--flexible-time-window", allowed: ["Mode", "MaximumWindowInMinutes"])
          _ = try m.oneOf("Mode", ["OFF", "FLEXIBLE"])
          _ = try m.int("MaximumWindowInMinutes")
        }
      }
      let shortFlags = [taskDefinition, cluster, count].filter { a.has($0) }
      let request: RunTaskRequest
      if let targetNode = a.nodes(target).first {
        if let flag = shortFlags.first {
          throw CommandError(
            "\(a.name): give the target either as --target or with --task-definition, --cluster and --count, not both",
            column: a.flagColumn(flag))
        }
        request = try a.located { () throws(LocatedError) in try runTaskTarget(targetNode) }
      } else {
        guard let td = a.text(taskDefinition) else {
          throw CommandError("\(a.name): missing required option --target (or --task-definition)", column: a.verbColumn)
        }
        var r = RunTaskRequest(taskDefinition: td)
        r.cluster = a.text(cluster)
        if let n = a.int(count) { r.count = n }
        request = r
      }
      return ScheduleSpec(name: scheduleName, scheduleExpression: expression, request: request)
    }

    static let schedulerTargetKeys = ["Arn", "RoleArn", "EcsParameters"]
    static let ecsParametersKeys = [
      "TaskDefinitionArn", "TaskCount", "LaunchType", "NetworkConfiguration", "Group", "PlacementConstraints",
      "PlacementStrategy", "CapacityProviderStrategy",
    ]

    static func runTaskTarget(_ node: Node) throws(LocatedError) -> RunTaskRequest {
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
        r.capacityProviderStrategy = try ECSVerbs.eachItem(
          m, "capacityProviderStrategy", keys: CapacityProviderStrategyInput.keys, CapacityProviderStrategyInput.init)
        r.placementStrategy = try ECSVerbs.eachItem(
          m, "placementStrategy", keys: PlacementStrategyInput.keys, PlacementStrategyInput.init)
        r.placementConstraints = try ECSVerbs.eachItem(
          m, "placementConstraints", keys: PlacementConstraintInput.keys, PlacementConstraintInput.init)
        if let net = m.child("networkConfiguration") {
          let vpc = try ECSVerbs.awsvpcConfiguration(net, path: path + ".networkConfiguration")
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
      r.capacityProviderStrategy = try ECSVerbs.eachItem(
        p, "CapacityProviderStrategy", keys: CapacityProviderStrategyInput.keys, CapacityProviderStrategyInput.init)
      r.placementStrategy = try ECSVerbs.eachItem(
        p, "PlacementStrategy", keys: PlacementStrategyInput.keys, PlacementStrategyInput.init)
      r.placementConstraints = try ECSVerbs.eachItem(
        p, "PlacementConstraints", keys: PlacementConstraintInput.keys, PlacementConstraintInput.init)
      if let net = p.child("NetworkConfiguration") {
        let netPath = p.path + ".NetworkConfiguration"
        let outer = try NodeMap(net, path: netPath, allowed: ["awsvpcConfiguration"])
        let vpc = try NodeMap(outer.require("awsvpcConfiguration"), path: netPath + ".awsvpcConfiguration",
                              allowed: ["Subnets", "SecurityGroups", "AssignPublicIp"])
        r.subnets = try ECSVerbs.stringList(vpc, "Subnets", required: true)
        r.securityGroups = try ECSVerbs.stringList(vpc, "SecurityGroups", required: false)
        r.assignPublicIp = try vpc.oneOf("AssignPublicIp", ["ENABLED", "DISABLED"]) == "ENABLED"
      }
      return r
    }
  }

  /// `aws scheduler delete-schedule`.
  enum DeleteSchedule {
    static let name = CommandFlag("name", required: true, completion: .schedule, help: "Schedule name")

    static let verb = CommandVerb(
      "delete-schedule", .scheduler, operation: "DeleteSchedule", summary: "Delete a schedule",
      example: "delete-schedule nightly",
      positionals: [name],
      flags: [name]
    ) { a throws(CommandError) in .deleteSchedule(try a.required(name)) }
  }
}
