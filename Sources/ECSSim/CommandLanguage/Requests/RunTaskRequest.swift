/// RunTask's parameters as the AWS CLI takes them.
///
/// Strategy and placement entries are kept as given (strings), so ECS's own rules check them
/// when the request is applied and answer with ECS's messages.
public struct RunTaskRequest: Sendable, Equatable {
  public var cluster: String?
  public var taskDefinition: String
  public var count: Int = 1
  /// `EC2`, `FARGATE`, `EXTERNAL` (raw; validated when applied).
  public var launchType: String?
  public var capacityProviderStrategy: [CapacityProviderStrategyInput] = []
  public var placementStrategy: [PlacementStrategyInput] = []
  public var placementConstraints: [PlacementConstraintInput] = []
  public var group: String?
  public var startedBy: String?
  public var subnets: [String] = []
  public var securityGroups: [String] = []
  public var assignPublicIp: Bool = false
  public init(taskDefinition: String) { self.taskDefinition = taskDefinition }
}
