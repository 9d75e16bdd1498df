/// One image in a repository: content (digest, size) plus the tags pointing at it.
public struct ContainerImage: Sendable {
  public var digest: String
  public var sizeMB: Int
  public var tags: [String]
  public var pushedAt: SimTime
  public var behavior: ImageBehavior
}
