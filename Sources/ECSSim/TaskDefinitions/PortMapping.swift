/// One entry of a container definition's `portMappings`. `hostPort` nil or 0 in bridge mode is
/// a dynamic mapping: the agent picks a free port from the instance's ephemeral range.
public struct PortMapping: Hashable, Sendable {
  public var containerPort: Int
  public var hostPort: Int?
  public var `protocol`: TransportProtocol

  public init(containerPort: Int, hostPort: Int? = nil, protocol: TransportProtocol = .tcp) {
    self.containerPort = containerPort
    self.hostPort = hostPort
    self.protocol = `protocol`
  }

  public var isDynamic: Bool { hostPort == nil || hostPort == 0 }
}
