/// BatchDeleteImage reduced to image tags.
public struct BatchDeleteImageRequest: Sendable, Equatable {
  public var repository: String
  public var tags: [String]
  public init(repository: String, tags: [String]) {
    self.repository = repository; self.tags = tags
  }
}
