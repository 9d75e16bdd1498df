/// A scenario as written in YAML: the world to build and a timeline of commands.
///
/// Everything a scenario can say maps to an ECS API shape (task definitions are
/// RegisterTaskDefinition inputs, tasks are RunTask inputs) or to what AWS does outside ECS
/// (EC2 instances, ECR images, IAM roles), so a teacher writes the same sentences a user types.
public struct ScenarioSpec: Sendable {
  public var name: String
  public var description: String = ""
  public var region: String = "us-east-1"
  public var account: String = "123456789012"
  /// Wall-clock start of the simulation as `YYYY-MM-DDTHH:MM:SSZ` (timestamps in the output).
  public var startTime: String = "2026-01-05T09:00:00Z"
  public var vpc: VPCSpec = VPCSpec()
  public var securityGroups: [SecurityGroupSpec] = []
  public var clusters: [ClusterSpec] = []
  public var roles: [RoleSpec] = []
  public var repositories: [RepositorySpec] = []
  public var instances: [InstanceGroupSpec] = []
  public var taskDefinitions: [RegisterTaskDefinitionInput] = []
  public var tasks: [RunTaskSpec] = []
  public var targetGroups: [TargetGroupSpec] = []
  public var loadBalancers: [LoadBalancerSpec] = []
  /// CreateService inputs, created in order after the task definitions and initial tasks.
  public var services: [CreateServiceInput] = []
  public var schedules: [ScheduleSpec] = []
  public var timeline: [TimelineEntry] = []

  public init(name: String) { self.name = name }
}
