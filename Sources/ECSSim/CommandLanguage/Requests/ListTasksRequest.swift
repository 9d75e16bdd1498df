/// ListTasks' parameters; nil leaves a filter out (`desiredStatus` nil means RUNNING, as in ECS).
public struct ListTasksRequest: Sendable, Equatable {
  public var cluster: String?
  public var family: String?
  public var containerInstance: String?
  public var startedBy: String?
  public var desiredStatus: String?
  public var launchType: String?
  public init(
    cluster: String? = nil, family: String? = nil, containerInstance: String? = nil, startedBy: String? = nil,
    desiredStatus: String? = nil, launchType: String? = nil
  ) {
    self.cluster = cluster; self.family = family; self.containerInstance = containerInstance
    self.startedBy = startedBy; self.desiredStatus = desiredStatus; self.launchType = launchType
  }
}
