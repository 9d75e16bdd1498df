/// The dashboard's panes, in the order Tab visits them and digits 1…6 pick them.
public enum PaneKind: Int, CaseIterable, Hashable, Sendable {
  case clusters, services, instances, tasks, targets, events

  public var title: String {
    switch self {
    case .clusters: "Clusters"
    case .services: "Services"
    case .instances: "Container instances"
    case .tasks: "Tasks"
    case .targets: "ALB port mappings"
    case .events: "Events"
    }
  }

  /// The short name on the pane tabs of a small terminal.
  public var shortTitle: String {
    switch self {
    case .clusters: "Clusters"
    case .services: "Services"
    case .instances: "Instances"
    case .tasks: "Tasks"
    case .targets: "ALB"
    case .events: "Events"
    }
  }

  /// The digit that focuses the pane.
  public var digit: Character { Character(String(rawValue + 1)) }

  public var next: PaneKind { PaneKind(rawValue: (rawValue + 1) % PaneKind.allCases.count)! }
  public var previous: PaneKind {
    PaneKind(rawValue: (rawValue + PaneKind.allCases.count - 1) % PaneKind.allCases.count)!
  }
}
