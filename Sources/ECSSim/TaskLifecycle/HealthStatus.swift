public enum HealthStatus: String, Sendable {
  case healthy = "HEALTHY"
  case unhealthy = "UNHEALTHY"
  case unknown = "UNKNOWN"
}
