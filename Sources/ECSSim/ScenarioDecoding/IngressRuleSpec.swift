public struct IngressRuleSpec: Sendable {
  public var `protocol`: String = "tcp"
  public var fromPort: Int
  public var toPort: Int
  /// A security group id (`sg-…`) or a CIDR (`0.0.0.0/0`).
  public var source: String
  public init(fromPort: Int, toPort: Int, source: String) {
    self.fromPort = fromPort; self.toPort = toPort; self.source = source
  }
}
