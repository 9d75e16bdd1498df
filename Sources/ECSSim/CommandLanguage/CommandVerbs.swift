/// The AWS service a verb belongs to: the optional word after `aws` (`aws ecs run-task`).
/// `sim` holds the simulator's own verbs (the clock, images, agents), which have no AWS API.
public enum CommandService: String, Sendable, CaseIterable {
  case ecs, elbv2, scheduler, ecr, ec2, iam, sim
}

/// What a flag's value is, so the parser can check it and help can show a placeholder.
public enum CommandValueKind: Sendable, Equatable {
  /// Free text or a name (resolved when the command is applied).
  case string
  case integer
  /// A switch: `--force` sets it, `--no-force` clears it; takes no value.
  case boolean
  /// `30s`, `5m`, `1h30m`, `250ms`, or a bare number of seconds.
  case duration
  /// A point on the simulation clock: `HH:MM:SS[.mmm]`, `MM:SS`, or a duration since the start.
  case clockTime
  /// Megabytes: `120`, `120MB`, `1.5GB`.
  case sizeMB
  /// One of `CommandFlag.choices`, checked by the parser because the request field is typed.
  case choice
  /// A structure in AWS CLI shorthand (`key=value,key=[a,b]`) or JSON (starting with `[` or `{`).
  case structure
  /// JSON text.
  case json
}

/// Which kind of object a value names, so Tab completion can offer the live names.
public enum CommandCompletion: String, Sendable {
  case cluster, taskDefinition, taskDefinitionFamily, task, containerInstance
  case ec2Instance, repository, image, instanceType, availabilityZone
  case service, targetGroup, loadBalancer, schedule
}

/// One `--flag` of a verb.
public struct CommandFlag: Sendable {
  /// Without the leading dashes: `task-definition`.
  public var name: String
  public var kind: CommandValueKind
  public var isRequired: Bool
  /// Takes every following word up to the next `--flag` (`--tasks a b c`).
  public var isList: Bool
  /// Filled only by a bare word (`push-image web:1.0`); `--name` is not accepted for it.
  public var isPositionalOnly: Bool
  /// Values to offer; enforced only when `kind == .choice` (otherwise ECS validates them on apply,
  /// with its own message, as the real CLI leaves them to the service).
  public var choices: [String]
  /// What the verb uses when the flag is absent, for help text.
  public var defaultValue: String?
  public var completion: CommandCompletion?
  /// One line for help and completion menus.
  public var help: String

  public init(
    _ name: String, _ kind: CommandValueKind = .string, required: Bool = false, list: Bool = false,
    positionalOnly: Bool = false, choices: [String] = [], default defaultValue: String? = nil,
    completion: CommandCompletion? = nil, help: String
  ) {
    self.name = name; self.kind = kind; self.isRequired = required; self.isList = list
    self.isPositionalOnly = positionalOnly; self.choices = choices; self.defaultValue = defaultValue
    self.completion = completion; self.help = help
  }

  /// How the value is shown in usage lines: `<value>`, `<int>`, `ID…`.
  public var placeholder: String {
    if isPositionalOnly { return name.uppercased() }
    let one: String
    switch kind {
    case .string: one = choices.isEmpty ? "<value>" : choices.joined(separator: "|")
    case .integer: one = "<int>"
    case .boolean: return ""
    case .duration: one = "<duration>"
    case .clockTime: one = "<time>"
    case .sizeMB: one = "<size>"
    case .choice: one = choices.joined(separator: "|")
    case .structure: one = "<shorthand|json>"
    case .json: one = "<json>"
    }
    return isList ? one + " …" : one
  }
}

/// A short name for a verb, for the `:` prompt; `presets` fix some of the verb's flags
/// (`drain` is `update-container-instances-state --status DRAINING`).
public struct CommandAlias: Sendable {
  public var name: String
  public var presets: [(flag: String, value: String)]
  /// Flags that bare words fill for this alias instead of the verb's own `positionals`, each of
  /// them required: `scale web 4` is `update-service --service web --desired-count 4`, where a
  /// bare `update-service web` takes only the service. nil: the verb's positionals.
  public var positionals: [String]?
  public var summary: String
  public init(
    _ name: String, presets: [(flag: String, value: String)] = [], positionals: [String]? = nil, summary: String
  ) {
    self.name = name; self.presets = presets; self.positionals = positionals; self.summary = summary
  }
}

