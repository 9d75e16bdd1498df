/// `ECS_IMAGE_PULL_BEHAVIOR`: what the agent does when it is about to pull an image.
public enum ImagePullBehavior: String, Sendable, CaseIterable {
  case `default`, always, once
  case preferCached = "prefer-cached"
}
