/// A state change and when it happened, in seconds after the target was registered.
public struct TargetHealthTransition: Sendable, Equatable {
  public var atSeconds: Int
  public var from: TargetHealth
  public var to: TargetHealth

  public init(atSeconds: Int, from: TargetHealth, to: TargetHealth) {
    self.atSeconds = atSeconds
    self.from = from
    self.to = to
  }
}
