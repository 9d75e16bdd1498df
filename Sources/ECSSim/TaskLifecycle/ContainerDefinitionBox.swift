/// One container definition of a registered revision, shared by reference by its tasks.
public final class ContainerDefinitionBox: Sendable {
  public let definition: ContainerDefinition
  /// `image` parsed once (every task of the revision pulls it).
  public let imageRef: ImageReference
  init(_ definition: ContainerDefinition) {
    self.definition = definition
    imageRef = ImageReference(definition.image)
  }
}
