/// One sentence of the command language, parsed but not yet applied.
///
/// Keys, the `:` prompt, scripts, scenario timelines and the headless CLI all produce these
/// through `CommandParser`, so what a user types and what a teacher writes are the same.
/// Canonical verbs and flags are the AWS CLI's; names are resolved when the command is applied.
///
/// Each verb of `CommandVerb.all` builds exactly one case, named after it (`stop-task` builds
/// `.stopTask`); a test holds every verb to that. The cases stay an enum so that
/// `Simulator.apply` switches over them exhaustively: a case without engine behaviour does not
/// compile. Every payload is `Equatable`, so a parser test compares whole commands.
public enum Command: Sendable, Equatable {
  // ECS, as `aws ecs <verb>`
  case runTask(RunTaskRequest)
  case stopTask(StopTaskRequest)
  case registerTaskDefinition(RegisterTaskDefinitionInput)
  case deregisterTaskDefinition(String)
  case updateContainerInstancesState(UpdateContainerInstancesStateRequest)
  case deregisterContainerInstance(DeregisterContainerInstanceRequest)
  case createCluster(String)
  case deleteCluster(String)
  case putAttributes(PutAttributesRequest)
  case createService(CreateServiceInput)
  case updateService(UpdateServiceInput)
  case deleteService(DeleteServiceRequest)
  // read-only ECS verbs: answered with API-shaped JSON
  case describeClusters([String])
  case listClusters
  case describeContainerInstances(DescribeContainerInstancesRequest)
  case listContainerInstances(ListContainerInstancesRequest)
  case describeTasks(DescribeTasksRequest)
  case listTasks(ListTasksRequest)
  case describeTaskDefinition(String)
  case listTaskDefinitions(ListTaskDefinitionsRequest)
  case describeServices(DescribeServicesRequest)
  case listServices(cluster: String?)
  // Elastic Load Balancing v2, as `aws elbv2 <verb>`
  case createTargetGroup(TargetGroupSpec)
  case createLoadBalancer(LoadBalancerSpec)
  case createListener(CreateListenerRequest)
  /// `--health-check-path`, `--health-check-interval-seconds`, …
  case modifyTargetGroup(ModifyTargetGroupRequest)
  /// The deregistration delay, the one target group attribute simulated.
  case modifyTargetGroupAttributes(ModifyTargetGroupAttributesRequest)
  case describeTargetHealth(targetGroup: String)
  // EventBridge Scheduler, as `aws scheduler <verb>`
  case createSchedule(ScheduleSpec)
  case deleteSchedule(String)
  // ECR, as `aws ecr <verb>`
  case createRepository(CreateRepositoryRequest)
  case deleteRepository(DeleteRepositoryRequest)
  case batchDeleteImage(BatchDeleteImageRequest)
  case describeImages(repository: String)
  /// Simulator verb standing in for `docker push`: `push-image web:1.6.0 --size 120MB …`.
  case pushImage(PushImageRequest)
  // IAM
  case createRole(CreateRoleRequest)
  // EC2 and the agent (simulator verbs for what AWS does outside ECS)
  case launchInstances(LaunchInstancesRequest)
  case terminateInstances([String])
  case disconnectAgent(String)
  case reconnectAgent(String)
  /// EC2's two-minute Spot interruption notice, then the reclaim.
  case interruptSpotInstance(String)
  /// Fargate Spot reclaims a task (two-minute warning, `TerminationNotice`).
  case interruptSpotTask(InterruptSpotTaskRequest)
  // the clock
  case advance(SimTime)
  case advanceTo(SimTime)
}
