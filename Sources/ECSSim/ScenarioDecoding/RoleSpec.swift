public struct RoleSpec: Sendable {
  public var name: String
  /// `ecs-tasks.amazonaws.com`, `ec2.amazonaws.com`, …
  public var trustedService: String
  /// Allowed actions (`ecr:BatchGetImage`, `s3:GetObject`, `ecr:*`); managed policy names expand.
  public var actions: [String] = []
  public var managedPolicies: [String] = []
  public var location: SourceLocation?
  public init(name: String, trustedService: String) { self.name = name; self.trustedService = trustedService }
}
