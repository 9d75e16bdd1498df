/// An error as the ECS API returns it: the exception name and its message.
///
/// `description` is what the AWS CLI prints, so a user sees the same line they would see
/// against AWS: `An error occurred (ClusterNotFoundException) when calling the RunTask
/// operation: Cluster not found.`
public struct ECSError: Error, Equatable, Sendable, CustomStringConvertible {
  public var code: String
  public var message: String
  /// The API operation, e.g. `RunTask`; filled in by the command layer.
  public var operation: String?

  public init(_ code: String, _ message: String, operation: String? = nil) {
    self.code = code
    self.message = message
    self.operation = operation
  }

  public var description: String {
    if let operation {
      return "An error occurred (\(code)) when calling the \(operation) operation: \(message)"
    }
    return "\(code): \(message)"
  }

  public static func client(_ m: String) -> ECSError { ECSError("ClientException", m) }
  public static func invalidParameter(_ m: String) -> ECSError { ECSError("InvalidParameterException", m) }
  public static let clusterNotFound = ECSError("ClusterNotFoundException", "Cluster not found.")
}
