/// How a container started from an image behaves: the simulation's stand-in for the program
/// inside it. Container definitions may override it with `ecsim.*` dockerLabels.
public struct ImageBehavior: Sendable, Hashable {
  /// Time from container start until the process is ready (health checks pass after it).
  public var startupTime: SimTime = .seconds(2)
  /// nil: runs until stopped. Otherwise the process exits by itself after this long.
  public var exitAfter: SimTime?
  public var exitCode: Int = 0
  /// How long the process takes to exit after SIGTERM; past the stop timeout it gets SIGKILL.
  public var shutdownTime: SimTime = .seconds(1)
  /// False for a bad release: the health check (container or ELB) never passes.
  public var healthy: Bool = true
  public init() {}
}
