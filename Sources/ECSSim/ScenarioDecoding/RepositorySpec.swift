public struct RepositorySpec: Sendable {
  public var name: String
  public var imageTagMutability: String = "MUTABLE"
  public var images: [ImageSpec] = []
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}
