public struct ClusterSpec: Sendable {
  public var name: String
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}
