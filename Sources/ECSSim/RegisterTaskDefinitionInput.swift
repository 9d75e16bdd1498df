/// STUB — replaced by the RegisterTaskDefinition input decoder.
/// RegisterTaskDefinition's request, as a user would paste it from the console or the CLI's
/// `--cli-input-json`, before ECS validates it.
public struct RegisterTaskDefinitionInput: Sendable {
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
  public var placementConstraints: [(type: String, expression: String?)] = []
  /// Where the input was written, for errors found later (validation).
  public var location: SourceLocation?

  public init(family: String, containerDefinitions: [ContainerDefinition]) {
    self.family = family
    self.containerDefinitions = containerDefinitions
  }

  /// Decodes the API's input shape (camelCase keys, as in `aws ecs register-task-definition
  /// --cli-input-json`). Unknown keys are errors with a "did you mean".
  public static func decode(_ node: Node, path: String) throws(LocatedError) -> RegisterTaskDefinitionInput {
    throw LocatedError("not implemented", at: node.location)
  }
}

extension TaskDefinition {
  /// Validates an input the way RegisterTaskDefinition does and builds the revision.
  /// Errors carry ECS's exception name (`ClientException`) and message.
  public static func register(_ input: RegisterTaskDefinitionInput, revision: Int, at time: SimTime) throws(ECSError) -> TaskDefinition {
    throw .client("not implemented")
  }
}
