/// DeregisterContainerInstance's parameters.
public struct DeregisterContainerInstanceRequest: Sendable, Equatable {
  public var cluster: String?
  public var containerInstance: String
  /// Deregister even with tasks running (they keep running).
  public var force: Bool
  public init(cluster: String? = nil, containerInstance: String, force: Bool = false) {
    self.cluster = cluster; self.containerInstance = containerInstance; self.force = force
  }
}
