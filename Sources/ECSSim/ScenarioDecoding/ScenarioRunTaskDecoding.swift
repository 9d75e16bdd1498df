/// RunTask requests made when the scenario starts, written in RunTask's input shape
/// (`aws ecs run-task --cli-input-yaml`), with `count` allowed per entry.
extension RunTaskSpec {
  static let keys = [
    "cluster", "taskDefinition", "count", "launchType", "capacityProviderStrategy", "group",
    "startedBy", "placementStrategy", "placementConstraints", "networkConfiguration",
  ]

  static func decode(_ node: Node, path: String) throws(LocatedError) -> RunTaskSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var spec = RunTaskSpec(taskDefinition: try f.name("taskDefinition"))
    spec.cluster = try f.string("cluster")
    // RunTask starts at most 10 tasks per call (InvalidParameterException above that).
    if let countNode = f.child("count") {
      let n = try countNode.asInt(path: f.path("count"))
      guard n >= 1 else {
        throw LocatedError("\(f.path("count")): must be at least 1, found \(n)", at: countNode.location)
      }
      guard n <= 10 else {
        throw LocatedError(
          "\(f.path("count")): RunTask starts at most 10 tasks per call, found \(n); write several entries",
          at: countNode.location)
      }
      spec.count = n
    }
    spec.launchType = try f.oneOf("launchType", Compatibility.allCases.map(\.rawValue))
    if let strategy = try f.each("capacityProviderStrategy", CapacityProviderItem.decode) {
      if spec.launchType != nil {
        // RunTask: "launchType and capacityProviderStrategy cannot both be specified".
        throw LocatedError(
          "\(path): give either launchType or capacityProviderStrategy, not both",
          at: f.child("capacityProviderStrategy")?.location)
      }
      guard strategy.count == 1 else {
        throw LocatedError(
          "\(f.path("capacityProviderStrategy")): ecsim runs a task on one capacity provider; list exactly one",
          at: f.child("capacityProviderStrategy")?.location)
      }
      spec.capacityProvider = strategy[0].name
    }
    spec.group = try f.string("group")
    spec.startedBy = try f.string("startedBy")
    spec.placementStrategy = try f.each("placementStrategy", decodeStrategy) ?? []
    if spec.placementStrategy.count > 5 {
      throw LocatedError(
        "\(f.path("placementStrategy")): at most 5 placement strategy rules, found \(spec.placementStrategy.count)",
        at: f.child("placementStrategy")?.location)
    }
    spec.placementConstraints = try f.each("placementConstraints", decodeConstraint) ?? []
    if let net = f.child("networkConfiguration") {
      let netFields = try ScenarioFields(net, path: f.path("networkConfiguration"), allowed: ["awsvpcConfiguration"])
      let vpcNode = try netFields.require("awsvpcConfiguration")
      let vpc = try ScenarioFields(
        vpcNode, path: netFields.path("awsvpcConfiguration"), allowed: ["subnets", "securityGroups", "assignPublicIp"])
      guard let subnets = try vpc.strings("subnets"), !subnets.isEmpty else {
        throw LocatedError("\(vpc.path("subnets")): awsvpcConfiguration needs at least one subnet", at: vpc.child("subnets")?.location ?? vpcNode.location)
      }
      spec.subnets = subnets
      spec.securityGroups = try vpc.strings("securityGroups") ?? []
      spec.assignPublicIp = try vpc.oneOf("assignPublicIp", ["ENABLED", "DISABLED"]) == "ENABLED"
    }
    spec.location = node.location
    return spec
  }

  /// `{type: spread, field: attribute:ecs.availability-zone}`, checked with ECS's own rules.
  static func decodeStrategy(_ node: Node, path: String) throws(LocatedError) -> PlacementStrategyInput {
    let f = try ScenarioFields(node, path: path, allowed: ["type", "field"])
    let type = try f.requireOneOf("type", ["random", "spread", "binpack"])
    let field = try f.string("field")
    do {
      _ = try PlacementStrategy.make(type: type, field: field)
    } catch {
      throw LocatedError("\(path): \(error.message)", at: node.location)
    }
    return PlacementStrategyInput(type: type, field: field)
  }

  /// `{type: memberOf, expression: "attribute:ecs.instance-type =~ m5.*"}`; the expression is
  /// parsed with the cluster query language now, so a typo is reported at load.
  static func decodeConstraint(_ node: Node, path: String) throws(LocatedError) -> PlacementConstraintInput {
    let f = try ScenarioFields(node, path: path, allowed: ["type", "expression"])
    let type = try f.requireOneOf("type", ["distinctInstance", "memberOf"])
    let expression = try f.string("expression")
    do {
      _ = try PlacementStrategy.make(constraintType: type, expression: expression)
    } catch {
      throw LocatedError("\(path): \(error.message)", at: f.child("expression")?.location ?? node.location)
    }
    return PlacementConstraintInput(type: type, expression: expression)
  }
}

/// One `capacityProviderStrategy` item; weight and base are accepted (they are part of the
/// shape a user pastes) and checked, though with one provider they change nothing.
struct CapacityProviderItem {
  var name: String

  static func decode(_ node: Node, path: String) throws(LocatedError) -> CapacityProviderItem {
    let f = try ScenarioFields(node, path: path, allowed: ["capacityProvider", "weight", "base"])
    let name = try f.name("capacityProvider")
    _ = try f.int("weight", in: 0...1000)
    _ = try f.int("base", in: 0...100_000)
    return CapacityProviderItem(name: name)
  }
}
