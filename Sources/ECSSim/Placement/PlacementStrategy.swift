/// The resource a `binpack` strategy packs on.
public enum BinpackField: String, Sendable {
  case cpu, memory
}

/// A `placementStrategy` entry: best-effort ranking, chained as tie-breakers in the given order.
public enum PlacementStrategy: Sendable, Equatable {
  case binpack(BinpackField)
  /// `instanceId` (alias `host`) or `attribute:<name>`.
  case spread(String)
  case random

  public var typeName: String {
    switch self {
    case .binpack: return "binpack"
    case .spread: return "spread"
    case .random: return "random"
    }
  }

  public var field: String? {
    switch self {
    case .binpack(let f): return f.rawValue
    case .spread(let f): return f
    case .random: return nil
    }
  }

  /// Builds a strategy from its API shape (`type`, `field`), with ECS's error for a bad one.
  public static func make(type: String, field: String?) throws(ECSError) -> PlacementStrategy {
    switch type {
    case "random":
      return .random
    case "binpack":
      guard let f = field.flatMap({ BinpackField(rawValue: $0.lowercased()) }) else {
        throw .invalidParameter("Invalid field for binpack strategy: \(field ?? "<none>"). Valid values are cpu and memory.")
      }
      return .binpack(f)
    case "spread":
      guard let f = field, !f.isEmpty else {
        throw .invalidParameter("Spread strategy requires a field, e.g. attribute:ecs.availability-zone or instanceId.")
      }
      let normal = (f == "host" || f.lowercased() == "instanceid") ? "instanceId" : f
      guard normal == "instanceId" || normal.hasPrefix("attribute:") else {
        throw .invalidParameter("Invalid field for spread strategy: \(f). Use instanceId, host or attribute:<name>.")
      }
      return .spread(normal)
    default:
      throw .invalidParameter("Invalid placement strategy type: \(type). Valid values are random, spread and binpack.")
    }
  }

  public static func make(constraintType type: String, expression: String?) throws(ECSError) -> PlacementConstraint {
    switch type {
    case "distinctInstance":
      return .distinctInstance
    case "memberOf":
      guard let e = expression, !e.isEmpty else {
        throw .invalidParameter("A memberOf placement constraint requires an expression.")
      }
      do { return .memberOf(try ClusterQuery.parse(e)) } catch {
        throw .invalidParameter("Invalid placement constraint expression \"\(e)\": \(error.description)")
      }
    default:
      throw .invalidParameter("Invalid placement constraint type: \(type). Valid values are distinctInstance and memberOf.")
    }
  }
}
