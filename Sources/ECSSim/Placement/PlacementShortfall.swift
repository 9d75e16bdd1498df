/// The specific thing an instance lacked, beyond the check's name.
enum PlacementShortfall: Equatable {
  case none
  /// A static host port (TCP for `.ports`, UDP for `.portsUDP`) already in use on the instance.
  case port(Int)
  /// No free port left in the instance's dynamic host port range.
  case dynamicPorts
  /// The task's static ports would take the instance past ECS's 100 reserved ports.
  case reservedPortLimit
  /// Index into the requirements' `attributes`.
  case attribute(Int)
  /// Index into the placer's `memberOf` expressions.
  case memberOf(Int)
}
