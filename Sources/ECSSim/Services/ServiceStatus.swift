public enum ServiceStatus: String, Sendable {
  case active = "ACTIVE"
  case draining = "DRAINING"
  case inactive = "INACTIVE"
}
