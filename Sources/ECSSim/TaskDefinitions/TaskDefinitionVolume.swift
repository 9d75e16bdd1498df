/// One task-level `volumes` entry, reduced to what registration checks: Fargate supports bind
/// mounts and EFS volumes but not `dockerVolumeConfiguration` (docs/ecs/task-definitions.md §6).
public struct TaskDefinitionVolume: Hashable, Sendable {
  public var name: String
  /// True when the volume is a Docker volume (`dockerVolumeConfiguration`).
  public var usesDockerVolumeConfiguration: Bool

  public init(name: String, usesDockerVolumeConfiguration: Bool = false) {
    self.name = name
    self.usesDockerVolumeConfiguration = usesDockerVolumeConfiguration
  }

  /// The keys of the API's `Volume` shape.
  static let inputKeys = [
    "name", "host", "configuredAtLaunch", "dockerVolumeConfiguration", "efsVolumeConfiguration",
    "fsxWindowsFileServerVolumeConfiguration",
  ]

  static func decode(_ node: Node, path: String) throws(LocatedError) -> TaskDefinitionVolume {
    let m = try NodeMap(node, path: path, allowed: inputKeys)
    _ = try m.bool("configuredAtLaunch")
    return TaskDefinitionVolume(
      name: try m.string("name") ?? "", usesDockerVolumeConfiguration: m.child("dockerVolumeConfiguration") != nil)
  }
}
