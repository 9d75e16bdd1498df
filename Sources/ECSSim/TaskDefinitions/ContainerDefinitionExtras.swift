/// What RegisterTaskDefinition needs to know about a container definition beyond the fields the
/// simulation keeps in `ContainerDefinition`: the inputs that only decide whether the definition
/// is valid (and for which launch types), such as `hostname`, `secrets` or `dnsServers`.
///
/// Kept beside `RegisterTaskDefinitionInput.containerDefinitions`, one per container, in the
/// same order. An input built in code may leave the list empty: every container then counts as
/// having none of these settings.
public struct ContainerDefinitionExtras: Hashable, Sendable {
  /// `hostname`, which ECS refuses in `awsvpc` mode.
  public var hostname: String?
  /// True when `secrets` is a non-empty list: the agent needs `executionRoleArn` to fetch them.
  public var hasSecrets: Bool = false
  /// Keys given with an effect that Fargate does not support, in input order, using the
  /// API's names (`dnsServers`, `linuxParameters.maxSwap`, …). Empty lists and `false` values
  /// have no effect and are not listed, since console exports are full of them.
  public var fargateUnsupportedSettings: [String] = []
  /// `dependsOn` entries in input order.
  public var dependsOn: [ContainerDefinitionDependency] = []
  /// `portMappings` entries written with `containerPortRange` instead of `containerPort`;
  /// the simulation does not map ranges, so they are counted here and otherwise ignored.
  public var containerPortRanges: [String] = []

  public init() {}
}
