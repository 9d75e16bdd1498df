/// `count` EC2 instances of one type, spread round-robin over the listed AZs: the same request
/// `launch-instances` makes, plus what only a scenario can say (a warm image cache) and where it
/// was written. Request fields read and write through (`group.count`, `group.ecsConfig`).
@dynamicMemberLookup
public struct InstanceGroupSpec: Sendable {
  public var launch: LaunchInstancesRequest
  /// Images (`repo:tag` or full URIs) already in the instance's Docker cache.
  public var cachedImages: [String] = []
  /// Fixed EC2 instance ids, one per instance (empty: drawn from the seeded random source).
  public var instanceIds: [String] = []
  /// Where `ecsConfig` starts in the file, so agent-config errors point at the right line.
  public var ecsConfigLocation: SourceLocation?
  public var location: SourceLocation?

  public init(instanceType: String) { launch = LaunchInstancesRequest(instanceType: instanceType) }

  public subscript<T>(dynamicMember field: WritableKeyPath<LaunchInstancesRequest, T>) -> T {
    get { launch[keyPath: field] }
    set { launch[keyPath: field] = newValue }
  }
}
