/// `bridge`, `host`, `awsvpc` or `none`: how a task's containers reach the network, which
/// decides whether host ports are dynamic, fixed per instance or per task ENI.
public enum NetworkMode: String, Sendable, CaseIterable {
  case bridge, host, awsvpc, none
}
