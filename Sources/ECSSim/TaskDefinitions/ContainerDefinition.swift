/// One of RegisterTaskDefinition's `containerDefinitions`, with the fields the simulation uses.
public struct ContainerDefinition: Hashable, Sendable {
  public var name: String
  public var image: String
  public var cpu: Int = 0
  /// Hard limit (MiB); exceeding it kills the container.
  public var memory: Int?
  /// Soft limit (MiB); what placement subtracts when present.
  public var memoryReservation: Int?
  public var essential: Bool = true
  public var portMappings: [PortMapping] = []
  public var links: [String] = []
  public var command: [String] = []
  public var entryPoint: [String] = []
  public var environment: [KeyValuePair] = []
  public var healthCheck: HealthCheck?
  public var logDriver: String?
  public var stopTimeout: Int?
  public var startTimeout: Int?
  public var privileged: Bool = false
  public var dockerLabels: [KeyValuePair] = []

  public init(name: String, image: String) {
    self.name = name
    self.image = image
  }

  /// Memory subtracted from the instance for placement: the soft limit if set, else the hard one.
  public var reservedMemory: Int { memoryReservation ?? memory ?? 0 }
}
