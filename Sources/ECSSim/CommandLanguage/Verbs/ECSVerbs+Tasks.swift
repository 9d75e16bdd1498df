/// ECS verbs about tasks and task definitions.
extension ECSVerbs {
  /// `aws ecs run-task`.
  enum RunTask {
    static let taskDefinition = CommandFlag(
      "task-definition", required: true, completion: .taskDefinition, help: "family, family:revision or ARN")
    static let count = CommandFlag("count", .integer, default: "1", help: "Number of tasks to start (1-10)")
    static let group = CommandFlag("group", help: "Task group, for spread and distinct placement")
    static let startedBy = CommandFlag("started-by", help: "Free text recorded on the tasks")

    static let verb = CommandVerb(
      "run-task", .ecs, operation: "RunTask", summary: "Start tasks from a task definition, placed by ECS",
      example: "run-task --task-definition web:3 --count 2",
      positionals: [taskDefinition, count],
      aliases: [CommandAlias("run", summary: "run TASKDEF [COUNT]: run-task")],
      flags: [
        cluster, taskDefinition, count, launchType, capacityProviderStrategy, placementStrategy,
        placementConstraints, group, startedBy, networkConfiguration,
      ]
    ) { a throws(CommandError) in .runTask(try request(a)) }

    static func request(_ a: CommandArguments) throws(CommandError) -> RunTaskRequest {
      var r = RunTaskRequest(taskDefinition: try a.required(taskDefinition))
      r.cluster = a.text(cluster)
      if let n = a.int(count) { r.count = n }
      r.launchType = a.text(launchType)
      r.group = a.text(group)
      r.startedBy = a.text(startedBy)
      r.capacityProviderStrategy = try readCapacityProviderStrategy(a)
      r.placementStrategy = try readPlacementStrategy(a)
      r.placementConstraints = try readPlacementConstraints(a)
      if let vpc = try readNetworkConfiguration(a) {
        r.subnets = vpc.subnets; r.securityGroups = vpc.securityGroups; r.assignPublicIp = vpc.assignPublicIp
      }
      return r
    }
  }

  /// `aws ecs stop-task`.
  enum StopTask {
    static let task = CommandFlag("task", required: true, completion: .task, help: "Task ID or ARN")
    static let reason = CommandFlag("reason", help: "Shown as the task's stoppedReason")

    static let verb = CommandVerb(
      "stop-task", .ecs, operation: "StopTask",
      summary: "Stop a running task (SIGTERM, then SIGKILL after the stop timeout)",
      example: "stop-task --task 0123abcd --reason 'scaling in'",
      positionals: [task],
      aliases: [CommandAlias("stop", summary: "stop TASK: stop-task")],
      flags: [cluster, task, reason]
    ) { a throws(CommandError) in
      .stopTask(StopTaskRequest(cluster: a.text(cluster), task: try a.required(task), reason: a.text(reason)))
    }
  }

  /// `aws ecs register-task-definition`: flags, `--cli-input-json`, or both.
  enum RegisterTaskDefinition {
    static let family = CommandFlag("family", help: "Family name (required unless in --cli-input-json)")
    static let containerDefinitions = CommandFlag(
      "container-definitions", .json, help: "JSON list of container definitions (required unless in --cli-input-json)")
    static let networkMode = CommandFlag("network-mode", choices: ["bridge", "host", "awsvpc", "none"], help: "Network mode")
    static let requiresCompatibilities = CommandFlag(
      "requires-compatibilities", list: true, choices: ["EC2", "FARGATE", "EXTERNAL"], help: "Launch types to validate against")
    static let cpu = CommandFlag("cpu", help: "Task CPU: 256, \"1 vCPU\"")
    static let memory = CommandFlag("memory", help: "Task memory: 512, \"2 GB\"")
    static let taskRoleArn = CommandFlag("task-role-arn", help: "Role the containers' AWS calls use")
    static let executionRoleArn = CommandFlag("execution-role-arn", help: "Role the agent pulls images and writes logs with")
    static let placementConstraints = CommandFlag(
      "placement-constraints", .structure, list: true, help: "type=memberOf,expression=\"QUERY\" …")
    static let cliInputJSON = CommandFlag("cli-input-json", .json, help: "The whole request as JSON (flags override its keys)")

