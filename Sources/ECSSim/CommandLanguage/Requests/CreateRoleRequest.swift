/// CreateRole as the simulator models it: a trust policy naming one service, and what the
/// role may do.
public struct CreateRoleRequest: Sendable, Equatable {
  public var name: String
  /// Service principal in the trust policy.
  public var trustedService: String
  public var actions: [String]
  public var managedPolicies: [String]
  public init(name: String, trustedService: String, actions: [String] = [], managedPolicies: [String] = []) {
    self.name = name; self.trustedService = trustedService; self.actions = actions; self.managedPolicies = managedPolicies
  }
}
