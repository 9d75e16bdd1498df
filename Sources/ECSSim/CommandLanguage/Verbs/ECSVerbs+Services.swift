/// ECS verbs that create, change and delete services.
extension ECSVerbs {
  /// `aws ecs create-service`.
  enum CreateService {
    static let serviceName = CommandFlag("service-name", required: true, help: "Name of the new service")
    static let taskDefinition = CommandFlag(
      "task-definition", required: true, completion: .taskDefinition, help: "family, family:revision or ARN")
    static let desiredCount = CommandFlag("desired-count", .integer, default: "0", help: "Tasks to keep running (REPLICA)")
    static let schedulingStrategy = CommandFlag(
      "scheduling-strategy", choices: ["REPLICA", "DAEMON"], default: "REPLICA",
      help: "REPLICA keeps desired-count tasks; DAEMON runs one on each instance")
    static let healthCheckGracePeriodSeconds = CommandFlag(
      "health-check-grace-period-seconds", .integer, default: "0",
      help: "Ignore failing health checks this long after a task starts")

    static let verb = CommandVerb(
      "create-service", .ecs, operation: "CreateService",
      summary: "Create a service that keeps a number of tasks running",
      example: "create-service --service-name web --task-definition web:3 --desired-count 2",
      flags: [
        cluster, serviceName, taskDefinition, desiredCount, launchType, capacityProviderStrategy, schedulingStrategy,
        deploymentConfiguration, loadBalancers, healthCheckGracePeriodSeconds, placementConstraints, placementStrategy,
        networkConfiguration,
      ]
    ) { a throws(CommandError) in .createService(try input(a)) }

    /// Defaults are left to the engine (nil), which applies ECS's.
    static func input(_ a: CommandArguments) throws(CommandError) -> CreateServiceInput {
      var s = CreateServiceInput(serviceName: try a.required(serviceName), taskDefinition: try a.required(taskDefinition))
      s.cluster = a.text(cluster)
      s.desiredCount = a.int(desiredCount)
      s.launchType = a.text(launchType)
      s.capacityProviderStrategy = try readCapacityProviderStrategy(a)
      s.schedulingStrategy = a.text(schedulingStrategy)
      if let dc = try readDeploymentConfiguration(a) { s.deploymentConfiguration = dc }
      s.loadBalancers = try readLoadBalancers(a)
      s.healthCheckGracePeriodSeconds = a.int(healthCheckGracePeriodSeconds)
      s.placementConstraints = try readPlacementConstraints(a)
      s.placementStrategy = try readPlacementStrategy(a)
      if let vpc = try readNetworkConfiguration(a) {
        s.subnets = vpc.subnets; s.securityGroups = vpc.securityGroups; s.assignPublicIp = vpc.assignPublicIp
      }
      return s
    }
  }

  /// `aws ecs update-service`, and the `scale`, `deploy` and `redeploy` aliases.
  enum UpdateService {
    static let service = CommandFlag("service", required: true, completion: .service, help: "Service name or ARN")
    static let desiredCount = CommandFlag("desired-count", .integer, help: "Tasks to keep running")
    static let taskDefinition = CommandFlag(
      "task-definition", completion: .taskDefinition, help: "Deploy this family, family:revision or ARN")
    static let forceNewDeployment = CommandFlag(
      "force-new-deployment", .boolean, help: "Start a new deployment even if nothing changed (re-pulls mutable tags)")
    static let healthCheckGracePeriodSeconds = CommandFlag(
      "health-check-grace-period-seconds", .integer, help: "Ignore failing health checks this long after a task starts")

    static let verb = CommandVerb(
      "update-service", .ecs, operation: "UpdateService",
      summary: "Change a service's desired count, task definition or deployment settings",
      example: "update-service --service web --desired-count 4",
      positionals: [service],
      aliases: [
        CommandAlias("scale", positionals: [service, desiredCount],
                     summary: "scale SERVICE N: update-service --desired-count N"),
        CommandAlias("deploy", positionals: [service, taskDefinition],
                     summary: "deploy SERVICE TASKDEF: update-service --task-definition TASKDEF"),
        CommandAlias("redeploy", presets: [(forceNewDeployment, "true")], positionals: [service],
                     summary: "redeploy SERVICE: update-service --force-new-deployment"),
      ],
      flags: [
        cluster, service, desiredCount, taskDefinition, deploymentConfiguration, forceNewDeployment,
        healthCheckGracePeriodSeconds, placementConstraints, placementStrategy, capacityProviderStrategy,
        networkConfiguration, loadBalancers,
      ]
    ) { a throws(CommandError) in .updateService(try input(a)) }

    /// A flag not given leaves its setting as it is (nil); placement given as `'[]'` clears it,
    /// as UpdateService does.
    static func input(_ a: CommandArguments) throws(CommandError) -> UpdateServiceInput {
      var u = UpdateServiceInput(service: try a.required(service))
      u.cluster = a.text(cluster)
      u.desiredCount = a.int(desiredCount)
      u.taskDefinition = a.text(taskDefinition)
      u.deploymentConfiguration = try readDeploymentConfiguration(a)
      u.forceNewDeployment = a.switchValue(forceNewDeployment) ?? false
      u.healthCheckGracePeriodSeconds = a.int(healthCheckGracePeriodSeconds)
      if a.has(placementConstraints) { u.placementConstraints = try readPlacementConstraints(a) }
      if a.has(placementStrategy) { u.placementStrategy = try readPlacementStrategy(a) }
      if a.has(capacityProviderStrategy) { u.capacityProviderStrategy = try readCapacityProviderStrategy(a) }
      if let vpc = try readNetworkConfiguration(a) {
        u.subnets = vpc.subnets; u.securityGroups = vpc.securityGroups; u.assignPublicIp = vpc.assignPublicIp
      }
      if a.has(loadBalancers) { u.loadBalancers = try readLoadBalancers(a) }
      return u
    }
  }

  /// `aws ecs delete-service`.
  enum DeleteService {
    static let service = CommandFlag("service", required: true, completion: .service, help: "Service name or ARN")
    static let force = CommandFlag("force", .boolean, help: "Delete even if tasks are running (they are stopped)")

    static let verb = CommandVerb(
      "delete-service", .ecs, operation: "DeleteService", summary: "Delete a service (scale it to 0 first, or --force)",
      example: "delete-service web --force",
      positionals: [service],
      flags: [cluster, service, force]
    ) { a throws(CommandError) in
      .deleteService(DeleteServiceRequest(
        cluster: a.text(cluster), service: try a.required(service), force: a.switchValue(force) ?? false))
    }
  }
}
