/// An input error that points at the text that caused it.
public struct LocatedError: Error, Sendable, Equatable, CustomStringConvertible {
  /// File name or `<command>`; filled in by whoever knows it.
  public var source: String?
  public var location: SourceLocation?
  public var message: String

  public init(_ message: String, at location: SourceLocation?, source: String? = nil) {
    self.message = message
    self.location = location
    self.source = source
  }

  /// `file:line:column: error: message`, the shape compilers use, so editors can jump to it.
  public var description: String {
    var prefix = ""
    if let source { prefix += source + ":" }
    if let location { prefix += "\(location.line):\(location.column):" }
    return prefix.isEmpty ? "error: \(message)" : "\(prefix) error: \(message)"
  }
}
