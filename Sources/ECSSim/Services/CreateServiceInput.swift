/// CreateService's parameters as the AWS CLI takes them (and a scenario writes them).
public struct CreateServiceInput: Sendable, Equatable {
  public var cluster: String?
  public var serviceName: String
  public var taskDefinition: String
  /// nil: 0 for REPLICA (the API requires it; the CLI sends none); ignored for DAEMON.
  public var desiredCount: Int?
  public var launchType: String?
  public var capacityProviderStrategy: [CapacityProviderStrategyInput] = []
  /// `REPLICA` (default) or `DAEMON`.
  public var schedulingStrategy: String?
  public var deploymentConfiguration = DeploymentConfigurationInput()
  public var loadBalancers: [ServiceLoadBalancerInput] = []
  public var healthCheckGracePeriodSeconds: Int?
  public var placementConstraints: [PlacementConstraintInput] = []
  public var placementStrategy: [PlacementStrategyInput] = []
  public var subnets: [String] = []
  public var securityGroups: [String] = []
  public var assignPublicIp: Bool = false
  public var location: SourceLocation?
  public init(serviceName: String, taskDefinition: String) {
    self.serviceName = serviceName
    self.taskDefinition = taskDefinition
  }
}