/// One verb of the command language, as data: the parser reads its flags from here, and the
/// dashboard draws help, hints and Tab completion from the same table, so they cannot disagree.
public struct CommandVerb: Sendable {
  /// The AWS CLI's name (`run-task`), or the simulator's for `sim` verbs.
  public var name: String
  public var service: CommandService
  public var summary: String
  public var flags: [CommandFlag]
  /// Flags that bare words fill, in order (a slot already given as a flag is skipped). A list
  /// flag in the last slot takes every remaining bare word: `drain i-1 i-2`.
  public var positionals: [String]
  public var aliases: [CommandAlias]
  /// False for describe/list verbs, which only read: the dashboard runs those without asking.
  public var isMutating: Bool

  public init(
    _ name: String, _ service: CommandService, mutating: Bool = true, summary: String,
    positionals: [String] = [], aliases: [CommandAlias] = [], flags: [CommandFlag] = []
  ) {
    self.name = name; self.service = service; self.isMutating = mutating; self.summary = summary
    self.positionals = positionals; self.aliases = aliases; self.flags = flags
  }

  public func flag(_ name: String) -> CommandFlag? { flags.first { $0.name == name } }

  /// `run-task --task-definition <value> [--cluster <value>] …`: required flags first.
  public var usage: String {
    var parts = [name]
    for f in flags where f.isPositionalOnly { parts.append("[\(f.placeholder)]") }
    for f in flags where f.isRequired && !f.isPositionalOnly { parts.append("--\(f.name) \(f.placeholder)") }
    for f in flags where !f.isRequired && !f.isPositionalOnly {
      parts.append(f.kind == .boolean ? "[--\(f.name)]" : "[--\(f.name) \(f.placeholder)]")
    }
    return parts.joined(separator: " ")
  }

  /// The verb for a typed word (its name or an alias), with the alias when one matched.
  public static func named(_ word: String) -> (verb: CommandVerb, alias: CommandAlias?)? {
    for v in all {
      if v.name == word { return (v, nil) }
      if let a = v.aliases.first(where: { $0.name == word }) { return (v, a) }
    }
    return nil
  }

  /// Every word that names a verb (names, then aliases), for "did you mean" and completion.
  public static var allWords: [String] {
    all.map(\.name) + all.flatMap { $0.aliases.map(\.name) }
  }

  /// AWS CLI global options accepted and ignored, so commands pasted from documentation run:
  /// the simulator has one region and one account, and always answers in JSON.
  public static let ignoredGlobalOptions: [String] = ["region", "profile", "output"]
  public static let ignoredGlobalSwitches: [String] = ["no-cli-pager", "no-paginate"]

  /// The whole language, in help order.
  public static let all: [CommandVerb] = ecsVerbs + elbv2Verbs + schedulerVerbs + ecrVerbs + iamVerbs + ec2Verbs + simVerbs
}

extension CommandParser {
  /// The verb table (names, aliases, flags, `isMutating`): the dashboard's help overlay and Tab
  /// completion read it, so what they offer is exactly what `parse` accepts.
  public static var verbs: [CommandVerb] { CommandVerb.all }
}

// MARK: - The table

private let clusterFlag = CommandFlag(
  "cluster", completion: .cluster, help: "Cluster name or ARN (default: default)")

private let capacityProviderStrategyFlag = CommandFlag(
  "capacity-provider-strategy", .structure, list: true, help: "capacityProvider=NAME,weight=N,base=N …")
private let placementStrategyFlag = CommandFlag(
  "placement-strategy", .structure, list: true, help: "type=spread|binpack|random,field=FIELD …")
