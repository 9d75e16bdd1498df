public enum DesiredStatus: String, Sendable {
  case running = "RUNNING"
  case stopped = "STOPPED"
}
