/// ECS services created when the scenario starts, written in CreateService's input shape
/// (`aws ecs create-service --cli-input-yaml`). The RunTask-shaped parts (placement, network
/// configuration) are checked the way `tasks` checks them.
extension CreateServiceInput {
  static let keys = [
    "cluster", "serviceName", "taskDefinition", "desiredCount", "launchType", "capacityProviderStrategy",
    "schedulingStrategy", "deploymentConfiguration", "loadBalancers", "healthCheckGracePeriodSeconds",
    "placementConstraints", "placementStrategy", "networkConfiguration",
  ]

  static func decode(
    _ node: Node, path: String, references: inout ScenarioReferences
  ) throws(LocatedError) -> CreateServiceInput {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let cluster = try f.string("cluster")
    let name = try f.name("serviceName")
    if let problem = serviceNameProblem(name) {
      throw LocatedError("\(f.path("serviceName")): service name '\(name)' \(problem)", at: f.child("serviceName")?.location)
    }
    var input = CreateServiceInput(serviceName: name, taskDefinition: try f.name("taskDefinition"))
    input.cluster = cluster
    input.desiredCount = try f.int("desiredCount", in: 0...Int.max)
    input.launchType = try f.oneOf("launchType", Compatibility.allCases.map(\.rawValue))
    if let strategy = try f.each("capacityProviderStrategy", decodeCapacityProviderItem) {
      if input.launchType != nil {
        // CreateService: "launchType and capacityProviderStrategy cannot both be specified".
        throw LocatedError(
          "\(path): give either launchType or capacityProviderStrategy, not both",
          at: f.child("capacityProviderStrategy")?.location)
      }
      // ECS: at most one provider of a strategy may have a base.
      let withBase = strategy.enumerated().filter { $0.element.item.base > 0 }
      if withBase.count > 1 {
        throw LocatedError(
          "\(f.path("capacityProviderStrategy"))[\(withBase[1].offset)]: only one capacity provider in a strategy can have a base",
          at: withBase[1].element.location)
      }
      input.capacityProviderStrategy = strategy.map(\.item)
    }
    input.schedulingStrategy = try f.oneOf("schedulingStrategy", ["REPLICA", "DAEMON"])
    let isDaemon = input.schedulingStrategy == "DAEMON"
    if let dc = f.child("deploymentConfiguration") {
      input.deploymentConfiguration = try DeploymentConfigurationInput.decode(dc, path: f.path("deploymentConfiguration"))
    }
    if let items = try f.each("loadBalancers", { (n, p) throws(LocatedError) in
      try ServiceLoadBalancerInput.decode(n, path: p, references: &references)
    }) {
      // ECS: up to 5 target groups per service.
      guard items.count <= 5 else {
        throw LocatedError(
          "\(f.path("loadBalancers")): a service can have at most 5 target groups, found \(items.count)",
          at: f.child("loadBalancers")?.location)
      }
      input.loadBalancers = items
    }
    input.healthCheckGracePeriodSeconds = try f.int("healthCheckGracePeriodSeconds", in: 0...2_147_483_647)
    input.placementConstraints = try f.each("placementConstraints", RunTaskSpec.decodeConstraint) ?? []
    if input.placementConstraints.count > 10 {
      throw LocatedError(
        "\(f.path("placementConstraints")): at most 10 placement constraints, found \(input.placementConstraints.count)",
        at: f.child("placementConstraints")?.location)
    }
    input.placementStrategy = try f.each("placementStrategy", RunTaskSpec.decodeStrategy) ?? []
    if input.placementStrategy.count > 5 {
      throw LocatedError(
        "\(f.path("placementStrategy")): at most 5 placement strategy rules, found \(input.placementStrategy.count)",
        at: f.child("placementStrategy")?.location)
    }
    if let vpc = try decodeNetworkConfiguration(f) {
      input.subnets = vpc.subnets
      input.securityGroups = vpc.securityGroups
      input.assignPublicIp = vpc.assignPublicIp
    }
    if isDaemon { try checkDaemon(input, f) }
    input.location = node.location
    return input
  }

  /// The DAEMON strategy's rules (docs/ecs/services-and-deployments.md §2): one task per instance,
  /// so no Fargate, no placement strategy, and a maximumPercent of 100.
  private static func checkDaemon(_ input: CreateServiceInput, _ f: ScenarioFields) throws(LocatedError) {
    if input.launchType == "FARGATE" {
      throw LocatedError(
        "\(f.path("launchType")): the DAEMON scheduling strategy does not support the FARGATE launch type",
        at: f.child("launchType")?.location)
    }
    if !input.placementStrategy.isEmpty {
      throw LocatedError(
        "\(f.path("placementStrategy")): a DAEMON service takes no placement strategy (it runs one task on each instance)",
        at: f.child("placementStrategy")?.location)
    }
    if let max = input.deploymentConfiguration.maximumPercent, max != 100 {
      let at = f.child("deploymentConfiguration")?["maximumPercent"]?.location
      throw LocatedError(
        "\(f.path("deploymentConfiguration")).maximumPercent: must be 100 for a DAEMON service, found \(max)", at: at)
    }
  }

