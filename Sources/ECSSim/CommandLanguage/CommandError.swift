/// A command line that does not parse, with the column of the word at fault.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 1-based column in the command line where the problem is, when known.
  public var column: Int?
  public init(_ message: String, column: Int? = nil) { self.message = message; self.column = column }
  public init(message: String, column: Int?) { self.message = message; self.column = column }
  public var description: String { column.map { "column \($0): \(message)" } ?? message }
}
