/// `launch-instances`: EC2 RunInstances reduced to what ECS cares about.
public struct LaunchInstancesRequest: Sendable, Equatable {
  public var instanceType: String
  public var count: Int = 1
  /// Empty: round-robin over the VPC's AZs.
  public var availabilityZones: [String] = []
  public var purchaseOption: PurchaseOption = .onDemand
  public var ami: AMIKind = .ecsOptimized
  public var iamRole: String? = "ecsInstanceRole"
  public var securityGroups: [String] = []
  /// ecs.config text; `\n` in a command line separates lines.
  public var ecsConfig: String = ""
  public init(instanceType: String) { self.instanceType = instanceType }
}
