/// One sentence of the command language, parsed but not yet applied.
///
/// Keys, the `:` prompt, scripts, scenario timelines and the headless CLI all produce these
/// through `CommandParser`, so what a user types and what a teacher writes are the same.
/// Canonical verbs and flags are the AWS CLI's; names are resolved when the command is applied.
public enum Command: Sendable {
  // ECS, as `aws ecs <verb>`
  case runTask(RunTaskRequest)
  case stopTask(cluster: String?, task: String, reason: String?)
  case registerTaskDefinition(RegisterTaskDefinitionInput)
  case deregisterTaskDefinition(String)
  case updateContainerInstancesState(cluster: String?, containerInstances: [String], status: String)
  case deregisterContainerInstance(cluster: String?, containerInstance: String, force: Bool)
  case createCluster(String)
  case deleteCluster(String)
  case putAttributes(cluster: String?, targetId: String, attributes: [(name: String, value: String?)])
  case createService(CreateServiceInput)
  case updateService(UpdateServiceInput)
  case deleteService(cluster: String?, service: String, force: Bool)
  // read-only ECS verbs: answered with API-shaped JSON
  case describeClusters([String])
  case listClusters
  case describeContainerInstances(cluster: String?, containerInstances: [String])
  case listContainerInstances(cluster: String?, filter: String?, status: String?)
  case describeTasks(cluster: String?, tasks: [String])
  case listTasks(cluster: String?, family: String?, containerInstance: String?, startedBy: String?, desiredStatus: String?, launchType: String?)
  case describeTaskDefinition(String)
  case listTaskDefinitions(familyPrefix: String?, status: String?)
  case describeServices(cluster: String?, services: [String])
  case listServices(cluster: String?)
  // Elastic Load Balancing v2, as `aws elbv2 <verb>`
  case createTargetGroup(TargetGroupSpec)
  case createLoadBalancer(LoadBalancerSpec)
  case createListener(loadBalancer: String, listener: ListenerSpec)
  /// `--health-check-path`, `--health-check-interval-seconds`, … and the deregistration delay.
  case modifyTargetGroup(targetGroup: String, healthCheck: HealthCheckSettingsChange, deregistrationDelaySeconds: Int?)
  case describeTargetHealth(targetGroup: String)
  // EventBridge Scheduler, as `aws scheduler <verb>`
  case createSchedule(ScheduleSpec)
  case deleteSchedule(String)
  // ECR, as `aws ecr <verb>`
  case createRepository(name: String, mutability: String?)
  case deleteRepository(name: String, force: Bool)
  case batchDeleteImage(repository: String, tags: [String])
  case describeImages(repository: String)
  /// Simulator verb standing in for `docker push`: `push-image web:1.6.0 --size 120MB …`.
  case pushImage(repository: String, tag: String, sizeMB: Int?, behavior: ImageBehaviorOverrides)
  // IAM
  case createRole(name: String, trustedService: String, actions: [String], managedPolicies: [String])
  // EC2 and the agent (simulator verbs for what AWS does outside ECS)
  case launchInstances(LaunchInstancesRequest)
  case terminateInstances([String])
  case disconnectAgent(String)
  case reconnectAgent(String)
  /// EC2's two-minute Spot interruption notice, then the reclaim.
  case interruptSpotInstance(String)
  /// Fargate Spot reclaims a task (two-minute warning, `TerminationNotice`).
  case interruptSpotTask(cluster: String?, task: String)
  // the clock
  case advance(SimTime)
  case advanceTo(SimTime)
}

/// Changes to an image's behaviour given on `push-image`; nil keeps the default.
public struct ImageBehaviorOverrides: Sendable, Equatable {
  public var startupTime: SimTime?
  public var exitAfter: SimTime?
  public var exitCode: Int?
  public var shutdownTime: SimTime?
  public var healthy: Bool?
  public init() {}
}

/// RunTask's parameters as the AWS CLI takes them.
public struct RunTaskRequest: Sendable {
  public var cluster: String?
  public var taskDefinition: String
  public var count: Int = 1
  /// `EC2`, `FARGATE`, `EXTERNAL` (raw; validated when applied).
  public var launchType: String?
  public var capacityProviderStrategy: [(capacityProvider: String, weight: Int, base: Int)] = []
  public var placementStrategy: [(type: String, field: String?)] = []
  public var placementConstraints: [(type: String, expression: String?)] = []
  public var group: String?
  public var startedBy: String?
  public var subnets: [String] = []
  public var securityGroups: [String] = []
  public var assignPublicIp: Bool = false
  public init(taskDefinition: String) { self.taskDefinition = taskDefinition }
}

/// `launch-instance`: EC2 RunInstances reduced to what ECS cares about.
public struct LaunchInstancesRequest: Sendable {
  public var instanceType: String
  public var count: Int = 1
  /// Empty: round-robin over the VPC's AZs.
  public var availabilityZones: [String] = []
  public var purchaseOption: PurchaseOption = .onDemand
  public var ami: AMIKind = .ecsOptimized
  public var iamRole: String? = "ecsInstanceRole"
  public var securityGroups: [String] = []
  /// ecs.config text; `\n` in a command line separates lines.
  public var ecsConfig: String = ""
  public init(instanceType: String) { self.instanceType = instanceType }
}

/// ModifyTargetGroup's health-check flags; nil keeps the current value.
public struct HealthCheckSettingsChange: Sendable, Equatable {
  public var path: String?
  public var port: String?
  public var intervalSeconds: Int?
  public var timeoutSeconds: Int?
  public var healthyThresholdCount: Int?
  public var unhealthyThresholdCount: Int?
  public var matcher: String?
  public init() {}
}
