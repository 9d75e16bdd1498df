import OrderedCollections

/// A listener: forward to a target group, or redirect (80 → 443).
public struct Listener: Sendable {
  public var arn: String
  public var port: Int
  public var `protocol`: String
  public var targetGroupArn: String?
  public var redirectToPort: Int?
}
