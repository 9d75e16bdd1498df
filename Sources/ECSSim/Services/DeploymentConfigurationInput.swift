/// `deploymentConfiguration` of CreateService / UpdateService, as given (nil: ECS's default).
public struct DeploymentConfigurationInput: Sendable, Equatable {
  public var maximumPercent: Int?
  public var minimumHealthyPercent: Int?
  /// `deploymentCircuitBreaker {enable, rollback}`.
  public var circuitBreakerEnable: Bool?
  public var circuitBreakerRollback: Bool?
  public init() {}
}