  /// What is wrong with a service name, or nil: ECS allows up to 255 letters, digits, hyphens
  /// and underscores.
  public static func serviceNameProblem(_ name: String) -> String? {
    if name.count > 255 { return "can have at most 255 characters, found \(name.count)" }
    if !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
      return "may contain only letters, digits, hyphens and underscores"
    }
    return nil
  }

  /// One `capacityProviderStrategy` item with ECS's defaults (weight 0, base 0) and ranges.
  private static func decodeCapacityProviderItem(
    _ node: Node, path: String
  ) throws(LocatedError) -> (item: CapacityProviderStrategyInput, location: SourceLocation?) {
    let f = try ScenarioFields(node, path: path, allowed: ["capacityProvider", "weight", "base"])
    let name = try f.name("capacityProvider")
    let weight = try f.int("weight", in: 0...1000) ?? 0
    let base = try f.int("base", in: 0...100_000) ?? 0
    return (CapacityProviderStrategyInput(capacityProvider: name, weight: weight, base: base), node.location)
  }
}

/// Services with the same name in the same cluster (the cluster left out is `default`): the
/// second is reported, with where the first is.
func checkUniqueServices(_ services: [CreateServiceInput], listPath: String) throws(LocatedError) {
  for (i, s) in services.enumerated() {
    let cluster = s.cluster ?? "default"
    if let j = services[..<i].firstIndex(where: { $0.serviceName == s.serviceName && ($0.cluster ?? "default") == cluster }) {
      var msg = "\(listPath)[\(i)]: duplicate service '\(s.serviceName)' in cluster '\(cluster)' (also \(listPath)[\(j)]"
      if let l = services[j].location { msg += " at \(l)" }
      msg += ")"
      throw LocatedError(msg, at: s.location)
    }
  }
}

extension DeploymentConfigurationInput {
  static let keys = ["maximumPercent", "minimumHealthyPercent", "deploymentCircuitBreaker"]

  /// `{maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: {enable, rollback}}`.
  /// minimumHealthyPercent is a percentage of the desired count (0–100); maximumPercent has no
  /// documented ceiling. The circuit breaker needs both of its flags, as in the API.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> DeploymentConfigurationInput {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var dc = DeploymentConfigurationInput()
    dc.maximumPercent = try f.int("maximumPercent", in: 0...Int.max)
    dc.minimumHealthyPercent = try f.int("minimumHealthyPercent", in: 0...100)
    if let cb = f.child("deploymentCircuitBreaker") {
      let b = try ScenarioFields(cb, path: f.path("deploymentCircuitBreaker"), allowed: ["enable", "rollback"])
      _ = try b.require("enable")
      _ = try b.require("rollback")
      dc.circuitBreakerEnable = try b.bool("enable")
      dc.circuitBreakerRollback = try b.bool("rollback")
    }
    return dc
  }
}

extension ServiceLoadBalancerInput {
  static let keys = ["targetGroupArn", "targetGroupName", "containerName", "containerPort"]

  /// `{targetGroupArn: web, containerName: web, containerPort: 8080}`. The target group may be
  /// named by `targetGroupArn` (an ARN or, since a scenario cannot know the ARN's id, a name)
  /// or by `targetGroupName`; either must be a group of `targetGroups`.
  static func decode(
    _ node: Node, path: String, references: inout ScenarioReferences
  ) throws(LocatedError) -> ServiceLoadBalancerInput {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let key: String
    switch (f.has("targetGroupArn"), f.has("targetGroupName")) {
    case (true, true):
      throw LocatedError("\(path): give either targetGroupArn or targetGroupName, not both", at: f.child("targetGroupName")?.location)
    case (false, false):
      throw LocatedError("\(path): missing required key 'targetGroupArn' (or 'targetGroupName')", at: node.location)
    case (true, false): key = "targetGroupArn"
    case (false, true): key = "targetGroupName"
    }
    let group = try f.name(key)
    references.uses.append(.targetGroup(name: group, path: f.path(key), location: f.child(key)?.location))
    let container = try f.name("containerName")
    _ = try f.require("containerPort")
    let port = try f.int("containerPort", in: 1...65535)!
    return ServiceLoadBalancerInput(targetGroup: group, containerName: container, containerPort: port)
  }
}

/// `networkConfiguration: {awsvpcConfiguration: {subnets, securityGroups, assignPublicIp}}`,
/// RunTask's and CreateService's shape; nil when the key is absent.
func decodeNetworkConfiguration(
  _ f: ScenarioFields
) throws(LocatedError) -> (subnets: [String], securityGroups: [String], assignPublicIp: Bool)? {
  guard let net = f.child("networkConfiguration") else { return nil }
  let netFields = try ScenarioFields(net, path: f.path("networkConfiguration"), allowed: ["awsvpcConfiguration"])
  let vpcNode = try netFields.require("awsvpcConfiguration")
  let vpc = try ScenarioFields(
    vpcNode, path: netFields.path("awsvpcConfiguration"), allowed: ["subnets", "securityGroups", "assignPublicIp"])
  guard let subnets = try vpc.strings("subnets"), !subnets.isEmpty else {
    throw LocatedError(
      "\(vpc.path("subnets")): awsvpcConfiguration needs at least one subnet",
      at: vpc.child("subnets")?.location ?? vpcNode.location)
  }
  return (subnets, try vpc.strings("securityGroups") ?? [],
          try vpc.oneOf("assignPublicIp", ["ENABLED", "DISABLED"]) == "ENABLED")
}
