/// Elastic Load Balancing v2 verbs (`aws elbv2 …`) in help order, and the health-check flags
/// CreateTargetGroup and ModifyTargetGroup share.
enum ELBv2Verbs {
  static let all: [CommandVerb] = [
    CreateTargetGroup.verb, CreateLoadBalancer.verb, CreateListener.verb, ModifyTargetGroup.verb,
    ModifyTargetGroupAttributes.verb, DescribeTargetHealth.verb,
  ]

  static let targetGroup = CommandFlag(
    "target-group-arn", required: true, completion: .targetGroup, help: "Target group ARN or name")

  static let healthCheckPath = CommandFlag("health-check-path", default: "/", help: "Path the load balancer requests")
  static let healthCheckPort = CommandFlag(
    "health-check-port", default: "traffic-port", help: "traffic-port or a port number")
  static let healthCheckIntervalSeconds = CommandFlag(
    "health-check-interval-seconds", .integer, default: "30", help: "Seconds between checks (5-300)")
  static let healthCheckTimeoutSeconds = CommandFlag(
    "health-check-timeout-seconds", .integer, default: "5", help: "Seconds before a check fails (2-120)")
  static let healthyThresholdCount = CommandFlag(
    "healthy-threshold-count", .integer, default: "5", help: "Successes to turn healthy (2-10)")
  static let unhealthyThresholdCount = CommandFlag(
    "unhealthy-threshold-count", .integer, default: "2", help: "Failures to turn unhealthy (2-10)")
  static let matcher = CommandFlag(
    "matcher", .structure, default: "HttpCode=200", help: "HttpCode=200, HttpCode=200-299, HttpCode=\"200,302\"")

  static let healthCheckFlags: [CommandFlag] = [
    healthCheckPath, healthCheckPort, healthCheckIntervalSeconds, healthCheckTimeoutSeconds, healthyThresholdCount,
    unhealthyThresholdCount, matcher,
  ]

