/// What the panes are narrowed to after drilling down with Enter; Esc pops back.
///
/// k9s keeps a history stack of views; ours is a stack of scopes over one screen of panes, so a
/// drill-down narrows every pane at once (a service's tasks *and* its targets) and Esc restores
/// the previous scope with its focus.
public enum Scope: Hashable, Sendable {
  case all
  case cluster(String)
  /// Cluster name and service name.
  case service(cluster: String, name: String)
  /// A container instance by its ARN, with its cluster.
  case instance(cluster: String, arn: String, ec2InstanceId: String)

  /// The breadcrumb label: `default`, `default › web`, `default › i-0a1b…`.
  public var label: String {
    switch self {
    case .all: "all clusters"
    case .cluster(let c): c
    case .service(let c, let s): "\(c) › service \(s)"
    case .instance(let c, _, let ec2): "\(c) › \(ec2)"
    }
  }

  public var clusterName: String? {
    switch self {
    case .all: nil
    case .cluster(let c), .service(let c, _), .instance(let c, _, _): c
    }
  }
}
