/// A port binding reported once the task is RUNNING (`containers[].networkBindings`).
public struct NetworkBinding: Sendable, Hashable {
  public var bindIP: String
  public var containerPort: Int
  public var hostPort: Int
  public var `protocol`: TransportProtocol
}
