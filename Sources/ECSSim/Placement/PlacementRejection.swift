/// A placement that failed, as the engine saw it, kept for the "why" view: the closest matching
/// instance with what it lacked, and how every ACTIVE instance fared.
struct PlacementRejection {
  var at: SimTime
  /// `family:revision` of the task that could not be placed.
  var taskDefinition: String
  /// nil: the cluster had no ACTIVE container instance.
  var closest: ContainerInstance?
  var verdict: PlacementVerdict
  /// Every instance checked, grouped by verdict, in registration order of first appearance.
  var tally: [(verdict: PlacementVerdict, count: Int)]
  /// What RunTask's `failures[]` and the service event report.
  var failure = PlacementFailure(arn: nil, reason: "MISSING")
  /// CPU units or MiB free on the closest instance and the task's need (`.cpu`, `.memory`);
  /// free dynamic ports and those needed; reserved ports left under the cap and those needed.
  var free = 0
  var needed = 0
  /// The missing attribute or the unmatched memberOf expression.
  var item: String?
  /// The task holding the port (`.ports`, `.portsUDP`), or the group's task already on the
  /// instance (`.distinctInstance`). nil for a port held by the agent (ECS_RESERVED_PORTS).
  var holder: ECSTask?
}
