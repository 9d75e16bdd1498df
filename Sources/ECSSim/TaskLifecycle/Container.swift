/// One container of a running task, with its own status and exit code.
public struct Container: Sendable {
  public var id: HexID
  /// Shared with every task of the revision: a task copies no container definition.
  let box: ContainerDefinitionBox
  public var definition: ContainerDefinition { box.definition }
  public var lastStatus: TaskStatus = .pending
  public var exitCode: Int?
  public var reason: String?
  public var networkBindings: [NetworkBinding] = []
  public var healthStatus: HealthStatus = .unknown
  /// The digest the image tag resolved to when the task started.
  public var imageDigest: String?
  /// The program inside, from the image (and `ecsim.*` dockerLabels).
  public var behavior: ImageBehavior = ImageBehavior()

  public var name: String { definition.name }
  public var essential: Bool { definition.essential }
}
