/// `push-image`, the simulator's stand-in for `docker push` (API operation PutImage).
public struct PushImageRequest: Sendable, Equatable {
  public var repository: String
  /// Docker's rule: no tag given means `latest`.
  public var tag: String
  /// nil: the simulator's default size.
  public var sizeMB: Int?
  public var behavior: ImageBehaviorOverrides
  public init(
    repository: String, tag: String, sizeMB: Int? = nil, behavior: ImageBehaviorOverrides = ImageBehaviorOverrides()
  ) {
    self.repository = repository; self.tag = tag; self.sizeMB = sizeMB; self.behavior = behavior
  }
}
