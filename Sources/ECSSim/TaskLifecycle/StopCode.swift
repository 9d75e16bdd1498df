/// `TaskStopCode`: why a task stopped, in ECS's enum.
public enum StopCode: String, Sendable {
  case taskFailedToStart = "TaskFailedToStart"
  case essentialContainerExited = "EssentialContainerExited"
  case userInitiated = "UserInitiated"
  case serviceSchedulerInitiated = "ServiceSchedulerInitiated"
  case spotInterruption = "SpotInterruption"
  case terminationNotice = "TerminationNotice"
}
