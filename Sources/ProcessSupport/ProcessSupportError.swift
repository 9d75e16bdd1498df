/// A child could not be started, a pseudo-terminal could not be set up, or a run overstayed its
/// time limit; the description names the call that failed and why, ready for a test failure or
/// a benchmark's error line.
public struct ProcessSupportError: Error, Equatable, Sendable, CustomStringConvertible {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
