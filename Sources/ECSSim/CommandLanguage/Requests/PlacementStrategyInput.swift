/// A `placementStrategy` rule as given (`type=spread,field=attribute:ecs.availability-zone`);
/// ECS's rules check it when the request is applied.
public struct PlacementStrategyInput: Sendable, Equatable {
  /// `random`, `spread` or `binpack`.
  public var type: String
  public var field: String?
  public init(type: String, field: String? = nil) {
    self.type = type; self.field = field
  }
}

extension PlacementStrategyInput {
  /// The keys ECS accepts in one rule, in shorthand and JSON alike.
  static let keys = ["type", "field"]

  /// One rule of `--placement-strategy` or of a `placementStrategy` key in a `--target`.
  init(_ m: NodeMap) throws(LocatedError) {
    self.init(type: try m.requireString("type"), field: try m.string("field"))
  }
}
