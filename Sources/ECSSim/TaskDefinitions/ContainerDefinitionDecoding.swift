/// Decoding of one `containerDefinitions` entry from the API's camelCase shape.
///
/// Every documented ContainerDefinition key is accepted, so a definition exported from the
/// console decodes unchanged; the ones the simulation does not model are type-checked where
/// that is cheap and otherwise ignored. A missing `name` or `image` is not a decoding error:
/// it decodes as empty and registration answers with ECS's own ClientException.
extension ContainerDefinition {
  /// The ContainerDefinition keys of the RegisterTaskDefinition API, in the API reference order.
  public static let inputKeys: [String] = [
    "name", "image", "repositoryCredentials", "cpu", "memory", "memoryReservation", "links",
    "portMappings", "essential", "restartPolicy", "entryPoint", "command", "environment",
    "environmentFiles", "mountPoints", "volumesFrom", "linuxParameters", "secrets", "dependsOn",
    "startTimeout", "stopTimeout", "versionConsistency", "hostname", "user", "workingDirectory",
    "disableNetworking", "privileged", "readonlyRootFilesystem", "dnsServers", "dnsSearchDomains",
    "extraHosts", "dockerSecurityOptions", "interactive", "pseudoTerminal", "dockerLabels",
    "ulimits", "logConfiguration", "healthCheck", "systemControls", "resourceRequirements",
    "firelensConfiguration", "credentialSpecs",
  ]

  /// The log drivers of the API's `LogDriver` enum.
  public static let logDrivers: [String] = [
    "json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "awsfirelens",
  ]

  /// Decodes one container definition; `path` names it in errors, e.g.
  /// `taskDefinitions[0].containerDefinitions[1]`.
  public static func decode(_ node: Node, path: String) throws(LocatedError) -> (definition: ContainerDefinition, extras: ContainerDefinitionExtras) {
    let m = try NodeMap(node, path: path, allowed: inputKeys)
    var c = ContainerDefinition(name: try m.string("name") ?? "", image: try m.string("image") ?? "")
    var extras = ContainerDefinitionExtras()

    c.cpu = try m.int("cpu") ?? 0
    c.memory = try m.int("memory")
    c.memoryReservation = try m.int("memoryReservation")
    c.essential = try m.bool("essential") ?? true
    c.links = try m.strings("links") ?? []
    c.entryPoint = try m.strings("entryPoint") ?? []
    c.command = try m.strings("command") ?? []
    c.stopTimeout = try m.int("stopTimeout")
    c.startTimeout = try m.int("startTimeout")
    c.privileged = try m.bool("privileged") ?? false
    extras.hostname = try m.string("hostname")

    for (i, item) in (try m.list("portMappings") ?? []).enumerated() {
      let mapping = try decodePortMapping(item, path: "\(path).portMappings[\(i)]")
      switch mapping {
      case .port(let p): c.portMappings.append(p)
      case .range(let r): extras.containerPortRanges.append(r)
      }
    }
    for (i, item) in (try m.list("environment") ?? []).enumerated() {
      let e = try NodeMap(item, path: "\(path).environment[\(i)]", allowed: ["name", "value"])
      c.environment.append(KeyValuePair(name: try e.requireString("name"), value: try e.string("value") ?? ""))
    }
    if let labels = m.child("dockerLabels") {
      c.dockerLabels = try stringMap(labels, path: "\(path).dockerLabels")
    }
    if let hc = m.child("healthCheck") {
      c.healthCheck = try decodeHealthCheck(hc, path: "\(path).healthCheck")
    }
    if let log = m.child("logConfiguration") {
      let l = try NodeMap(log, path: "\(path).logConfiguration", allowed: ["logDriver", "options", "secretOptions"])
      guard let driver = try l.oneOf("logDriver", logDrivers) else {
        throw LocatedError("\(path).logConfiguration: missing required key 'logDriver'", at: log.location)
      }
      c.logDriver = driver
      if let options = l.child("options") { _ = try stringMap(options, path: "\(path).logConfiguration.options") }
    }

    let secrets = try m.list("secrets") ?? []
    for (i, item) in secrets.enumerated() {
      let s = try NodeMap(item, path: "\(path).secrets[\(i)]", allowed: ["name", "valueFrom"])
      _ = try s.requireString("name")
      _ = try s.requireString("valueFrom")
    }
    extras.hasSecrets = !secrets.isEmpty
    for (i, item) in (try m.list("dependsOn") ?? []).enumerated() {
      let d = try NodeMap(item, path: "\(path).dependsOn[\(i)]", allowed: ["containerName", "condition"])
      let target = try d.requireString("containerName")
      guard let condition = try d.oneOf("condition", ["START", "COMPLETE", "SUCCESS", "HEALTHY"]) else {
        throw LocatedError("\(path).dependsOn[\(i)]: missing required key 'condition'", at: item.location)
      }
      extras.dependsOn.append(ContainerDefinitionDependency(containerName: target, condition: condition))
    }

    // Settings kept only to tell whether Fargate could run the definition (docs/ecs/fargate.md §3).
    for key in ["dnsServers", "dnsSearchDomains", "extraHosts", "dockerSecurityOptions", "systemControls"] {
      if let list = try m.list(key), !list.isEmpty { extras.fargateUnsupportedSettings.append(key) }
    }
    if try m.bool("disableNetworking") == true { extras.fargateUnsupportedSettings.append("disableNetworking") }
    if let linux = m.child("linuxParameters") {
      guard case .mapping = linux.kind else {
        throw LocatedError("\(path).linuxParameters: expected a mapping, found \(linux.kindName)", at: linux.location)
      }
      for key in ["maxSwap", "swappiness"] where linux[key].map({ !$0.isNull }) == true {
        extras.fargateUnsupportedSettings.append("linuxParameters.\(key)")
      }
    }
    for (i, item) in (try m.list("resourceRequirements") ?? []).enumerated() {
      let r = try NodeMap(item, path: "\(path).resourceRequirements[\(i)]", allowed: ["type", "value"])
      if try r.oneOf("type", ["GPU", "InferenceAccelerator"]) == "GPU" {
        extras.fargateUnsupportedSettings.append("gpu")
      }
    }

    // Type-checked so that a wrong value is caught, but not modelled.
    _ = try m.string("user")
    _ = try m.string("workingDirectory")
    _ = try m.bool("readonlyRootFilesystem")
    _ = try m.bool("interactive")
    _ = try m.bool("pseudoTerminal")
    _ = try m.oneOf("versionConsistency", ["enabled", "disabled"])
    return (c, extras)
  }

