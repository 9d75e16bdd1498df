/// `deploymentConfiguration` of CreateService / UpdateService, as given (nil: ECS's default).
public struct DeploymentConfigurationInput: Sendable, Equatable {
  public var maximumPercent: Int?
  public var minimumHealthyPercent: Int?
  /// `deploymentCircuitBreaker {enable, rollback}`.
  public var circuitBreakerEnable: Bool?
  public var circuitBreakerRollback: Bool?
  public init() {}
}

/// A `loadBalancers` entry of a service: which container port the target group fronts.
public struct ServiceLoadBalancerInput: Sendable, Equatable {
  /// A target group ARN or name.
  public var targetGroup: String
  public var containerName: String
  public var containerPort: Int
  public init(targetGroup: String, containerName: String, containerPort: Int) {
    self.targetGroup = targetGroup; self.containerName = containerName; self.containerPort = containerPort
  }
}

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
  /// Changing any of these also starts a new deployment (ecs-model §6.3).
  public var capacityProviderStrategy: [CapacityProviderStrategyInput]?
  public var subnets: [String]?
  public var securityGroups: [String]?
  public var assignPublicIp: Bool?
  public var loadBalancers: [ServiceLoadBalancerInput]?
  public init(service: String) { self.service = service }
}