    static let verb = CommandVerb(
      "register-task-definition", .ecs, operation: "RegisterTaskDefinition",
      summary: "Register a new task definition revision",
      example: #"register-task-definition --family web --container-definitions '[{"name": "web", "image": "web:1", "memory": 256}]'"#,
      flags: [
        family, containerDefinitions, networkMode, requiresCompatibilities, cpu, memory, taskRoleArn,
        executionRoleArn, placementConstraints, cliInputJSON,
      ]
    ) { a throws(CommandError) in
      let node = try inputNode(a)
      do throws(LocatedError) {
        return .registerTaskDefinition(try RegisterTaskDefinitionInput.decode(node, path: a.name))
      } catch {
        throw CommandError(error.message, column: a.column(of: error))
      }
    }

    /// The RegisterTaskDefinition input as a `Node` in the API's shape: `--cli-input-json` with
    /// each flag given replacing its key (as the AWS CLI merges them). Flags and JSON then share
    /// one decoder, so validation and its messages live in one place.
    static func inputNode(_ a: CommandArguments) throws(CommandError) -> Node {
      var pairs: [(key: Node, value: Node)] = []
      let inputJSON = a.nodes(cliInputJSON).first
      if let inputJSON {
        guard case .mapping(let p) = inputJSON.kind else {
          throw CommandError("\(a.name): --cli-input-json expects a JSON object, found \(inputJSON.kindName)",
                             column: inputJSON.location?.column)
        }
        pairs = p
      } else {
        for flag in [family, containerDefinitions] where !a.has(flag) {
          throw CommandError("\(a.name): missing required option --\(flag.name)", column: a.verbColumn)
        }
      }
      func set(_ key: String, _ flag: CommandFlag, _ value: Node) {
        pairs.removeAll { $0.key.scalar == key }
        let at = a.flagColumn(flag).map { SourceLocation(line: 1, column: $0) }
        pairs.append((key: Node(.scalar(key, quoted: true), at: at), value: value))
      }
      let scalars = [(family, "family"), (networkMode, "networkMode"), (cpu, "cpu"), (memory, "memory"),
                     (taskRoleArn, "taskRoleArn"), (executionRoleArn, "executionRoleArn")]
      for (flag, key) in scalars {
        if let item = a.items(flag).first { set(key, flag, item.stringNode) }
      }
      if let defs = a.nodes(containerDefinitions).first { set("containerDefinitions", containerDefinitions, defs) }
      if a.has(requiresCompatibilities) {
        let items = a.items(requiresCompatibilities).map(\.stringNode)
        set("requiresCompatibilities", requiresCompatibilities, Node(.sequence(items), at: items.first?.location))
      }
      if a.has(placementConstraints) {
        let items = a.nodes(placementConstraints)
        set("placementConstraints", placementConstraints, Node(.sequence(items), at: items.first?.location))
      }
      return Node(.mapping(pairs), at: SourceLocation(line: 1, column: a.verbColumn))
    }
  }

  /// `aws ecs deregister-task-definition`.
  enum DeregisterTaskDefinition {
    static let taskDefinition = CommandFlag(
      "task-definition", required: true, completion: .taskDefinition, help: "family:revision or ARN")

    static let verb = CommandVerb(
      "deregister-task-definition", .ecs, operation: "DeregisterTaskDefinition",
      summary: "Mark a task definition revision INACTIVE",
      example: "deregister-task-definition web:2",
      positionals: [taskDefinition],
      flags: [taskDefinition]
    ) { a throws(CommandError) in .deregisterTaskDefinition(try a.required(taskDefinition)) }
  }
}
