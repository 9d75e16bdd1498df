/// Names and ARNs in the long format every account uses since 2021.
public struct ARNs: Sendable {
  public var region: String
  public var account: String

  /// `arn:aws:ecs:<region>:<account>:`, built once: every task ARN starts with it.
  private let ecs: String

  public init(region: String, account: String) {
    self.region = region
    self.account = account
    ecs = "arn:aws:ecs:\(region):\(account):"
  }
  public func cluster(_ name: String) -> String { ecs + "cluster/" + name }
  public func containerInstance(cluster: String, id: HexID) -> String { ecs + "container-instance/\(cluster)/\(id.hex)" }
  public func taskDefinition(_ family: String, _ revision: Int) -> String { ecs + "task-definition/\(family):\(revision)" }
  public func container(cluster: String, task: HexID, container: HexID) -> String {
    ecs + "container/\(cluster)/\(task.hex)/\(container.hex)"
  }
  public func service(cluster: String, name: String) -> String { ecs + "service/\(cluster)/\(name)" }
  public func capacityProvider(_ name: String) -> String { ecs + "capacity-provider/" + name }
  public func role(_ name: String) -> String { "arn:aws:iam::\(account):role/\(name)" }
  public func repository(_ name: String) -> String { "arn:aws:ecr:\(region):\(account):repository/\(name)" }
  public var registry: String { "\(account).dkr.ecr.\(region).amazonaws.com" }
}
