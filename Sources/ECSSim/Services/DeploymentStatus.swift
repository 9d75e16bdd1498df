public enum DeploymentStatus: String, Sendable {
  case primary = "PRIMARY"
  case active = "ACTIVE"
  case inactive = "INACTIVE"
}
