/// An image pushed to a repository, with how its containers behave when run.
public struct ImageSpec: Sendable {
  public var tags: [String]
  public var sizeMB: Int = 100
  public var behavior: ImageBehavior = ImageBehavior()
  public var location: SourceLocation?
  public init(tags: [String]) { self.tags = tags }
}
