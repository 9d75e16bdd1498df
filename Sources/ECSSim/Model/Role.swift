/// An IAM role: who may assume it and what it allows. Just enough to decide who may pull an
/// image and what may be a task role — the mix-ups ECS users actually make.
public struct Role: Sendable {
  public var name: String
  public var arn: String
  public var trustedService: String
  public var actions: [String]
  public var managedPolicies: [String]

  /// The actions of the AWS managed policies ECS users attach, reduced to what ecsim checks.
  public static let managedPolicyActions: [String: [String]] = [
    "AmazonECSTaskExecutionRolePolicy": [
      "ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
      "ecr:BatchGetImage", "logs:CreateLogStream", "logs:PutLogEvents",
    ],
    "AmazonEC2ContainerServiceforEC2Role": [
      "ec2:DescribeTags", "ecs:CreateCluster", "ecs:DeregisterContainerInstance", "ecs:DiscoverPollEndpoint",
      "ecs:Poll", "ecs:RegisterContainerInstance", "ecs:StartTelemetrySession", "ecs:UpdateContainerInstancesState",
      "ecs:Submit*", "ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability",
      "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "logs:CreateLogStream", "logs:PutLogEvents",
    ],
    "AmazonEC2ContainerRegistryReadOnly": [
      "ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
      "ecr:GetRepositoryPolicy", "ecr:DescribeRepositories", "ecr:ListImages", "ecr:DescribeImages",
      "ecr:BatchGetImage",
    ],
    "AmazonS3ReadOnlyAccess": ["s3:Get*", "s3:List*"],
    "AdministratorAccess": ["*"],
  ]

  /// True when an allowed action (with `*` wildcards) covers `action`.
  public func allows(_ action: String) -> Bool {
    let all = actions + managedPolicies.flatMap { Role.managedPolicyActions[$0] ?? [] }
    return all.contains { wildcardMatch(pattern: $0, action) }
  }

  /// The first of ECR's pull actions this role lacks (pulls need all four).
  public func missingPullAction() -> String? {
    ["ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"]
      .reversed().first { !allows($0) }
  }
}

func wildcardMatch(pattern: String, _ text: String) -> Bool {
  let p = Array(pattern.lowercased()), t = Array(text.lowercased())
  var pi = 0, ti = 0, star = -1, mark = 0
  while ti < t.count {
    if pi < p.count, p[pi] == t[ti] || p[pi] == "?" { pi += 1; ti += 1 }
    else if pi < p.count, p[pi] == "*" { star = pi; mark = ti; pi += 1 }
    else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
    else { return false }
  }
  while pi < p.count, p[pi] == "*" { pi += 1 }
  return pi == p.count
}
