/// Changes to an image's behaviour given on `push-image`; nil keeps the default.
public struct ImageBehaviorOverrides: Sendable, Equatable {
  public var startupTime: SimTime?
  public var exitAfter: SimTime?
  public var exitCode: Int?
  public var shutdownTime: SimTime?
  public var healthy: Bool?
  public init() {}
}
