public enum SchedulingStrategy: String, Sendable {
  case replica = "REPLICA"
  case daemon = "DAEMON"
}
