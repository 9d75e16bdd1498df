/// A listener: `forward` to a target group, or redirect (80 → 443).
public struct ListenerSpec: Sendable, Equatable {
  public var port: Int
  public var `protocol`: String = "HTTP"
  /// Target group name or ARN to forward to.
  public var defaultTargetGroup: String?
  /// Redirect to this port over HTTPS instead of forwarding.
  public var redirectToPort: Int?
  public init(port: Int) { self.port = port }
}