  /// The health-check flags given; their values are ELB's to check when the command is applied.
  static func healthCheckChange(_ a: CommandArguments) throws(CommandError) -> HealthCheckSettingsChange {
    var c = HealthCheckSettingsChange()
    c.path = a.text(healthCheckPath)
    c.port = a.text(healthCheckPort)
    c.intervalSeconds = a.int(healthCheckIntervalSeconds)
    c.timeoutSeconds = a.int(healthCheckTimeoutSeconds)
    c.healthyThresholdCount = a.int(healthyThresholdCount)
    c.unhealthyThresholdCount = a.int(unhealthyThresholdCount)
    if let node = a.nodes(matcher).first {
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

  /// `aws elbv2 create-target-group`.
  enum CreateTargetGroup {
    static let name = CommandFlag("name", required: true, help: "Up to 32 letters, digits and hyphens")
    static let `protocol` = CommandFlag("protocol", choices: ["HTTP", "HTTPS"], default: "HTTP", help: "Protocol to the targets")
    static let port = CommandFlag("port", .integer, default: "80", help: "Port the targets receive traffic on")
    static let targetType = CommandFlag(
      "target-type", choices: ["instance", "ip"], default: "instance",
      help: "instance for bridge/host tasks, ip for awsvpc tasks")
    static let vpcID = CommandFlag("vpc-id", help: "Accepted and ignored: the scenario has one VPC")
    static let healthCheckProtocol = CommandFlag(
      "health-check-protocol", choices: ["HTTP", "HTTPS"], default: "HTTP", help: "Health-check protocol")

    static let verb = CommandVerb(
      "create-target-group", .elbv2, operation: "CreateTargetGroup",
      summary: "Create a target group for a load balancer to route to",
      example: "create-target-group web-tg --port 8080 --target-type ip --health-check-path /healthz",
      positionals: [name],
      flags: [name, `protocol`, port, targetType, vpcID, healthCheckProtocol] + healthCheckFlags
    ) { a throws(CommandError) in .createTargetGroup(try spec(a)) }

    static func spec(_ a: CommandArguments) throws(CommandError) -> TargetGroupSpec {
      var tg = TargetGroupSpec(name: try a.required(name))
      if let v = a.text(`protocol`) { tg.protocol = v }
      if let v = a.int(port) { tg.port = v }
      if let v = a.text(targetType) { tg.targetType = v }
      // `--vpc-id` is accepted and ignored: the simulation has one VPC.
      if let v = a.text(healthCheckProtocol) { tg.healthCheck.protocol = v }
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
  }

  /// `aws elbv2 create-load-balancer`. Only Application Load Balancers are simulated, and
  /// `LoadBalancerSpec` has no type: any other `--type` is refused rather than silently built
  /// as an ALB.
  enum CreateLoadBalancer {
    static let name = CommandFlag("name", required: true, help: "Up to 32 letters, digits and hyphens")
    static let subnets = CommandFlag("subnets", list: true, help: "Subnet IDs, in at least two Availability Zones")
    static let securityGroups = CommandFlag("security-groups", list: true, help: "Security group IDs")
    static let scheme = CommandFlag(
      "scheme", choices: ["internet-facing", "internal"], default: "internet-facing", help: "Scheme")
    static let type = CommandFlag("type", choices: ["application"], default: "application", help: "Only application is simulated")

    static let verb = CommandVerb(
      "create-load-balancer", .elbv2, operation: "CreateLoadBalancer", summary: "Create an Application Load Balancer",
      example: "create-load-balancer web-alb --subnets subnet-1 subnet-2",
      positionals: [name],
      flags: [name, subnets, securityGroups, scheme, type]
    ) { a throws(CommandError) in
      var lb = LoadBalancerSpec(name: try a.required(name))
      lb.subnets = a.texts(subnets)
      lb.securityGroups = a.texts(securityGroups)
      if let v = a.text(scheme) { lb.scheme = v }
      if let given = a.items(type).first, given.text != "application" {
        throw CommandError(
          "\(a.name): ecsim simulates Application Load Balancers only; --type \(given.text) is not supported",
          column: given.token.column)
      }
      return .createLoadBalancer(lb)
    }
  }

  /// `aws elbv2 create-listener` with one default action: `Type=forward,TargetGroupArn=…` or
  /// `Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}`. A redirect's
  /// Port left out (or `#{port}`) keeps the listener's port, as ELB does.
  enum CreateListener {
    static let loadBalancer = CommandFlag(
      "load-balancer-arn", required: true, completion: .loadBalancer, help: "Load balancer ARN or name")
    static let `protocol` = CommandFlag("protocol", choices: ["HTTP", "HTTPS"], default: "HTTP", help: "Protocol clients use")
    static let port = CommandFlag("port", .integer, required: true, help: "Port the load balancer listens on")
    static let defaultActions = CommandFlag(
      "default-actions", .structure, required: true, list: true,
      help: "Type=forward,TargetGroupArn=ARN or Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}")
    static let certificates = CommandFlag(
      "certificates", .structure, list: true, help: "Accepted and ignored: TLS is not simulated")

    static let verb = CommandVerb(
      "create-listener", .elbv2, operation: "CreateListener",
      summary: "Add a listener that forwards to a target group or redirects",
      example: "create-listener --load-balancer-arn web-alb --port 80 --default-actions Type=forward,TargetGroupArn=web-tg",
      flags: [loadBalancer, `protocol`, port, defaultActions, certificates]
    ) { a throws(CommandError) in .createListener(try request(a)) }

    static func request(_ a: CommandArguments) throws(CommandError) -> CreateListenerRequest {
      let loadBalancerRef = try a.required(loadBalancer)
      guard let listenerPort = a.int(port) else {
        throw CommandError("\(a.name): missing required option --port", column: a.verbColumn)
      }
      var listener = ListenerSpec(port: listenerPort)
      if let v = a.text(`protocol`) { listener.protocol = v }
      // `--certificates` is accepted and ignored: TLS is not simulated.
      let actions = a.nodes(defaultActions)
      guard actions.count == 1 else {
        throw CommandError(
          "\(a.name): --default-actions: ecsim simulates one default action per listener, found \(actions.count)",
          column: a.flagColumn(defaultActions))
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
            listener.redirectToPort = listenerPort
          }
        default:
          throw LocatedError(
            "\(path).Type: ecsim simulates forward and redirect actions, not '\(type)'", at: typeNode.location)
        }
      }
      return CreateListenerRequest(loadBalancer: loadBalancerRef, listener: listener)
    }
  }

  /// `aws elbv2 modify-target-group`: the health check.
  enum ModifyTargetGroup {
    static let verb = CommandVerb(
      "modify-target-group", .elbv2, operation: "ModifyTargetGroup", summary: "Change a target group's health check",
      example: "modify-target-group --target-group-arn web-tg --health-check-path /ready",
      flags: [targetGroup] + healthCheckFlags
    ) { a throws(CommandError) in
      .modifyTargetGroup(ModifyTargetGroupRequest(targetGroup: try a.required(targetGroup), healthCheck: try healthCheckChange(a)))
    }
  }

  /// `aws elbv2 modify-target-group-attributes`: `--attributes Key=deregistration_delay.timeout_seconds,Value=30`,
  /// the one target group attribute the simulation models; the last value given wins.
  ///
  /// Its errors name the ModifyTargetGroup operation, as they did before the verbs were
  /// declared one by one (the AWS API calls it ModifyTargetGroupAttributes).
  enum ModifyTargetGroupAttributes {
    static let attributes = CommandFlag(
      "attributes", .structure, required: true, list: true, help: "Key=deregistration_delay.timeout_seconds,Value=SECONDS")

    static let verb = CommandVerb(
      "modify-target-group-attributes", .elbv2, operation: "ModifyTargetGroup",
      summary: "Change a target group's deregistration delay",
      example: "modify-target-group-attributes --target-group-arn web-tg --attributes Key=deregistration_delay.timeout_seconds,Value=30",
      flags: [targetGroup, attributes]
    ) { a throws(CommandError) in .modifyTargetGroupAttributes(try request(a)) }

    static func request(_ a: CommandArguments) throws(CommandError) -> ModifyTargetGroupAttributesRequest {
      let key = "deregistration_delay.timeout_seconds"
      let entries = try a.decodeEach(attributes, keys: ["Key", "Value"]) { m throws(LocatedError) in
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
      return ModifyTargetGroupAttributesRequest(targetGroup: try a.required(targetGroup), deregistrationDelaySeconds: delay)
    }
  }

  /// `aws elbv2 describe-target-health`.
  enum DescribeTargetHealth {
    static let verb = CommandVerb(
      "describe-target-health", .elbv2, operation: "DescribeTargetHealth", mutating: false,
      summary: "Show the health of a target group's targets",
      example: "describe-target-health web-tg",
      positionals: [targetGroup],
      flags: [targetGroup]
    ) { a throws(CommandError) in .describeTargetHealth(targetGroup: try a.required(targetGroup)) }
  }
}
