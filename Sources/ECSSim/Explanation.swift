/// Temporary: replaced by the engine's explanations (helper branch).
public struct Explanation: Sendable, Equatable {
  public var subject: String
  public var summary: String
  public var reasons: [String]
}

extension Simulator {
  public func explain(task: Task) -> Explanation { Explanation(subject: task.id.hex, summary: task.lastStatus.rawValue, reasons: []) }
  public func explain(service: Service) -> Explanation { Explanation(subject: service.name, summary: "", reasons: []) }
  public func explain(containerInstance: ContainerInstance) -> Explanation { Explanation(subject: containerInstance.ec2InstanceId, summary: "", reasons: []) }
}
