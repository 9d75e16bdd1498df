/// A `placementConstraints` entry as given (`type=memberOf,expression="…"`); the expression is
/// parsed with the cluster query language when the request is applied.
public struct PlacementConstraintInput: Sendable, Equatable {
  /// `distinctInstance` or `memberOf`.
  public var type: String
  public var expression: String?
  public init(type: String, expression: String? = nil) {
    self.type = type; self.expression = expression
  }
}

extension PlacementConstraintInput {
  /// The keys ECS accepts in one constraint, in shorthand and JSON alike.
  static let keys = ["type", "expression"]

  /// One entry of `--placement-constraints` or of a `placementConstraints` key in a `--target`.
  init(_ m: NodeMap) throws(LocatedError) {
    self.init(type: try m.requireString("type"), expression: try m.string("expression"))
  }
}
