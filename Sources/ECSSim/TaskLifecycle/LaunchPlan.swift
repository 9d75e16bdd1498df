/// How and where tasks of one definition are launched: what RunTask and a service validate once
/// and then place copy by copy.
struct LaunchPlan {
  let cluster: Cluster
  let taskDefinition: TaskDefinition
  let group: TaskGroup
  var launchType: LaunchType = .ec2
  var capacityProvider: String?
  var strategies: [PlacementStrategy] = []
  var constraints: [PlacementConstraint] = []
  var subnets: [Subnet] = []
  var assignPublicIp = false
  var startedBy: String?
  /// Place only on this instance (a DAEMON service's task for a given host).
  var onlyInstance: ContainerInstance?
}
