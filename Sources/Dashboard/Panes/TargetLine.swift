import ECSSim

/// A line of the ALB pane: a registered target behind a listener, or a listener with nothing
/// to show beyond itself (a redirect, or a target group with no targets).
enum TargetLine {
  /// The listener by its port only: 30,000 lines copying a whole `Listener` (its strings) made
  /// rebuilding this pane the largest cost of a busy frame.
  case target(LoadBalancer, listenerPort: Int, RegisteredTarget)
  case listener(LoadBalancer, Listener, group: String, note: String)
}
