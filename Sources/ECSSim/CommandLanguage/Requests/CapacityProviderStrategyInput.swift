/// A `capacityProviderStrategy` item as given; ECS's defaults are weight 0 and base 0.
public struct CapacityProviderStrategyInput: Sendable, Equatable {
  public var capacityProvider: String
  public var weight: Int
  public var base: Int
  public init(capacityProvider: String, weight: Int = 0, base: Int = 0) {
    self.capacityProvider = capacityProvider; self.weight = weight; self.base = base
  }
}

extension CapacityProviderStrategyInput {
  /// The keys ECS accepts in one item, in shorthand and JSON alike.
  static let keys = ["capacityProvider", "weight", "base"]

  /// One item of `--capacity-provider-strategy` or of a `capacityProviderStrategy` key; an
  /// omitted weight or base is ECS's default, 0.
  init(_ m: NodeMap) throws(LocatedError) {
    self.init(
      capacityProvider: try m.requireString("capacityProvider"), weight: try m.int("weight") ?? 0, base: try m.int("base") ?? 0)
  }
}
