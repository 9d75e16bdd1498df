/// One entry of RunTask's `failures[]`.
public struct PlacementFailure: Sendable, Equatable {
  /// The closest matching container instance's ARN (nil when there is none).
  public var arn: String?
  public var reason: String
  public var detail: String?
}