private let placementConstraintsFlag = CommandFlag(
  "placement-constraints", .structure, list: true, help: "type=distinctInstance|memberOf,expression=\"QUERY\" …")
private let networkConfigurationFlag = CommandFlag(
  "network-configuration", .structure,
  help: "awsvpcConfiguration={subnets=[…],securityGroups=[…],assignPublicIp=ENABLED|DISABLED}")
private let deploymentConfigurationFlag = CommandFlag(
  "deployment-configuration", .structure,
  help: "maximumPercent=200,minimumHealthyPercent=100,deploymentCircuitBreaker={enable=true,rollback=true}")

private let ecsVerbs: [CommandVerb] = [
  CommandVerb(
    "run-task", .ecs, summary: "Start tasks from a task definition, placed by ECS",
    positionals: ["task-definition", "count"],
    aliases: [CommandAlias("run", summary: "run TASKDEF [COUNT]: run-task")],
    flags: [
      clusterFlag,
      CommandFlag("task-definition", required: true, completion: .taskDefinition,
                  help: "family, family:revision or ARN"),
      CommandFlag("count", .integer, default: "1", help: "Number of tasks to start (1-10)"),
      CommandFlag("launch-type", choices: ["EC2", "FARGATE", "EXTERNAL"], help: "Launch type"),
      capacityProviderStrategyFlag,
      placementStrategyFlag,
      placementConstraintsFlag,
      CommandFlag("group", help: "Task group, for spread and distinct placement"),
      CommandFlag("started-by", help: "Free text recorded on the tasks"),
      networkConfigurationFlag,
    ]),
  CommandVerb(
    "stop-task", .ecs, summary: "Stop a running task (SIGTERM, then SIGKILL after the stop timeout)",
    positionals: ["task"],
    aliases: [CommandAlias("stop", summary: "stop TASK: stop-task")],
    flags: [
      clusterFlag,
      CommandFlag("task", required: true, completion: .task, help: "Task ID or ARN"),
      CommandFlag("reason", help: "Shown as the task's stoppedReason"),
    ]),
  CommandVerb(
    "register-task-definition", .ecs, summary: "Register a new task definition revision",
    flags: [
      CommandFlag("family", help: "Family name (required unless in --cli-input-json)"),
      CommandFlag("container-definitions", .json,
                  help: "JSON list of container definitions (required unless in --cli-input-json)"),
      CommandFlag("network-mode", choices: ["bridge", "host", "awsvpc", "none"], help: "Network mode"),
      CommandFlag("requires-compatibilities", list: true, choices: ["EC2", "FARGATE", "EXTERNAL"],
                  help: "Launch types to validate against"),
      CommandFlag("cpu", help: "Task CPU: 256, \"1 vCPU\""),
      CommandFlag("memory", help: "Task memory: 512, \"2 GB\""),
      CommandFlag("task-role-arn", help: "Role the containers' AWS calls use"),
      CommandFlag("execution-role-arn", help: "Role the agent pulls images and writes logs with"),
      CommandFlag("placement-constraints", .structure, list: true,
                  help: "type=memberOf,expression=\"QUERY\" …"),
      CommandFlag("cli-input-json", .json, help: "The whole request as JSON (flags override its keys)"),
    ]),
  CommandVerb(
    "deregister-task-definition", .ecs, summary: "Mark a task definition revision INACTIVE",
    positionals: ["task-definition"],
    flags: [
      CommandFlag("task-definition", required: true, completion: .taskDefinition, help: "family:revision or ARN"),
    ]),
  CommandVerb(
    "update-container-instances-state", .ecs, summary: "Set container instances ACTIVE or DRAINING",
    positionals: ["container-instances"],
    aliases: [
      CommandAlias("drain", presets: [("status", "DRAINING")], summary: "drain ID…: set DRAINING"),
      CommandAlias("activate", presets: [("status", "ACTIVE")], summary: "activate ID…: set ACTIVE"),
    ],
    flags: [
      clusterFlag,
      CommandFlag("container-instances", required: true, list: true, completion: .containerInstance,
                  help: "Container instance IDs or ARNs"),
      CommandFlag("status", .string, required: true, choices: ["ACTIVE", "DRAINING"], help: "New status"),
    ]),
  CommandVerb(
    "deregister-container-instance", .ecs, summary: "Remove a container instance from its cluster",
    positionals: ["container-instance"],
    flags: [
      clusterFlag,
      CommandFlag("container-instance", required: true, completion: .containerInstance,
                  help: "Container instance ID or ARN"),
      CommandFlag("force", .boolean, help: "Deregister even with tasks running (they keep running)"),
    ]),
  CommandVerb(
    "create-cluster", .ecs, summary: "Create a cluster", positionals: ["cluster-name"],
    flags: [CommandFlag("cluster-name", default: "default", help: "Name of the new cluster")]),
  CommandVerb(
    "delete-cluster", .ecs, summary: "Delete an empty cluster", positionals: ["cluster"],
    flags: [CommandFlag("cluster", required: true, completion: .cluster, help: "Cluster name or ARN")]),
  CommandVerb(
    "put-attributes", .ecs, summary: "Set custom attributes on a container instance",
    flags: [
      clusterFlag,
      CommandFlag("attributes", .structure, required: true, list: true,
                  help: "name=NAME,value=VALUE,targetId=INSTANCE …"),
    ]),
  CommandVerb(
    "create-service", .ecs, summary: "Create a service that keeps a number of tasks running",
    flags: [
      clusterFlag,
      CommandFlag("service-name", required: true, help: "Name of the new service"),
      CommandFlag("task-definition", required: true, completion: .taskDefinition,
                  help: "family, family:revision or ARN"),
      CommandFlag("desired-count", .integer, default: "0", help: "Tasks to keep running (REPLICA)"),
      CommandFlag("launch-type", choices: ["EC2", "FARGATE", "EXTERNAL"], help: "Launch type"),
      capacityProviderStrategyFlag,
      CommandFlag("scheduling-strategy", choices: ["REPLICA", "DAEMON"], default: "REPLICA",
                  help: "REPLICA keeps desired-count tasks; DAEMON runs one on each instance"),
      deploymentConfigurationFlag,
      CommandFlag("load-balancers", .structure, list: true,
                  help: "targetGroupArn=ARN|NAME,containerName=NAME,containerPort=PORT …"),
      CommandFlag("health-check-grace-period-seconds", .integer, default: "0",
                  help: "Ignore failing health checks this long after a task starts"),
      placementConstraintsFlag,
      placementStrategyFlag,
      networkConfigurationFlag,
    ]),
  CommandVerb(
    "update-service", .ecs, summary: "Change a service's desired count, task definition or deployment settings",
    positionals: ["service"],
    aliases: [
      CommandAlias("scale", positionals: ["service", "desired-count"],
                   summary: "scale SERVICE N: update-service --desired-count N"),
      CommandAlias("deploy", positionals: ["service", "task-definition"],
                   summary: "deploy SERVICE TASKDEF: update-service --task-definition TASKDEF"),
      CommandAlias("redeploy", presets: [("force-new-deployment", "true")], positionals: ["service"],
                   summary: "redeploy SERVICE: update-service --force-new-deployment"),
    ],
    flags: [
      clusterFlag,
      CommandFlag("service", required: true, completion: .service, help: "Service name or ARN"),
      CommandFlag("desired-count", .integer, help: "Tasks to keep running"),
      CommandFlag("task-definition", completion: .taskDefinition,
                  help: "Deploy this family, family:revision or ARN"),
      deploymentConfigurationFlag,
      CommandFlag("force-new-deployment", .boolean,
                  help: "Start a new deployment even if nothing changed (re-pulls mutable tags)"),
      CommandFlag("health-check-grace-period-seconds", .integer,
                  help: "Ignore failing health checks this long after a task starts"),
      placementConstraintsFlag,
      placementStrategyFlag,
      capacityProviderStrategyFlag,
      networkConfigurationFlag,
      CommandFlag("load-balancers", .structure, list: true,
                  help: "targetGroupArn=ARN|NAME,containerName=NAME,containerPort=PORT …"),
    ]),
  CommandVerb(
    "delete-service", .ecs, summary: "Delete a service (scale it to 0 first, or --force)",
    positionals: ["service"],
    flags: [
      clusterFlag,
      CommandFlag("service", required: true, completion: .service, help: "Service name or ARN"),
      CommandFlag("force", .boolean, help: "Delete even if tasks are running (they are stopped)"),
    ]),
  CommandVerb(
    "describe-clusters", .ecs, mutating: false, summary: "Describe clusters", positionals: ["clusters"],
    flags: [CommandFlag("clusters", list: true, completion: .cluster, help: "Cluster names or ARNs (default: default)")]),
  CommandVerb("list-clusters", .ecs, mutating: false, summary: "List cluster ARNs"),
  CommandVerb(
    "describe-container-instances", .ecs, mutating: false, summary: "Describe container instances",
    positionals: ["container-instances"],
    flags: [
      clusterFlag,
      CommandFlag("container-instances", required: true, list: true, completion: .containerInstance,
                  help: "Container instance IDs or ARNs"),
    ]),
  CommandVerb(
    "list-container-instances", .ecs, mutating: false, summary: "List container instance ARNs",
    flags: [
      clusterFlag,
      CommandFlag("filter", help: "Cluster query language expression"),
      CommandFlag("status", choices: ["ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED"],
                  help: "Only instances with this status"),
    ]),
  CommandVerb(
    "describe-tasks", .ecs, mutating: false, summary: "Describe tasks", positionals: ["tasks"],
    aliases: [CommandAlias("describe-task", summary: "describe-task TASK…: describe-tasks")],
    flags: [
      clusterFlag,
      CommandFlag("tasks", required: true, list: true, completion: .task, help: "Task IDs or ARNs"),
    ]),
  CommandVerb(
    "list-tasks", .ecs, mutating: false, summary: "List task ARNs",
    flags: [
      clusterFlag,
      CommandFlag("family", completion: .taskDefinitionFamily, help: "Only tasks of this family"),
      CommandFlag("container-instance", completion: .containerInstance, help: "Only tasks on this instance"),
      CommandFlag("started-by", help: "Only tasks with this startedBy"),
      CommandFlag("desired-status", choices: ["RUNNING", "PENDING", "STOPPED"], default: "RUNNING",
                  help: "Only tasks with this desired status"),
      CommandFlag("launch-type", choices: ["EC2", "FARGATE", "EXTERNAL"], help: "Only tasks of this launch type"),
    ]),
  CommandVerb(
    "describe-task-definition", .ecs, mutating: false, summary: "Describe a task definition revision",
    positionals: ["task-definition"],
    flags: [
      CommandFlag("task-definition", required: true, completion: .taskDefinition,
                  help: "family (latest ACTIVE), family:revision or ARN"),
    ]),
  CommandVerb(
    "list-task-definitions", .ecs, mutating: false, summary: "List task definition ARNs",
    flags: [
      CommandFlag("family-prefix", completion: .taskDefinitionFamily, help: "Only families starting with this"),
      CommandFlag("status", choices: ["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"], default: "ACTIVE",
                  help: "Only revisions with this status"),
    ]),
  CommandVerb(
    "describe-services", .ecs, mutating: false, summary: "Describe services, their deployments and events",
    positionals: ["services"],
    flags: [
      clusterFlag,
      CommandFlag("services", required: true, list: true, completion: .service, help: "Service names or ARNs"),
    ]),
  CommandVerb("list-services", .ecs, mutating: false, summary: "List service ARNs", flags: [clusterFlag]),
]

