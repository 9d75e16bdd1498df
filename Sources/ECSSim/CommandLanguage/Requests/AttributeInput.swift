/// One custom attribute of PutAttributes (`name=stack,value=prod`); a nil value is a bare tag.
public struct AttributeInput: Sendable, Equatable {
  public var name: String
  public var value: String?
  public init(name: String, value: String? = nil) {
    self.name = name; self.value = value
  }
}
