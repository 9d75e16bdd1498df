/// A security group with its ingress rules (checked by load-balancer health checks).
public struct SecurityGroup: Sendable {
  public var groupId: String
  public var groupName: String
  public var ingress: [IngressRuleSpec]
}
