/// A service event as DescribeServices returns it: newest first, at most 100 kept.
public struct ServiceEvent: Sendable {
  public var id: HexID
  public var createdAt: SimTime
  public var message: String
}
