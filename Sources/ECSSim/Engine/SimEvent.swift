/// Something that happened in the simulated world, for the event log and the dashboard.
///
/// `message` carries ECS's own words where ECS has them (a stoppedReason, a RunTask failure
/// reason, an exception message); `fields` name the resources involved, in a fixed order.
public struct SimEvent {
  public enum Kind: String, Sendable {
    case clusterCreated = "ClusterCreated"
    case clusterDeleted = "ClusterDeleted"
    case containerInstanceRegistered = "ContainerInstanceRegistered"
    case containerInstanceRegistrationFailed = "ContainerInstanceRegistrationFailed"
    case containerInstanceStateChange = "ContainerInstanceStateChange"
    case agentConfigWarning = "AgentConfigWarning"
    case instanceLaunched = "InstanceLaunched"
    case instanceTerminated = "InstanceTerminated"
    case spotInterruptionNotice = "SpotInterruptionNotice"
    case taskDefinitionRegistered = "TaskDefinitionRegistered"
    case taskDefinitionDeregistered = "TaskDefinitionDeregistered"
    case taskStateChange = "TaskStateChange"
    case containerStateChange = "ContainerStateChange"
    case taskPlacementFailed = "TaskPlacementFailed"
    case taskExpired = "TaskExpired"
    case repositoryCreated = "RepositoryCreated"
    case repositoryDeleted = "RepositoryDeleted"
    case imagePushed = "ImagePushed"
    case imageDeleted = "ImageDeleted"
    case roleCreated = "RoleCreated"
    case attributesChanged = "AttributesChanged"
    case serviceCreated = "ServiceCreated"
    case targetGroupCreated = "TargetGroupCreated"
    case loadBalancerCreated = "LoadBalancerCreated"
    case listenerCreated = "ListenerCreated"
    case targetHealthChange = "TargetHealthChange"
    case scheduleCreated = "ScheduleCreated"
    case scheduleFired = "ScheduleFired"
    case serviceDeleted = "ServiceDeleted"
    case deploymentStarted = "DeploymentStarted"
    case deploymentChange = "DeploymentStateChange"
    /// A message of the service's event log (DescribeServices `events`), in ECS's exact words.
    case serviceEvent = "ServiceEvent"
    case command = "Command"
    case commandFailed = "CommandFailed"
    case commandOutput = "CommandOutput"
  }

  public var time: SimTime
  public var kind: Kind
  public var message: String?
  /// Structured output of a read-only command (describe-*, list-*).
  public var output: JSONValue?
  let subject: Subject

  /// Task changes are the bulk of the log: they keep the task and the statuses of the moment,
  /// and spell out their fields only when someone reads them.
  enum Subject {
    case fields([(String, String)])
    case task(ECSTask, TaskEventSnapshot)
  }

  public init(time: SimTime, kind: Kind, fields: [(String, String)] = [], message: String? = nil, output: JSONValue? = nil) {
    self.time = time; self.kind = kind; subject = .fields(fields); self.message = message; self.output = output
  }

  init(time: SimTime, task: ECSTask, snapshot: TaskEventSnapshot, message: String?) {
    self.time = time; kind = .taskStateChange; subject = .task(task, snapshot); self.message = message
  }

  /// The resources involved, in a fixed order.
  public var fields: [(String, String)] {
    switch subject {
    case .fields(let f): return f
    case .task(let t, let s): return s.fields(of: t)
    }
  }

  public func field(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }

  /// One JSON object: time, kind, the resources involved, then ECS's message.
  public var json: JSONValue {
    var obj: [(String, JSONValue)] = [("time", .string(time.clock)), ("ms", .int(time.milliseconds)), ("kind", .string(kind.rawValue))]
    for (k, v) in fields { obj.append((k, .string(v))) }
    if let message { obj.append(("message", .string(message))) }
    if let output { obj.append(("output", output)) }
    return .object(obj)
  }
}
