/// A container's `healthCheck`, with ECS's defaults filled in (30 s interval, 5 s timeout,
/// 3 retries, no start period).
public struct HealthCheck: Hashable, Sendable {
  public var command: [String]
  public var interval: Int = 30
  public var timeout: Int = 5
  public var retries: Int = 3
  public var startPeriod: Int = 0
  public init(command: [String], interval: Int = 30, timeout: Int = 5, retries: Int = 3, startPeriod: Int = 0) {
    self.command = command; self.interval = interval; self.timeout = timeout
    self.retries = retries; self.startPeriod = startPeriod
  }
}
