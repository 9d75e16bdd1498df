/// Something that happened in the simulated world, for the event log and the dashboard.
///
/// `message` carries ECS's own words where ECS has them (a stoppedReason, a RunTask failure
/// reason, an exception message); `fields` name the resources involved, in a fixed order.
public struct SimEvent: Sendable {
  public enum Kind: String, Sendable {
    case clusterCreated = "ClusterCreated"
    case clusterDeleted = "ClusterDeleted"
    case containerInstanceRegistered = "ContainerInstanceRegistered"
    case containerInstanceRegistrationFailed = "ContainerInstanceRegistrationFailed"
    case containerInstanceStateChange = "ContainerInstanceStateChange"
    case agentConfigWarning = "AgentConfigWarning"
    case instanceLaunched = "InstanceLaunched"
    case instanceTerminated = "InstanceTerminated"
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
    case command = "Command"
    case commandFailed = "CommandFailed"
    case commandOutput = "CommandOutput"
  }

  public var time: SimTime
  public var kind: Kind
  public var fields: [(String, String)]
  public var message: String?
  /// Structured output of a read-only command (describe-*, list-*).
  public var output: JSONValue?

  public init(time: SimTime, kind: Kind, fields: [(String, String)] = [], message: String? = nil, output: JSONValue? = nil) {
    self.time = time; self.kind = kind; self.fields = fields; self.message = message; self.output = output
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
