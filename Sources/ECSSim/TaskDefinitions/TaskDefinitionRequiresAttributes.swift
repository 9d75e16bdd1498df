/// How registration derives `requiresAttributes`: the container-instance attributes a host must
/// advertise before placement will put a task of this definition on it.
///
/// ECS does not document its derivation (ecsim's choice, docs/ecs/task-definitions.md §2). These
/// rules are read off real DescribeTaskDefinition outputs (bridge, host and awsvpc definitions with
/// and without roles, log drivers, ECR images and health checks), kept to the attributes the
/// simulation's agent model advertises, and sorted by name so the output is stable:
///
/// | input | attributes |
/// |---|---|
/// | `taskRoleArn`, mode `host` | `com.amazonaws.ecs.capability.task-iam-role-network-host` |
/// | `taskRoleArn`, any other mode | `com.amazonaws.ecs.capability.task-iam-role` |
/// | mode `awsvpc` | `ecs.capability.task-eni`, `com.amazonaws.ecs.capability.docker-remote-api.1.18` |
/// | any `memoryReservation` | `com.amazonaws.ecs.capability.docker-remote-api.1.21` |
/// | log driver `awslogs` | `com.amazonaws.ecs.capability.logging-driver.awslogs`, `…docker-remote-api.1.19` |
/// | `awslogs` and `executionRoleArn` | `ecs.capability.execution-role-awslogs` |
/// | any other log driver `d` | `com.amazonaws.ecs.capability.logging-driver.d`, `…docker-remote-api.1.18` |
/// | an ECR image (`<account>.dkr.ecr.<region>.amazonaws.com/…`) | `com.amazonaws.ecs.capability.ecr-auth` |
/// | an ECR image and `executionRoleArn` | `ecs.capability.execution-role-ecr-pull` |
/// | any `healthCheck` | `ecs.capability.container-health-check` |
/// | any `privileged: true` | `com.amazonaws.ecs.capability.privileged-container` |
///
/// Not derived (inputs not modelled): secrets, private-registry authentication, EFS, FireLens,
/// container ordering and the newer docker-remote-api versions some log options add.
extension TaskDefinition {
  public static func derivedRequiresAttributes(
    containers: [ContainerDefinition], networkMode: NetworkMode,
    taskRoleArn: String?, executionRoleArn: String?
  ) -> [String] {
    let legacy = "com.amazonaws.ecs.capability."
    var names: Set<String> = []
    if taskRoleArn != nil {
      names.insert(legacy + (networkMode == .host ? "task-iam-role-network-host" : "task-iam-role"))
    }
    if networkMode == .awsvpc {
      names.insert("ecs.capability.task-eni")
      names.insert(legacy + "docker-remote-api.1.18")
    }
    for c in containers {
      if c.memoryReservation != nil { names.insert(legacy + "docker-remote-api.1.21") }
      if let driver = c.logDriver {
        names.insert(legacy + "logging-driver." + driver)
        if driver == "awslogs" {
          names.insert(legacy + "docker-remote-api.1.19")
          if executionRoleArn != nil { names.insert("ecs.capability.execution-role-awslogs") }
        } else {
          names.insert(legacy + "docker-remote-api.1.18")
        }
      }
      if isECRImage(c.image) {
        names.insert(legacy + "ecr-auth")
        if executionRoleArn != nil { names.insert("ecs.capability.execution-role-ecr-pull") }
      }
      if c.healthCheck != nil { names.insert("ecs.capability.container-health-check") }
      if c.privileged { names.insert(legacy + "privileged-container") }
    }
    return names.sorted()
  }

  /// True for `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>…`.
  public static func isECRImage(_ image: String) -> Bool {
    guard let slash = image.firstIndex(of: "/") else { return false }
    let registry = image[..<slash]
    let labels = registry.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 6, labels[1] == "dkr", labels[2] == "ecr", !labels[3].isEmpty else { return false }
    guard labels[0].count == 12, labels[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    return registry.hasSuffix(".amazonaws.com") || registry.hasSuffix(".amazonaws.com.cn")
  }
}