private let targetGroupFlag = CommandFlag(
  "target-group-arn", required: true, completion: .targetGroup, help: "Target group ARN or name")

/// The health-check flags CreateTargetGroup and ModifyTargetGroup share.
private let healthCheckFlags: [CommandFlag] = [
  CommandFlag("health-check-path", default: "/", help: "Path the load balancer requests"),
  CommandFlag("health-check-port", default: "traffic-port", help: "traffic-port or a port number"),
  CommandFlag("health-check-interval-seconds", .integer, default: "30", help: "Seconds between checks (5-300)"),
  CommandFlag("health-check-timeout-seconds", .integer, default: "5", help: "Seconds before a check fails (2-120)"),
  CommandFlag("healthy-threshold-count", .integer, default: "5", help: "Successes to turn healthy (2-10)"),
  CommandFlag("unhealthy-threshold-count", .integer, default: "2", help: "Failures to turn unhealthy (2-10)"),
  CommandFlag("matcher", .structure, default: "HttpCode=200", help: "HttpCode=200, HttpCode=200-299, HttpCode=\"200,302\""),
]

private let elbv2Verbs: [CommandVerb] = [
  CommandVerb(
    "create-target-group", .elbv2, summary: "Create a target group for a load balancer to route to",
    positionals: ["name"],
    flags: [
      CommandFlag("name", required: true, help: "Up to 32 letters, digits and hyphens"),
      CommandFlag("protocol", choices: ["HTTP", "HTTPS"], default: "HTTP", help: "Protocol to the targets"),
      CommandFlag("port", .integer, default: "80", help: "Port the targets receive traffic on"),
      CommandFlag("target-type", choices: ["instance", "ip"], default: "instance",
                  help: "instance for bridge/host tasks, ip for awsvpc tasks"),
      CommandFlag("vpc-id", help: "Accepted and ignored: the scenario has one VPC"),
      CommandFlag("health-check-protocol", choices: ["HTTP", "HTTPS"], default: "HTTP", help: "Health-check protocol"),
    ] + healthCheckFlags),
  CommandVerb(
    "create-load-balancer", .elbv2, summary: "Create an Application Load Balancer",
    positionals: ["name"],
    flags: [
      CommandFlag("name", required: true, help: "Up to 32 letters, digits and hyphens"),
      CommandFlag("subnets", list: true, help: "Subnet IDs, in at least two Availability Zones"),
      CommandFlag("security-groups", list: true, help: "Security group IDs"),
      CommandFlag("scheme", choices: ["internet-facing", "internal"], default: "internet-facing", help: "Scheme"),
      CommandFlag("type", choices: ["application"], default: "application", help: "Only application is simulated"),
    ]),
  CommandVerb(
    "create-listener", .elbv2, summary: "Add a listener that forwards to a target group or redirects",
    flags: [
      CommandFlag("load-balancer-arn", required: true, completion: .loadBalancer, help: "Load balancer ARN or name"),
      CommandFlag("protocol", choices: ["HTTP", "HTTPS"], default: "HTTP", help: "Protocol clients use"),
      CommandFlag("port", .integer, required: true, help: "Port the load balancer listens on"),
      CommandFlag("default-actions", .structure, required: true, list: true,
                  help: "Type=forward,TargetGroupArn=ARN or Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"),
      CommandFlag("certificates", .structure, list: true, help: "Accepted and ignored: TLS is not simulated"),
    ]),
  CommandVerb(
    "modify-target-group", .elbv2, summary: "Change a target group's health check",
    flags: [targetGroupFlag] + healthCheckFlags),
  CommandVerb(
    "modify-target-group-attributes", .elbv2, summary: "Change a target group's deregistration delay",
    flags: [
      targetGroupFlag,
      CommandFlag("attributes", .structure, required: true, list: true,
                  help: "Key=deregistration_delay.timeout_seconds,Value=SECONDS"),
    ]),
  CommandVerb(
    "describe-target-health", .elbv2, mutating: false, summary: "Show the health of a target group's targets",
    positionals: ["target-group-arn"],
    flags: [targetGroupFlag]),
]

