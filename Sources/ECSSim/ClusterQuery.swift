/// STUB — replaced by the cluster query language implementation.
public struct ClusterQueryError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 1-based character offset in the expression where the problem is.
  public var offset: Int
  public init(_ message: String, offset: Int) { self.message = message; self.offset = offset }
  public var description: String { "column \(offset): \(message)" }
}

public struct ClusterQuery: Sendable {
  public let text: String
  public static func parse(_ text: String) throws(ClusterQueryError) -> ClusterQuery {
    ClusterQuery(text: text)
  }
  public func matches(_ subject: some ClusterQuerySubject) -> Bool { true }
}
