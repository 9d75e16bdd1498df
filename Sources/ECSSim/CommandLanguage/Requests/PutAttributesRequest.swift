/// PutAttributes reduced to one container instance: ECS takes a `targetId` per attribute, and
/// the parser checks they all name the same one.
public struct PutAttributesRequest: Sendable, Equatable {
  public var cluster: String?
  public var targetId: String
  public var attributes: [AttributeInput]
  public init(cluster: String? = nil, targetId: String, attributes: [AttributeInput]) {
    self.cluster = cluster; self.targetId = targetId; self.attributes = attributes
  }
}
