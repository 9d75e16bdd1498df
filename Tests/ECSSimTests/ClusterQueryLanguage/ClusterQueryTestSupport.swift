@testable import ECSSim

/// A container instance as the query language sees it (shared by the ClusterQuery*Tests suites).
struct QueryInstance: ClusterQuerySubject {
  /// nil value: a capability attribute (present, no value).
  var attributes: [String: String?] = [:]
  var ec2InstanceId = "i-0abc"
  var agentConnected = true
  var agentVersion = "1.87.0"
  var registeredAtISO = "2024-03-01T12:00:00Z"
  var runningTasksCount = 0
  var taskGroups: [String] = []

  func attributeValue(_ name: String) -> String?? { attributes[name] }

  static func az(_ zone: String, type: String = "t2.micro") -> QueryInstance {
    QueryInstance(attributes: ["ecs.availability-zone": zone, "ecs.instance-type": type])
  }
}

func query(_ text: String) throws -> ClusterQuery { try ClusterQuery.parse(text) }

func queryError(_ text: String) -> ClusterQueryError? {
  do {
    _ = try ClusterQuery.parse(text)
    return nil
  } catch {
    return error
  }
}