  private enum DecodedPortMapping {
    case port(PortMapping)
    case range(String)
  }

  /// A mapping without `containerPort` (and without a range) decodes with port 0, which
  /// registration rejects with ECS's "Invalid 'containerPort' setting" message.
  private static func decodePortMapping(_ node: Node, path: String) throws(LocatedError) -> DecodedPortMapping {
    let p = try NodeMap(node, path: path, allowed: [
      "containerPort", "hostPort", "protocol", "name", "appProtocol", "containerPortRange",
    ])
    let proto = try p.oneOf("protocol", ["tcp", "udp"]) ?? "tcp"
    _ = try p.string("name")
    _ = try p.oneOf("appProtocol", ["http", "http2", "grpc"])
    let containerPort = try p.int("containerPort")
    if containerPort == nil, let range = try p.string("containerPortRange") {
      return .range(range)
    }
    return .port(PortMapping(
      containerPort: containerPort ?? 0, hostPort: try p.int("hostPort"),
      protocol: proto == "udp" ? .udp : .tcp))
  }

  private static func decodeHealthCheck(_ node: Node, path: String) throws(LocatedError) -> HealthCheck {
    let h = try NodeMap(node, path: path, allowed: ["command", "interval", "timeout", "retries", "startPeriod"])
    let command = try h.require("command").asList(path: "\(path).command").enumerated().map {
      (i, n) throws(LocatedError) in try n.asString(path: "\(path).command[\(i)]")
    }
    var check = HealthCheck(command: command)
    if let v = try h.int("interval") { check.interval = v }
    if let v = try h.int("timeout") { check.timeout = v }
    if let v = try h.int("retries") { check.retries = v }
    if let v = try h.int("startPeriod") { check.startPeriod = v }
    return check
  }

  /// A free-form string-to-string map (`dockerLabels`, log `options`) in written order.
  static func stringMap(_ node: Node, path: String) throws(LocatedError) -> [KeyValuePair] {
    guard case .mapping(let pairs) = node.kind else {
      throw LocatedError("\(path): expected a mapping, found \(node.kindName)", at: node.location)
    }
    var result: [KeyValuePair] = []
    for (key, value) in pairs {
      let name = try key.asString(path: path)
      if result.contains(where: { $0.name == name }) {
        throw LocatedError("\(path): key '\(name)' appears twice", at: key.location)
      }
      result.append(KeyValuePair(name: name, value: try value.asString(path: "\(path).\(name)")))
    }
    return result
  }
}