private let schedulerVerbs: [CommandVerb] = [
  CommandVerb(
    "create-schedule", .scheduler, summary: "Run tasks on a schedule (EventBridge Scheduler with an ECS target)",
    flags: [
      CommandFlag("name", required: true, help: "Up to 64 letters, digits and -_."),
      CommandFlag("schedule-expression", required: true, help: "rate(5 minutes), cron(0 12 * * ? *) or at(…)"),
      CommandFlag("target", .structure,
                  help: "The RunTask request: taskDefinition=…,cluster=…,count=… (or Scheduler's Arn=…,EcsParameters={…})"),
      CommandFlag("flexible-time-window", .structure, help: "Accepted and ignored: schedules fire on time"),
      CommandFlag("task-definition", completion: .taskDefinition, help: "Instead of --target: the task definition to run"),
      CommandFlag("cluster", completion: .cluster, help: "Instead of --target: the cluster (default: default)"),
      CommandFlag("count", .integer, help: "Instead of --target: tasks per run (default 1)"),
    ]),
  CommandVerb(
    "delete-schedule", .scheduler, summary: "Delete a schedule", positionals: ["name"],
    flags: [CommandFlag("name", required: true, completion: .schedule, help: "Schedule name")]),
]

private let ecrVerbs: [CommandVerb] = [
  CommandVerb(
    "create-repository", .ecr, summary: "Create an ECR repository", positionals: ["repository-name"],
    flags: [
      CommandFlag("repository-name", required: true, help: "Repository name"),
      CommandFlag("image-tag-mutability", choices: ["MUTABLE", "IMMUTABLE"], default: "MUTABLE",
                  help: "Whether a pushed tag may be moved"),
    ]),
  CommandVerb(
    "delete-repository", .ecr, summary: "Delete an ECR repository", positionals: ["repository-name"],
    flags: [
      CommandFlag("repository-name", required: true, completion: .repository, help: "Repository name"),
      CommandFlag("force", .boolean, help: "Delete even if it holds images"),
    ]),
  CommandVerb(
    "batch-delete-image", .ecr, summary: "Delete image tags from a repository",
    flags: [
      CommandFlag("repository-name", required: true, completion: .repository, help: "Repository name"),
      CommandFlag("image-ids", .structure, required: true, list: true, help: "imageTag=TAG …"),
    ]),
  CommandVerb(
    "describe-images", .ecr, mutating: false, summary: "Describe a repository's images",
    positionals: ["repository-name"],
    flags: [CommandFlag("repository-name", required: true, completion: .repository, help: "Repository name")]),
]

