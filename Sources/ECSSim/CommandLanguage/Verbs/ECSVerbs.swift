/// The ECS verbs (`aws ecs …`) in help order, the flags several of them share, and the readers
/// of RunTask's structures that run-task, create-service, update-service and create-schedule
/// share.
///
/// Each verb is a nested enum (`ECSVerbs.StopTask`) holding its flags as constants and its
/// `verb` declaration, whose builder reads the flags through those constants.
enum ECSVerbs {
  static let all: [CommandVerb] = [
    RunTask.verb, StopTask.verb, RegisterTaskDefinition.verb, DeregisterTaskDefinition.verb,
    UpdateContainerInstancesState.verb, DeregisterContainerInstance.verb, CreateCluster.verb, DeleteCluster.verb,
    PutAttributes.verb, CreateService.verb, UpdateService.verb, DeleteService.verb,
    DescribeClusters.verb, ListClusters.verb, DescribeContainerInstances.verb, ListContainerInstances.verb,
    DescribeTasks.verb, ListTasks.verb, DescribeTaskDefinition.verb, ListTaskDefinitions.verb,
    DescribeServices.verb, ListServices.verb,
  ]

  // MARK: Shared flags

  static let cluster = CommandFlag("cluster", completion: .cluster, help: "Cluster name or ARN (default: default)")
  static let capacityProviderStrategy = CommandFlag(
    "capacity-provider-strategy", .structure, list: true, help: "capacityProvider=NAME,weight=N,base=N …")
  static let placementStrategy = CommandFlag(
    "placement-strategy", .structure, list: true, help: "type=spread|binpack|random,field=FIELD …")
  static let placementConstraints = CommandFlag(
    "placement-constraints", .structure, list: true, help: "type=distinctInstance|memberOf,expression=\"QUERY\" …")
  static let networkConfiguration = CommandFlag(
    "network-configuration", .structure,
    help: "awsvpcConfiguration={subnets=[…],securityGroups=[…],assignPublicIp=ENABLED|DISABLED}")
  static let deploymentConfiguration = CommandFlag(
    "deployment-configuration", .structure,
    help: "maximumPercent=200,minimumHealthyPercent=100,deploymentCircuitBreaker={enable=true,rollback=true}")
  static let loadBalancers = CommandFlag(
    "load-balancers", .structure, list: true, help: "targetGroupArn=ARN|NAME,containerName=NAME,containerPort=PORT …")
  static let launchType = CommandFlag("launch-type", choices: ["EC2", "FARGATE", "EXTERNAL"], help: "Launch type")

  // MARK: RunTask-shaped structures (run-task, create-service, update-service, create-schedule)

  static func readCapacityProviderStrategy(_ a: CommandArguments) throws(CommandError) -> [CapacityProviderStrategyInput] {
    try a.decodeEach(capacityProviderStrategy, keys: CapacityProviderStrategyInput.keys, CapacityProviderStrategyInput.init)
  }

  static func readPlacementStrategy(_ a: CommandArguments) throws(CommandError) -> [PlacementStrategyInput] {
    try a.decodeEach(placementStrategy, keys: PlacementStrategyInput.keys, PlacementStrategyInput.init)
  }

  static func readPlacementConstraints(_ a: CommandArguments) throws(CommandError) -> [PlacementConstraintInput] {
    try a.decodeEach(placementConstraints, keys: PlacementConstraintInput.keys, PlacementConstraintInput.init)
  }

  /// The subnets, security groups and public-IP switch of `--network-configuration`, if given.
  static func readNetworkConfiguration(
    _ a: CommandArguments
  ) throws(CommandError) -> (subnets: [String], securityGroups: [String], assignPublicIp: Bool)? {
    guard let node = a.nodes(networkConfiguration).first else { return nil }
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

  /// `maximumPercent=200,minimumHealthyPercent=100,deploymentCircuitBreaker={enable=true,rollback=true}`
  /// or the same as JSON; read by the scenario's decoder, so both check the same rules.
  static func readDeploymentConfiguration(_ a: CommandArguments) throws(CommandError) -> DeploymentConfigurationInput? {
    guard let node = a.nodes(deploymentConfiguration).first else { return nil }
    return try a.located { () throws(LocatedError) in
      try DeploymentConfigurationInput.decode(node, path: "--deployment-configuration")
    }
  }

  /// Each `--load-balancers` entry, read by the scenario's decoder. A command names target
  /// groups that exist already, so the references it collects are not kept.
  static func readLoadBalancers(_ a: CommandArguments) throws(CommandError) -> [ServiceLoadBalancerInput] {
    var references = ScenarioReferences()
    var out: [ServiceLoadBalancerInput] = []
    for node in a.nodes(loadBalancers) {
      out.append(try a.located { () throws(LocatedError) in
        try ServiceLoadBalancerInput.decode(node, path: "--load-balancers", references: &references)
      })
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
}
