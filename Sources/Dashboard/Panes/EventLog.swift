import ECSSim
import TerminalUI

/// The Events pane's bounded buffer: the newest `capacity` lines, already in words.
///
/// docs/ux-conventions.md §1.10: an event stream must show its backlog at once and never lag, so it
/// is bounded and says how many lines fell off the end ("+N older events dropped"). Only text is
/// kept, never the engine's objects, so the buffer does not hold stopped tasks alive.
public struct EventLog: Sendable {
  public struct Line: Sendable, Equatable {
    public var sequence: Int
    public var time: SimTime
    public var text: String
    public var severity: Severity
  }

  public enum Severity: Sendable, Equatable { case info, warning, error }

  public let capacity: Int
  /// Oldest first; the pane shows them newest first.
  public private(set) var lines: [Line] = []
  private var start = 0
  public private(set) var dropped = 0
  public private(set) var nextSequence = 0

  public init(capacity: Int = 2_000) { self.capacity = max(1, capacity) }

  public var count: Int { lines.count - start }

  /// The i-th newest line (0 is the newest).
  public func newest(_ i: Int) -> Line { lines[lines.count - 1 - i] }

  public mutating func append(_ events: [SimEvent]) {
    for e in events {
      guard let (text, severity) = Self.describe(e) else { continue }
      lines.append(Line(sequence: nextSequence, time: e.time, text: text, severity: severity))
      nextSequence += 1
    }
    let excess = count - capacity
    if excess > 0 {
      start += excess
      dropped += excess
      if start > capacity {
        lines.removeFirst(start)
        start = 0
      }
    }
  }

  /// The line the pane shows for an event, in ECS's own words where ECS has them; nil for what
  /// the pane leaves out (describe output, which opens in its own window).
  static func describe(_ e: SimEvent) -> (String, Severity)? {
    switch e.kind {
    case .commandOutput: return nil
    case .serviceEvent: return (e.message ?? "", serviceSeverity(e.message ?? ""))
    case .command: return ("› " + (e.field("command") ?? ""), .info)
    case .commandFailed: return ("✗ " + (e.message ?? ""), .error)
    default: break
    }
    // The headless log's line without its clock prefix, with runs of spaces folded.
    var text = e.textLine
    if let firstBreak = text.firstIndex(of: "\n") { text = String(text[..<firstBreak]) }
    let body = text.dropFirst(e.time.clock.count + 2)
    var folded = ""
    var lastSpace = false
    for ch in body {
      if ch == " " {
        if lastSpace { continue }
        lastSpace = true
      } else {
        lastSpace = false
      }
      folded.append(ch)
    }
    // One cluster is the usual case: its name on every line is noise (the filter still finds
    // lines by cluster through the resources they name).
    if let cluster = e.field("cluster"), let r = folded.firstRange(of: " \(cluster) ") {
      folded.replaceSubrange(r, with: " ")
    }
    let severity: Severity = switch e.kind {
    case .taskPlacementFailed, .containerInstanceRegistrationFailed: .error
    case .spotInterruptionNotice, .instanceTerminated, .agentConfigWarning: .warning
    case .targetHealthChange: folded.contains("unhealthy") ? .warning : .info
    default: .info
    }
    return (folded, severity)
  }

  static func serviceSeverity(_ m: String) -> Severity {
    if m.contains("unable to place") || m.contains("circuit breaker") || m.contains("rolling back") { return .error }
    if m.contains("unhealthy") || m.contains("failed") { return .warning }
    return .info
  }
}
