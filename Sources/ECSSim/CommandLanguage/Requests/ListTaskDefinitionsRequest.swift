/// ListTaskDefinitions' parameters (`status` nil means ACTIVE, as in ECS).
public struct ListTaskDefinitionsRequest: Sendable, Equatable {
  public var familyPrefix: String?
  public var status: String?
  public init(familyPrefix: String? = nil, status: String? = nil) {
    self.familyPrefix = familyPrefix; self.status = status
  }
}
