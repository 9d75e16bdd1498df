/// The task lifecycle states, in order (DELETED is never shown by ecsim: stopped tasks simply
/// disappear an hour after stopping).
public enum TaskStatus: String, Sendable, Comparable {
  case provisioning = "PROVISIONING"
  case pending = "PENDING"
  case activating = "ACTIVATING"
  case running = "RUNNING"
  case deactivating = "DEACTIVATING"
  case stopping = "STOPPING"
  case deprovisioning = "DEPROVISIONING"
  case stopped = "STOPPED"

  var order: Int {
    switch self {
    case .provisioning: 0
    case .pending: 1
    case .activating: 2
    case .running: 3
    case .deactivating: 4
    case .stopping: 5
    case .deprovisioning: 6
    case .stopped: 7
    }
  }

  public static func < (a: TaskStatus, b: TaskStatus) -> Bool { a.order < b.order }
}
