public struct SecurityGroupSpec: Sendable {
  public var groupId: String
  public var groupName: String
  public var ingress: [IngressRuleSpec] = []
  public var location: SourceLocation?
  public init(groupId: String, groupName: String) { self.groupId = groupId; self.groupName = groupName }
}
