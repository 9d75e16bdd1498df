/// The read-only ECS verbs (`describe-…`, `list-…`): declared with `mutating: false`, so the
/// dashboard runs them without asking, even with `--readonly`, and shows their JSON.
extension ECSVerbs {
  /// `aws ecs describe-clusters`.
  enum DescribeClusters {
    static let clusters = CommandFlag(
      "clusters", list: true, completion: .cluster, help: "Cluster names or ARNs (default: default)")

    static let verb = CommandVerb(
      "describe-clusters", .ecs, operation: "DescribeClusters", mutating: false, summary: "Describe clusters",
      example: "describe-clusters default prod",
      positionals: [clusters],
      flags: [clusters]
    ) { a throws(CommandError) in .describeClusters(a.texts(clusters)) }
  }

  /// `aws ecs list-clusters`.
  enum ListClusters {
    static let verb = CommandVerb(
      "list-clusters", .ecs, operation: "ListClusters", mutating: false, summary: "List cluster ARNs",
      example: "list-clusters"
    ) { _ throws(CommandError) in .listClusters }
  }

  /// `aws ecs describe-container-instances`.
  enum DescribeContainerInstances {
    static let containerInstances = CommandFlag(
      "container-instances", required: true, list: true, completion: .containerInstance,
      help: "Container instance IDs or ARNs")

    static let verb = CommandVerb(
      "describe-container-instances", .ecs, operation: "DescribeContainerInstances", mutating: false,
      summary: "Describe container instances",
      example: "describe-container-instances --cluster prod a b",
      positionals: [containerInstances],
      flags: [cluster, containerInstances]
    ) { a throws(CommandError) in
      .describeContainerInstances(DescribeContainerInstancesRequest(
        cluster: a.text(cluster), containerInstances: a.texts(containerInstances)))
    }
  }

  /// `aws ecs list-container-instances`.
  enum ListContainerInstances {
    static let filter = CommandFlag("filter", help: "Cluster query language expression")
    static let status = CommandFlag(
      "status", choices: ["ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED"],
      help: "Only instances with this status")

    static let verb = CommandVerb(
      "list-container-instances", .ecs, operation: "ListContainerInstances", mutating: false,
      summary: "List container instance ARNs",
      example: #"list-container-instances --filter "attribute:ecs.instance-type == t3.medium""#,
      flags: [cluster, filter, status]
    ) { a throws(CommandError) in
      .listContainerInstances(ListContainerInstancesRequest(
        cluster: a.text(cluster), filter: a.text(filter), status: a.text(status)))
    }
  }

  /// `aws ecs describe-tasks`.
  enum DescribeTasks {
    static let tasks = CommandFlag("tasks", required: true, list: true, completion: .task, help: "Task IDs or ARNs")

    static let verb = CommandVerb(
      "describe-tasks", .ecs, operation: "DescribeTasks", mutating: false, summary: "Describe tasks",
      example: "describe-tasks t1 t2",
      positionals: [tasks],
      aliases: [CommandAlias("describe-task", summary: "describe-task TASK…: describe-tasks")],
      flags: [cluster, tasks]
    ) { a throws(CommandError) in
      .describeTasks(DescribeTasksRequest(cluster: a.text(cluster), tasks: a.texts(tasks)))
    }
  }

  /// `aws ecs list-tasks`.
  enum ListTasks {
    static let family = CommandFlag("family", completion: .taskDefinitionFamily, help: "Only tasks of this family")
    static let containerInstance = CommandFlag(
      "container-instance", completion: .containerInstance, help: "Only tasks on this instance")
    static let startedBy = CommandFlag("started-by", help: "Only tasks with this startedBy")
    static let desiredStatus = CommandFlag(
      "desired-status", choices: ["RUNNING", "PENDING", "STOPPED"], default: "RUNNING",
      help: "Only tasks with this desired status")
    static let launchType = CommandFlag(
      "launch-type", choices: ["EC2", "FARGATE", "EXTERNAL"], help: "Only tasks of this launch type")

    static let verb = CommandVerb(
      "list-tasks", .ecs, operation: "ListTasks", mutating: false, summary: "List task ARNs",
      example: "list-tasks --family web --desired-status STOPPED",
      flags: [cluster, family, containerInstance, startedBy, desiredStatus, launchType]
    ) { a throws(CommandError) in
      .listTasks(ListTasksRequest(
        cluster: a.text(cluster), family: a.text(family), containerInstance: a.text(containerInstance),
        startedBy: a.text(startedBy), desiredStatus: a.text(desiredStatus), launchType: a.text(launchType)))
    }
  }

  /// `aws ecs describe-task-definition`.
  enum DescribeTaskDefinition {
    static let taskDefinition = CommandFlag(
      "task-definition", required: true, completion: .taskDefinition, help: "family (latest ACTIVE), family:revision or ARN")

    static let verb = CommandVerb(
      "describe-task-definition", .ecs, operation: "DescribeTaskDefinition", mutating: false,
      summary: "Describe a task definition revision",
      example: "describe-task-definition web:3",
      positionals: [taskDefinition],
      flags: [taskDefinition]
    ) { a throws(CommandError) in .describeTaskDefinition(try a.required(taskDefinition)) }
  }

  /// `aws ecs list-task-definitions`.
  enum ListTaskDefinitions {
    static let familyPrefix = CommandFlag(
      "family-prefix", completion: .taskDefinitionFamily, help: "Only families starting with this")
    static let status = CommandFlag(
      "status", choices: ["ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS"], default: "ACTIVE",
      help: "Only revisions with this status")

    static let verb = CommandVerb(
      "list-task-definitions", .ecs, operation: "ListTaskDefinitions", mutating: false,
      summary: "List task definition ARNs",
      example: "list-task-definitions --family-prefix we",
      flags: [familyPrefix, status]
    ) { a throws(CommandError) in
      .listTaskDefinitions(ListTaskDefinitionsRequest(familyPrefix: a.text(familyPrefix), status: a.text(status)))
    }
  }

  /// `aws ecs describe-services`.
  enum DescribeServices {
    static let services = CommandFlag(
      "services", required: true, list: true, completion: .service, help: "Service names or ARNs")

    static let verb = CommandVerb(
      "describe-services", .ecs, operation: "DescribeServices", mutating: false,
      summary: "Describe services, their deployments and events",
      example: "describe-services web api",
      positionals: [services],
      flags: [cluster, services]
    ) { a throws(CommandError) in
      .describeServices(DescribeServicesRequest(cluster: a.text(cluster), services: a.texts(services)))
    }
  }

  /// `aws ecs list-services`.
  enum ListServices {
    static let verb = CommandVerb(
      "list-services", .ecs, operation: "ListServices", mutating: false, summary: "List service ARNs",
      example: "list-services --cluster prod",
      flags: [cluster]
    ) { a throws(CommandError) in .listServices(cluster: a.text(cluster)) }
  }
}
