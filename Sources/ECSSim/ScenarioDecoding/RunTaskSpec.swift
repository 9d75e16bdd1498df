/// A RunTask request made when the scenario starts: the same request `run-task` makes, plus
/// where it was written. Request fields read and write through (`spec.count`).
@dynamicMemberLookup
public struct RunTaskSpec: Sendable {
  public var request: RunTaskRequest
  public var location: SourceLocation?

  public init(taskDefinition: String) { request = RunTaskRequest(taskDefinition: taskDefinition) }

  public subscript<T>(dynamicMember field: WritableKeyPath<RunTaskRequest, T>) -> T {
    get { request[keyPath: field] }
    set { request[keyPath: field] = newValue }
  }

  /// The one capacity provider a scenario task may name.
  public var capacityProvider: String? {
    get { request.capacityProviderStrategy.first?.capacityProvider }
    set { request.capacityProviderStrategy = newValue.map { [CapacityProviderStrategyInput(capacityProvider: $0, weight: 1, base: 0)] } ?? [] }
  }
}