private let iamVerbs: [CommandVerb] = [
  CommandVerb(
    "create-role", .iam, summary: "Create an IAM role a service can assume", positionals: ["role-name"],
    flags: [
      CommandFlag("role-name", required: true, help: "Role name"),
      CommandFlag("trusted-service", default: "ecs-tasks.amazonaws.com",
                  help: "Service principal in the trust policy"),
      CommandFlag("actions", list: true, help: "Allowed actions (ecr:GetAuthorizationToken, logs:*, …)"),
      CommandFlag("managed-policies", list: true, help: "Managed policy names to attach"),
    ]),
]

private let ec2Verbs: [CommandVerb] = [
  CommandVerb(
    "launch-instances", .ec2, summary: "Launch EC2 instances whose agent registers with ECS",
    positionals: ["instance-type", "count"],
    aliases: [CommandAlias("launch", summary: "launch TYPE [COUNT]: launch-instances")],
    flags: [
      CommandFlag("instance-type", required: true, completion: .instanceType, help: "t3.medium, m5.large, …"),
      CommandFlag("count", .integer, default: "1", help: "Number of instances"),
      CommandFlag("availability-zones", list: true, completion: .availabilityZone,
                  help: "AZs to spread over (default: all of the VPC's, round-robin)"),
      CommandFlag("purchase-option", .choice, choices: PurchaseOption.allCases.map(\.rawValue),
                  default: "On-Demand", help: "How the instances are bought"),
      CommandFlag("spot", .boolean, help: "Same as --purchase-option Spot"),
      CommandFlag("ami", .choice, choices: AMIKind.allCases.map(\.rawValue), default: "ecs-optimized",
                  help: "Which agent defaults apply"),
      CommandFlag("iam-role", default: "ecsInstanceRole", help: "Instance profile role (\"\" or none for no role)"),
      CommandFlag("security-groups", list: true, help: "Security group IDs"),
      CommandFlag("ecs-config", help: "/etc/ecs/ecs.config text; a literal \\n separates lines"),
    ]),
  CommandVerb(
    "terminate-instances", .ec2, summary: "Terminate EC2 instances", positionals: ["instance-ids"],
    aliases: [CommandAlias("terminate", summary: "terminate ID…: terminate-instances")],
    flags: [CommandFlag("instance-ids", required: true, list: true, completion: .ec2Instance, help: "EC2 instance IDs")]),
]

