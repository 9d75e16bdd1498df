/// IAM verbs (`aws iam …`), reduced to what task and execution roles need.
enum IAMVerbs {
  static let all: [CommandVerb] = [CreateRole.verb]

  /// `aws iam create-role`, with the trust policy and permissions as flags rather than policy
  /// documents.
  enum CreateRole {
    static let roleName = CommandFlag("role-name", required: true, help: "Role name")
    static let trustedService = CommandFlag(
      "trusted-service", default: "ecs-tasks.amazonaws.com", help: "Service principal in the trust policy")
    static let actions = CommandFlag(
      "actions", list: true, help: "Allowed actions (ecr:GetAuthorizationToken, logs:*, …)")
    static let managedPolicies = CommandFlag("managed-policies", list: true, help: "Managed policy names to attach")

    static let verb = CommandVerb(
      "create-role", .iam, operation: "CreateRole", summary: "Create an IAM role a service can assume",
      example: "create-role webTask --actions s3:GetObject",
      positionals: [roleName],
      flags: [roleName, trustedService, actions, managedPolicies]
    ) { a throws(CommandError) in
      .createRole(CreateRoleRequest(
        name: try a.required(roleName), trustedService: a.text(trustedService) ?? "ecs-tasks.amazonaws.com",
        actions: a.texts(actions), managedPolicies: a.texts(managedPolicies)))
    }
  }
}
