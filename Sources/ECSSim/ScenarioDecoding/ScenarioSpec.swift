/// A scenario as written in YAML: the world to build and a timeline of commands.
///
/// Everything a scenario can say maps to an ECS API shape (task definitions are
/// RegisterTaskDefinition inputs, tasks are RunTask inputs) or to what AWS does outside ECS
/// (EC2 instances, ECR images, IAM roles), so a teacher writes the same sentences a user types.
public struct ScenarioSpec: Sendable {
  public var name: String
  public var description: String = ""
  public var region: String = "us-east-1"
  public var account: String = "123456789012"
  /// Wall-clock start of the simulation as `YYYY-MM-DDTHH:MM:SSZ` (timestamps in the output).
  public var startTime: String = "2026-01-05T09:00:00Z"
  public var vpc: VPCSpec = VPCSpec()
  public var securityGroups: [SecurityGroupSpec] = []
  public var clusters: [ClusterSpec] = []
  public var roles: [RoleSpec] = []
  public var repositories: [RepositorySpec] = []
  public var instances: [InstanceGroupSpec] = []
  public var taskDefinitions: [RegisterTaskDefinitionInput] = []
  public var tasks: [RunTaskSpec] = []
  public var targetGroups: [TargetGroupSpec] = []
  public var loadBalancers: [LoadBalancerSpec] = []
  /// CreateService inputs, created in order after the task definitions and initial tasks.
  public var services: [CreateServiceInput] = []
  public var schedules: [ScheduleSpec] = []
  public var timeline: [TimelineEntry] = []

  public init(name: String) { self.name = name }
}

public struct VPCSpec: Sendable {
  public var vpcId: String = "vpc-0c8a5e2f1d3b4a697"
  public var cidr: String = "10.0.0.0/16"
  /// One subnet per AZ; the default gives the region's first three AZs.
  public var subnets: [SubnetSpec] = []
  public init() {}
}

public struct SubnetSpec: Sendable {
  public var subnetId: String
  public var availabilityZone: String
  public var cidr: String
  /// Public subnets route to an internet gateway; private ones need a NAT gateway to reach ECR.
  public var routeToInternet: Bool = true
  /// A private subnet's route to a NAT gateway: tasks there reach ECR without a public IP.
  public var natGateway: Bool = false
  public init(subnetId: String, availabilityZone: String, cidr: String, routeToInternet: Bool = true) {
    self.subnetId = subnetId; self.availabilityZone = availabilityZone; self.cidr = cidr
    self.routeToInternet = routeToInternet
  }
}

public struct SecurityGroupSpec: Sendable {
  public var groupId: String
  public var groupName: String
  public var ingress: [IngressRuleSpec] = []
  public var location: SourceLocation?
  public init(groupId: String, groupName: String) { self.groupId = groupId; self.groupName = groupName }
}

public struct IngressRuleSpec: Sendable {
  public var `protocol`: String = "tcp"
  public var fromPort: Int
  public var toPort: Int
  /// A security group id (`sg-…`) or a CIDR (`0.0.0.0/0`).
  public var source: String
  public init(fromPort: Int, toPort: Int, source: String) {
    self.fromPort = fromPort; self.toPort = toPort; self.source = source
  }
}

public struct ClusterSpec: Sendable {
  public var name: String
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}

public struct RoleSpec: Sendable {
  public var name: String
  /// `ecs-tasks.amazonaws.com`, `ec2.amazonaws.com`, …
  public var trustedService: String
  /// Allowed actions (`ecr:BatchGetImage`, `s3:GetObject`, `ecr:*`); managed policy names expand.
  public var actions: [String] = []
  public var managedPolicies: [String] = []
  public var location: SourceLocation?
  public init(name: String, trustedService: String) { self.name = name; self.trustedService = trustedService }
}

public struct RepositorySpec: Sendable {
  public var name: String
  public var imageTagMutability: String = "MUTABLE"
  public var images: [ImageSpec] = []
  public var location: SourceLocation?
  public init(name: String) { self.name = name }
}

/// An image pushed to a repository, with how its containers behave when run.
public struct ImageSpec: Sendable {
  public var tags: [String]
  public var sizeMB: Int = 100
  public var behavior: ImageBehavior = ImageBehavior()
  public var location: SourceLocation?
  public init(tags: [String]) { self.tags = tags }
}

/// How a container started from an image behaves: the simulation's stand-in for the program
/// inside it. Container definitions may override it with `ecsim.*` dockerLabels.
public struct ImageBehavior: Sendable, Hashable {
  /// Time from container start until the process is ready (health checks pass after it).
  public var startupTime: SimTime = .seconds(2)
  /// nil: runs until stopped. Otherwise the process exits by itself after this long.
  public var exitAfter: SimTime?
  public var exitCode: Int = 0
  /// How long the process takes to exit after SIGTERM; past the stop timeout it gets SIGKILL.
  public var shutdownTime: SimTime = .seconds(1)
  /// False for a bad release: the health check (container or ELB) never passes.
  public var healthy: Bool = true
  public init() {}
}

public enum PurchaseOption: String, Sendable, CaseIterable {
  case onDemand = "On-Demand"
  case reserved = "Reserved"
  case spot = "Spot"
}

/// `count` EC2 instances of one type, spread round-robin over the listed AZs: the same request
/// `launch-instances` makes, plus what only a scenario can say (a warm image cache) and where it
/// was written. Request fields read and write through (`group.count`, `group.ecsConfig`).
@dynamicMemberLookup
public struct InstanceGroupSpec: Sendable {
  public var launch: LaunchInstancesRequest
  /// Images (`repo:tag` or full URIs) already in the instance's Docker cache.
  public var cachedImages: [String] = []
  /// Fixed EC2 instance ids, one per instance (empty: drawn from the seeded random source).
  public var instanceIds: [String] = []
  /// Where `ecsConfig` starts in the file, so agent-config errors point at the right line.
  public var ecsConfigLocation: SourceLocation?
  public var location: SourceLocation?

  public init(instanceType: String) { launch = LaunchInstancesRequest(instanceType: instanceType) }

  public subscript<T>(dynamicMember field: WritableKeyPath<LaunchInstancesRequest, T>) -> T {
    get { launch[keyPath: field] }
    set { launch[keyPath: field] = newValue }
  }
}

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

/// A command of the command language, run when the clock reaches `at`.
public struct TimelineEntry: Sendable {
  public var at: SimTime
  public var command: String
  public var location: SourceLocation?
  public init(at: SimTime, command: String, location: SourceLocation? = nil) {
    self.at = at; self.command = command; self.location = location
  }
}
