/// STUB — replaced by the command language parser.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 1-based column in the command line where the problem is, when known.
  public var column: Int?
  public init(_ message: String, column: Int? = nil) { self.message = message; self.column = column }
  public var description: String { column.map { "column \($0): \(message)" } ?? message }
}

public enum CommandParser {
  /// Parses one line of the command language. Blank lines and `#` comments give nil.
  public static func parse(_ line: String) throws(CommandError) -> Command? {
    throw CommandError("not implemented")
  }
}
