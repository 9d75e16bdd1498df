/// A plain-words answer to "why is this so?" about a task, a service or a container instance.
///
/// Built from what the engine itself recorded when it decided (the placement filter chain's
/// verdict on the closest instance, the service scheduler's last pass, health-check results,
/// the times of queued lifecycle steps), so the dashboard's "why" key never guesses: it says
/// what the simulation did and the ECS rule that made it do so.
public struct Explanation: Sendable, Equatable {
  /// What is explained, with a short id: `task 5c3f1a2b (web:2)`, `service web (cluster default)`.
  public var subject: String
  /// One line: the state and the main reason.
  public var summary: String
  /// Plain-word lines, most important first (blocking reasons before background facts).
  public var reasons: [String]

  public init(subject: String, summary: String, reasons: [String]) {
    self.subject = subject
    self.summary = summary
    self.reasons = reasons
  }

  /// Subject, summary and reasons as lines of text (for a narrate mode or a transcript).
  public var lines: [String] { [subject + ": " + summary] + reasons.map { "  - " + $0 } }
}
