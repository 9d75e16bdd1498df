/// DeleteService's parameters.
public struct DeleteServiceRequest: Sendable, Equatable {
  public var cluster: String?
  public var service: String
  /// Delete even with tasks running (they are stopped).
  public var force: Bool
  public init(cluster: String? = nil, service: String, force: Bool = false) {
    self.cluster = cluster; self.service = service; self.force = force
  }
}
