/// Why a schedule expression was refused: one line that names the expression and what was
/// expected, so a scenario author can fix it without opening the EventBridge guide.
public struct ScheduleExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) { self.message = message }

  public var description: String { message }
}
