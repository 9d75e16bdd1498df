extension SimEvent {
  /// One human-readable line: `00:01:02.345  TaskStateChange   web:1 5c3f…  PENDING → RUNNING …`.
  /// IDs are shortened to 8 characters, as people read them on a screen.
  public var textLine: String {
    var s = time.clock + "  " + kind.rawValue
    if s.count < 46 { s += String(repeating: " ", count: 46 - s.count) }
    var parts: [String] = []
    for (k, v) in fields {
      switch k {
      case "task", "containerInstance": parts.append("\(k) \(v.prefix(8))")
      case "lastStatus": parts.append(v + (field("desiredStatus").map { $0 == "STOPPED" && v != "STOPPED" ? " (desired STOPPED)" : "" } ?? ""))
      case "desiredStatus": continue
      default: parts.append(k == "cluster" || k == "taskDefinition" || k == "ec2InstanceId" ? v : "\(k)=\(v)")
      }
    }
    s += parts.joined(separator: "  ")
    if let message { s += "  — " + message }
    if let output { s += "\n" + output.serialized(pretty: true) }
    return s
  }
}
