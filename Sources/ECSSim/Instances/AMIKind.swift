/// Which program started the ECS container agent, and so which defaults it runs with.
public enum AMIKind: String, Sendable, CaseIterable {
  /// The ECS-optimized AMI: ecs-init starts the agent with its own defaults (task IAM roles,
  /// task ENI, awslogs and more turned on).
  case ecsOptimized = "ecs-optimized"
  /// An agent installed and started by hand: the agent's bare defaults.
  case bareAgent = "bare-agent"
}
