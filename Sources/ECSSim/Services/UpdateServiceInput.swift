/// UpdateService's parameters; nil leaves a setting as it is.
public struct UpdateServiceInput: Sendable, Equatable {
  public var cluster: String?
  public var service: String
  public var desiredCount: Int?
  public var taskDefinition: String?
  public var deploymentConfiguration: DeploymentConfigurationInput?
  public var forceNewDeployment = false
  public var healthCheckGracePeriodSeconds: Int?
  public var placementConstraints: [PlacementConstraintInput]?
  public var placementStrategy: [PlacementStrategyInput]?
  /// Changing any of these also starts a new deployment (docs/ecs/services-and-deployments.md §3).
  public var capacityProviderStrategy: [CapacityProviderStrategyInput]?
  public var subnets: [String]?
  public var securityGroups: [String]?
  public var assignPublicIp: Bool?
  public var loadBalancers: [ServiceLoadBalancerInput]?
  public init(service: String) { self.service = service }
}
