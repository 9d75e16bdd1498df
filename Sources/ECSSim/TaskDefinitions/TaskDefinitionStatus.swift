public enum TaskDefinitionStatus: String, Sendable {
  case active = "ACTIVE"
  case inactive = "INACTIVE"
  case deleteInProgress = "DELETE_IN_PROGRESS"
}
