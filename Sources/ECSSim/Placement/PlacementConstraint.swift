/// A `placementConstraints` entry: binding rules applied after the resource filters.
public enum PlacementConstraint: Sendable {
  /// Every task of the request (or service) on a different container instance.
  case distinctInstance
  /// Only instances matching a cluster-query-language expression.
  case memberOf(ClusterQuery)

  public var typeName: String {
    switch self {
    case .distinctInstance: return "distinctInstance"
    case .memberOf: return "memberOf"
    }
  }

  public var expression: String? {
    if case .memberOf(let q) = self { return q.text }
    return nil
  }
}
