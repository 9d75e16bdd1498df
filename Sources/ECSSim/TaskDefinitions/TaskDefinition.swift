/// A registered task definition revision (`family:revision`). Immutable once registered, except
/// for its status: "editing" means registering the next revision.
public struct TaskDefinition: Sendable {
  public var family: String
  public var revision: Int
  public var containerDefinitions: [ContainerDefinition]
  public var taskRoleArn: String?
  public var executionRoleArn: String?
  public var networkMode: NetworkMode
  /// True when the input named a network mode; `describe` prints it only then, like ECS.
  public var networkModeGiven: Bool
  public var requiresCompatibilities: [Compatibility]
  /// Task-level size in CPU units and MiB, converted from "1 vCPU" / "2 GB" at registration.
  public var cpu: Int?
  public var memory: Int?
  public var placementConstraints: [PlacementConstraint]
  public var status: TaskDefinitionStatus = .active
  public var compatibilities: [Compatibility]
  /// Container-instance attributes a host must advertise to run this definition.
  public var requiresAttributes: [String]
  public var registeredAt: SimTime = .zero
  public var deregisteredAt: SimTime?
  /// The container definitions boxed once at registration, for the revision's tasks to share.
  var containerBoxes: [ContainerDefinitionBox] = []

  public init(
    family: String, revision: Int, containerDefinitions: [ContainerDefinition],
    taskRoleArn: String? = nil, executionRoleArn: String? = nil,
    networkMode: NetworkMode = .bridge, networkModeGiven: Bool = false,
    requiresCompatibilities: [Compatibility] = [], cpu: Int? = nil, memory: Int? = nil,
    placementConstraints: [PlacementConstraint] = [], compatibilities: [Compatibility] = [],
    requiresAttributes: [String] = []
  ) {
    self.family = family; self.revision = revision; self.containerDefinitions = containerDefinitions
    self.taskRoleArn = taskRoleArn; self.executionRoleArn = executionRoleArn
    self.networkMode = networkMode; self.networkModeGiven = networkModeGiven
    self.requiresCompatibilities = requiresCompatibilities; self.cpu = cpu; self.memory = memory
    self.placementConstraints = placementConstraints; self.compatibilities = compatibilities
    self.requiresAttributes = requiresAttributes
  }

  public var familyRevision: String { "\(family):\(revision)" }

  /// CPU units placement subtracts: the task-level value if set, else the containers' sum.
  public var reservedCPU: Int { cpu ?? containerDefinitions.reduce(0) { $0 + $1.cpu } }

  /// MiB placement subtracts: the task-level value if set, else the containers' reservations.
  public var reservedMemory: Int { memory ?? containerDefinitions.reduce(0) { $0 + $1.reservedMemory } }
}
