/// EventBridge Scheduler schedules whose target is ECS RunTask: `{name, scheduleExpression,
/// target}`, the target written in RunTask's input shape (the same keys as `tasks` entries),
/// which is what the Scheduler's `EcsParameters` carry.
extension ScheduleSpec {
  static let keys = ["name", "scheduleExpression", "target"]

  static func decode(_ node: Node, path: String) throws(LocatedError) -> ScheduleSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let name = try f.name("name")
    if let problem = scheduleNameProblem(name) {
      throw LocatedError("\(f.path("name")): schedule name '\(name)' \(problem)", at: f.child("name")?.location)
    }
    let expression = try f.name("scheduleExpression")
    // Only the outer shape is checked here; the expression's fields are read by the schedule
    // parser when the engine creates the schedule.
    if !hasScheduleExpressionShape(expression) {
      throw LocatedError(
        "\(f.path("scheduleExpression")): expected rate(…), cron(…) or at(…), such as rate(5 minutes) or cron(0 12 * * ? *), found '\(expression)'",
        at: f.child("scheduleExpression")?.location)
    }
    let target = try RunTaskSpec.decode(try f.require("target"), path: f.path("target"))
    var schedule = ScheduleSpec(name: name, scheduleExpression: expression, request: target.request)
    schedule.location = node.location
    return schedule
  }

  /// What is wrong with a schedule name, or nil: EventBridge Scheduler allows 1–64 letters,
  /// digits and `-_.`.
  public static func scheduleNameProblem(_ name: String) -> String? {
    if name.count > 64 { return "can have at most 64 characters, found \(name.count)" }
    if !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) {
      return "may contain only letters, digits, '-', '_' and '.'"
    }
    return nil
  }

  /// `rate(…)`, `cron(…)` or `at(…)` around something: the three kinds of schedule expression.
  static func hasScheduleExpressionShape(_ text: String) -> Bool {
    for kind in ["rate(", "cron(", "at("] where text.hasPrefix(kind) && text.hasSuffix(")") {
      return text.count > kind.count + 1
    }
    return false
  }
}
