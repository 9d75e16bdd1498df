/// DeleteRepository's parameters.
public struct DeleteRepositoryRequest: Sendable, Equatable {
  public var name: String
  /// Delete even if it holds images.
  public var force: Bool
  public init(name: String, force: Bool = false) {
    self.name = name; self.force = force
  }
}
