/// An ECR repository. Tags are movable pointers unless the repository is IMMUTABLE.
public struct Repository: Sendable {
  public var name: String
  public var arn: String
  public var uri: String
  public var mutability: TagMutability
  public var images: [ContainerImage] = []
  public var createdAt: SimTime

  public func image(tag: String) -> ContainerImage? { images.first { $0.tags.contains(tag) } }
  public func image(digest: String) -> ContainerImage? { images.first { $0.digest == digest } }
}
