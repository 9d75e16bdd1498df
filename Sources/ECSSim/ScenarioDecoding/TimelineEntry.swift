/// A command of the command language, run when the clock reaches `at`.
public struct TimelineEntry: Sendable {
  public var at: SimTime
  public var command: String
  public var location: SourceLocation?
  public init(at: SimTime, command: String, location: SourceLocation? = nil) {
    self.at = at; self.command = command; self.location = location
  }
}
