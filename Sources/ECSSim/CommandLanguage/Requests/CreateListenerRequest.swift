/// CreateListener's parameters: the load balancer it joins and the listener itself.
public struct CreateListenerRequest: Sendable, Equatable {
  /// Load balancer name or ARN.
  public var loadBalancer: String
  public var listener: ListenerSpec
  public init(loadBalancer: String, listener: ListenerSpec) {
    self.loadBalancer = loadBalancer; self.listener = listener
  }
}
