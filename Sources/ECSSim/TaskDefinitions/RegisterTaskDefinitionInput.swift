/// RegisterTaskDefinition's request, as a user would paste it from the console or the CLI's
/// `--cli-input-json`, before ECS validates it.
///
/// Decoding checks shapes and types (with a line and column); `TaskDefinition.register` then
/// applies ECS's own rules and answers with ECS's exceptions, so a scenario author sees the
/// same error they would get from AWS.
public struct RegisterTaskDefinitionInput: Sendable, Equatable {
  public var family: String
  public var containerDefinitions: [ContainerDefinition]
  public var taskRoleArn: String?
  public var executionRoleArn: String?
  public var networkMode: NetworkMode?
  public var requiresCompatibilities: [Compatibility] = []
  /// As written: "256", "1 vCPU", "0.25 vcpu".
  public var cpu: String?
  /// As written: "512", "1 GB", "2GB".
  public var memory: String?
  public var placementConstraints: [PlacementConstraintInput] = []
  /// Where the input was written, for errors found later (validation).
  public var location: SourceLocation?

  /// Validation-only facts about each container, parallel to `containerDefinitions` (may be
  /// empty for an input built in code).
  public var containerExtras: [ContainerDefinitionExtras] = []
  public var volumes: [TaskDefinitionVolume] = []
  /// `pidMode` (`host` | `task`) and `ipcMode` (`host` | `task` | `none`): not modelled, but
  /// Fargate refuses some values.
  public var pidMode: String?
  public var ipcMode: String?
  /// `ephemeralStorage.sizeInGiB` (Fargate only, 21–200).
  public var ephemeralStorageGiB: Int?

  public init(family: String, containerDefinitions: [ContainerDefinition]) {
    self.family = family
    self.containerDefinitions = containerDefinitions
  }

  /// The top-level keys of RegisterTaskDefinition's request, in the API reference order.
  public static let inputKeys: [String] = [
    "family", "taskRoleArn", "executionRoleArn", "networkMode", "containerDefinitions", "volumes",
    "placementConstraints", "requiresCompatibilities", "cpu", "memory", "tags", "pidMode",
    "ipcMode", "proxyConfiguration", "inferenceAccelerators", "ephemeralStorage",
    "runtimePlatform", "enableFaultInjection",
  ]

  /// Fields of DescribeTaskDefinition's output that are not inputs. People paste a described
  /// definition back; the AWS CLI refuses these keys, and so does the simulator, saying why.
  public static let describeOnlyKeys: [String] = [
    "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
    "registeredAt", "registeredBy", "deregisteredAt",
  ]

  /// Decodes the API's input shape (camelCase keys, as in `aws ecs register-task-definition
  /// --cli-input-json`). Unknown keys are errors with a "did you mean".
  public static func decode(_ node: Node, path: String) throws(LocatedError) -> RegisterTaskDefinitionInput {
    if case .mapping(let pairs) = node.kind {
      for (key, _) in pairs {
        if let name = key.scalar, describeOnlyKeys.contains(name) {
          throw LocatedError(
            "\(path): '\(name)' is read-only output of DescribeTaskDefinition, not an input of "
              + "RegisterTaskDefinition; remove it (the AWS CLI rejects it too)",
            at: key.location ?? node.location)
        }
      }
    }
    let m = try NodeMap(node, path: path, allowed: inputKeys)
    let family = try m.requireString("family")

    var containers: [ContainerDefinition] = []
    var extras: [ContainerDefinitionExtras] = []
    for (i, item) in (try m.require("containerDefinitions").asList(path: "\(path).containerDefinitions")).enumerated() {
      let decoded = try ContainerDefinition.decode(item, path: "\(path).containerDefinitions[\(i)]")
      containers.append(decoded.definition)
      extras.append(decoded.extras)
    }

    var input = RegisterTaskDefinitionInput(family: family, containerDefinitions: containers)
    input.containerExtras = extras
    input.location = node.location
    input.taskRoleArn = try m.string("taskRoleArn")
    input.executionRoleArn = try m.string("executionRoleArn")
    if let mode = try m.oneOf("networkMode", NetworkMode.allCases.map(\.rawValue)) {
      input.networkMode = NetworkMode(rawValue: mode)
    }
    input.cpu = try m.string("cpu")
    input.memory = try m.string("memory")
    input.requiresCompatibilities = try decodeCompatibilities(m, path: path)

    for (i, item) in (try m.list("placementConstraints") ?? []).enumerated() {
      let c = try NodeMap(item, path: "\(path).placementConstraints[\(i)]", allowed: ["type", "expression"])
      input.placementConstraints.append(PlacementConstraintInput(type: try c.requireString("type"), expression: try c.string("expression")))
    }
    for (i, item) in (try m.list("volumes") ?? []).enumerated() {
      input.volumes.append(try TaskDefinitionVolume.decode(item, path: "\(path).volumes[\(i)]"))
    }
    input.pidMode = try m.oneOf("pidMode", ["host", "task"])
    input.ipcMode = try m.oneOf("ipcMode", ["host", "task", "none"])
    if let storage = m.child("ephemeralStorage") {
      let s = try NodeMap(storage, path: "\(path).ephemeralStorage", allowed: ["sizeInGiB"])
      input.ephemeralStorageGiB = try s.int("sizeInGiB")
    }

    // Accepted and type-checked, not modelled.
    for (i, item) in (try m.list("tags") ?? []).enumerated() {
      let t = try NodeMap(item, path: "\(path).tags[\(i)]", allowed: ["key", "value"])
      _ = try t.requireString("key")
      _ = try t.string("value")
    }
    if let platform = m.child("runtimePlatform") {
      let p = try NodeMap(platform, path: "\(path).runtimePlatform", allowed: ["cpuArchitecture", "operatingSystemFamily"])
      _ = try p.oneOf("cpuArchitecture", ["X86_64", "ARM64"])
      _ = try p.string("operatingSystemFamily")
    }
    _ = try m.bool("enableFaultInjection")
    return input
  }

  private static func decodeCompatibilities(_ m: NodeMap, path: String) throws(LocatedError) -> [Compatibility] {
    var result: [Compatibility] = []
    let choices = Compatibility.allCases.map(\.rawValue)
    for (i, item) in (try m.list("requiresCompatibilities") ?? []).enumerated() {
      let itemPath = "\(path).requiresCompatibilities[\(i)]"
      let word = try item.asString(path: itemPath)
      if let c = Compatibility(rawValue: word) {
        if !result.contains(c) { result.append(c) }
        continue
      }
      var msg = "\(itemPath): '\(word)' is not one of \(choices.joined(separator: ", "))"
      if word == "MANAGED_INSTANCES" {
        msg += " (ECS Managed Instances are not simulated)"
      } else if let guess = closestMatch(word, in: choices) {
        msg += "; did you mean '\(guess)'?"
      }
      throw LocatedError(msg, at: item.location)
    }
    return result
  }
}
