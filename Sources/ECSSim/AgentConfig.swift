/// STUB — replaced by the full ecs.config parser.
public enum AMIKind: String, Sendable, CaseIterable {
  /// The ECS-optimized AMI: ecs-init starts the agent with its own defaults (task IAM roles,
  /// task ENI, awslogs and more turned on).
  case ecsOptimized = "ecs-optimized"
  /// An agent installed and started by hand: the agent's bare defaults.
  case bareAgent = "bare-agent"
}

public enum ImagePullBehavior: String, Sendable {
  case `default`, always, once
  case preferCached = "prefer-cached"
}

/// The container agent's settings, as read from `/etc/ecs/ecs.config` on top of the defaults of
/// the AMI that started it.
public struct AgentConfig: Sendable {
  public var ami: AMIKind
  public var cluster: String = "default"
  /// True when `ECS_CLUSTER` was written (an unset cluster may auto-create `default`).
  public var clusterGiven: Bool = false
  public var reservedPorts: [Int] = [22, 2375, 2376, 51678, 51679]
  public var reservedPortsUDP: [Int] = []
  public var reservedMemory: Int = 0
  public var dynamicHostPortRange: ClosedRange<Int> = 32768...60999
  public var enableTaskIAMRole: Bool = false
  public var enableTaskIAMRoleNetworkHost: Bool = false
  public var enableTaskENI: Bool = false
  public var containerStopTimeout: SimTime = .seconds(30)
  public var instanceAttributes: [(name: String, value: String)] = []
  public var imagePullBehavior: ImagePullBehavior = .default
  public var availableLoggingDrivers: [String] = ["json-file", "none"]
  public var enableSpotInstanceDraining: Bool = false
  public var privilegedDisabled: Bool = false
  /// Every KEY=value line as written, in order (unknown keys included).
  public var variables: [(name: String, value: String)] = []

  public init(ami: AMIKind) { self.ami = ami }

  /// Parses ecs.config text. Malformed lines are errors (with their line number); unknown
  /// variables are kept and reported as warnings.
  public static func parse(_ text: String, ami: AMIKind) throws(LocatedError) -> (config: AgentConfig, warnings: [LocatedError]) {
    (AgentConfig(ami: ami), [])
  }

  /// Capability attributes the agent advertises with these settings (`com.amazonaws.ecs.capability.*`,
  /// `ecs.capability.*`), sorted by name.
  public var capabilityAttributes: [String] { [] }
}