private let simVerbs: [CommandVerb] = [
  CommandVerb(
    "push-image", .sim, summary: "Push an image to ECR (stands in for docker push)", positionals: ["image"],
    aliases: [CommandAlias("push", summary: "push REPO:TAG: push-image")],
    flags: [
      CommandFlag("image", positionalOnly: true, completion: .image, help: "REPO[:TAG] (tag defaults to latest)"),
      CommandFlag("repository-name", completion: .repository, help: "Repository (instead of REPO:TAG)"),
      CommandFlag("image-tag", default: "latest", help: "Tag (instead of REPO:TAG)"),
      CommandFlag("size", .sizeMB, help: "Image size: 120MB, 1.5GB or MB as a number"),
      CommandFlag("startup-time", .duration, help: "Time until the process is ready"),
      CommandFlag("exit-after", .duration, help: "The process exits by itself after this long"),
      CommandFlag("exit-code", .integer, help: "Exit code when it exits by itself"),
      CommandFlag("shutdown-time", .duration, help: "Time to exit after SIGTERM"),
      CommandFlag("unhealthy", .boolean, help: "A bad release: health checks never pass"),
    ]),
  CommandVerb(
    "disconnect-agent", .sim, summary: "Cut an instance's agent off from ECS (tasks keep running)",
    positionals: ["instance-id"],
    flags: [CommandFlag("instance-id", required: true, completion: .ec2Instance, help: "EC2 or container instance ID")]),
  CommandVerb(
    "reconnect-agent", .sim, summary: "Reconnect an instance's agent to ECS", positionals: ["instance-id"],
    flags: [CommandFlag("instance-id", required: true, completion: .ec2Instance, help: "EC2 or container instance ID")]),
  CommandVerb(
    "interrupt-spot-instance", .sim,
    summary: "Send an EC2 Spot interruption notice; the host is reclaimed two minutes later",
    positionals: ["instance-id"],
    aliases: [CommandAlias("spot-interrupt", summary: "spot-interrupt ID: interrupt-spot-instance")],
    flags: [CommandFlag("instance-id", required: true, completion: .ec2Instance, help: "EC2 or container instance ID of a Spot instance")]),
  CommandVerb(
    "interrupt-spot-task", .sim,
    summary: "Reclaim a FARGATE_SPOT task: SIGTERM now (TerminationNotice), SIGKILL after its stop timeout",
    positionals: ["task"],
    flags: [
      CommandFlag("cluster", completion: .cluster, help: "cluster name or ARN (default: default)"),
      CommandFlag("task", required: true, completion: .task, help: "task ID or ARN of a FARGATE_SPOT task"),
    ]),
  CommandVerb(
    "advance", .sim, summary: "Advance the simulation clock by a duration", positionals: ["by"],
    aliases: [
      CommandAlias("wait", summary: "wait DURATION: advance"),
      CommandAlias("adv", summary: "adv DURATION: advance"),
    ],
    flags: [CommandFlag("by", .duration, required: true, help: "30s, 5m, 1h30m")]),
  CommandVerb(
    "advance-to", .sim, summary: "Advance the simulation clock to a time", positionals: ["time"],
    flags: [CommandFlag("time", .clockTime, required: true, help: "HH:MM:SS, MM:SS or a duration since the start")]),
]
