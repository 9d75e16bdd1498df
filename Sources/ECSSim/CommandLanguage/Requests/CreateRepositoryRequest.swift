/// CreateRepository's parameters.
public struct CreateRepositoryRequest: Sendable, Equatable {
  public var name: String
  /// `MUTABLE` or `IMMUTABLE`; nil is ECR's default, MUTABLE.
  public var mutability: String?
  public init(name: String, mutability: String? = nil) {
    self.name = name; self.mutability = mutability
  }
}
