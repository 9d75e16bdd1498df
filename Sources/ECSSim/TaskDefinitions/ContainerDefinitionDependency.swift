/// One `dependsOn` entry: start this container only when `containerName` reaches `condition`
/// (`START`, `COMPLETE`, `SUCCESS` or `HEALTHY`).
public struct ContainerDefinitionDependency: Hashable, Sendable {
  public var containerName: String
  public var condition: String
  public init(containerName: String, condition: String) {
    self.containerName = containerName
    self.condition = condition
  }
}
