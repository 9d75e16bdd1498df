import Testing
@testable import ECSSim

/// Health checks, roles, dependsOn, constraints, requiresAttributes, decoded input.
extension TaskDefinitionTests {
  // MARK: Health check

  @Test(arguments: [
    ("interval", 4, "'interval' must be between 5 and 300 seconds."),
    ("interval", 301, "'interval' must be between 5 and 300 seconds."),
    ("timeout", 1, "'timeout' must be between 2 and 60 seconds."),
    ("timeout", 61, "'timeout' must be between 2 and 60 seconds."),
    ("retries", 0, "'retries' must be between 1 and 10."),
    ("retries", 11, "'retries' must be between 1 and 10."),
    ("startPeriod", -1, "'startPeriod' must be between 0 and 300 seconds."),
    ("startPeriod", 301, "'startPeriod' must be between 0 and 300 seconds."),
  ])
  func healthCheckRanges(field: String, value: Int, message: String) {
    var hc = HealthCheck(command: ["CMD", "true"])
    switch field {
    case "interval": hc.interval = value
    case "timeout": hc.timeout = value
    case "retries": hc.retries = value
    default: hc.startPeriod = value
    }
    var c = Self.container("web")
    c.healthCheck = hc
    #expect(error(Self.input([c])) == client("Invalid 'healthCheck' setting for container 'web'. " + message))
  }

  @Test func healthCheckBoundsAreInclusive() {
    var c = Self.container("web")
    c.healthCheck = HealthCheck(command: ["CMD", "true"], interval: 5, timeout: 2, retries: 1, startPeriod: 0)
    #expect(error(Self.input([c])) == nil)
    c.healthCheck = HealthCheck(command: ["CMD", "true"], interval: 300, timeout: 60, retries: 10, startPeriod: 300)
    #expect(error(Self.input([c])) == nil)
    c.healthCheck = HealthCheck(command: [])
    #expect(error(Self.input([c])) == client("Invalid 'healthCheck' setting for container 'web'. 'command' must not be empty."))
  }

  // MARK: Roles

  @Test(arguments: [
    ("arn:aws:iam::123456789012:role/shop-task", true),
    ("arn:aws:iam::123456789012:role/service-role/shop+task@2", true),
    ("arn:aws-cn:iam::123456789012:role/shop", true),
    ("shop-task", true),
    ("arn:aws:iam::1234:role/shop", false),
    ("arn:aws:iam::123456789012:user/shop", false),
    ("arn:aws:s3:::bucket", false),
    ("shop task", false),
  ])
  func taskRoleMayBeAnARNOrARoleName(role: String, valid: Bool) {
    var i = Self.input()
    i.taskRoleArn = role
    #expect(error(i) == (valid ? nil : client("Role is not valid")))
  }

  @Test func executionRoleMustBeAnARN() {
    var i = Self.input()
    i.executionRoleArn = "ecsTaskExecutionRole"
    #expect(error(i) == client("Role is not valid"))
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    #expect(error(i) == nil)
  }

  @Test func secretsNeedAnExecutionRole() {
    var i = Self.input()
    var extras = ContainerDefinitionExtras()
    extras.hasSecrets = true
    i.containerExtras = [extras]
    #expect(error(i) == client("When you are specifying container secrets, you must also specify a value for 'executionRoleArn'."))
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    #expect(error(i) == nil)
  }

  // MARK: dependsOn

  @Test func dependenciesMustNameAContainerThatCanReachTheCondition() {
    var i = Self.input([Self.container("app"), Self.container("migrate")])
    var extras = ContainerDefinitionExtras()
    extras.dependsOn = [ContainerDefinitionDependency(containerName: "migrate", condition: "SUCCESS")]
    i.containerExtras = [extras, ContainerDefinitionExtras()]
    #expect(error(i) == client("A dependency container with SUCCESS or COMPLETE condition cannot be an essential container"))
    i.containerDefinitions[1].essential = false
    #expect(error(i) == nil)

    i.containerExtras[0].dependsOn = [ContainerDefinitionDependency(containerName: "migrat", condition: "START")]
    #expect(error(i) == client("Invalid 'dependsOn' setting for container 'app'. Container 'migrat' is not defined in the task definition."))
    i.containerExtras[0].dependsOn = [ContainerDefinitionDependency(containerName: "migrate", condition: "HEALTHY")]
    #expect(error(i) == client("A dependency container with HEALTHY condition must have a health check defined."))
  }

  // MARK: Placement constraints and ephemeral storage

  @Test func onlyMemberOfConstraintsBelongInATaskDefinition() throws {
    var i = Self.input()
    i.placementConstraints = [PlacementConstraintInput(type: "distinctInstance", expression: nil)]
    #expect(error(i) == client("constraint.type 'distinctInstance' is not supported."))

    i.placementConstraints = [PlacementConstraintInput(type: "memberOf", expression: "attribute:ecs.instance-type =~ t3.*")]
    let td = try register(i)
    #expect(td.placementConstraints.map(\.typeName) == ["memberOf"])
    #expect(td.placementConstraints.first?.expression == "attribute:ecs.instance-type =~ t3.*")
  }

  @Test(arguments: [(20, "EphemeralStorage size should be at least 21"), (201, "EphemeralStorage size should be at most 200")])
  func ephemeralStorageRange(size: Int, message: String) {
    var i = Self.fargate()
    i.ephemeralStorageGiB = size
    #expect(error(i) == client(message))
    i.ephemeralStorageGiB = size == 20 ? 21 : 200
    #expect(error(i) == nil)
  }

  // MARK: requiresAttributes

  @Test func bridgeTaskWithARoleNeedsTaskIAMRole() throws {
    var i = Self.input()
    i.taskRoleArn = "arn:aws:iam::123456789012:role/shop-task"
    #expect(try register(i).requiresAttributes == ["com.amazonaws.ecs.capability.task-iam-role"])
    i.networkMode = .bridge
    #expect(try register(i).requiresAttributes == ["com.amazonaws.ecs.capability.task-iam-role"])
  }

  @Test func hostTaskWithARoleNeedsTaskIAMRoleNetworkHost() throws {
    var i = Self.input()
    i.networkMode = .host
    i.taskRoleArn = "arn:aws:iam::123456789012:role/shop-task"
    #expect(try register(i).requiresAttributes == ["com.amazonaws.ecs.capability.task-iam-role-network-host"])
  }

  @Test func plainBridgeTaskRequiresNothing() throws {
    #expect(try register(Self.input()).requiresAttributes == [])
  }

  /// The shape of a real awsvpc definition (ECR image, awslogs, soft limit, both roles).
  @Test func awsvpcTaskWithECRImageAndAwslogs() throws {
    var c = Self.container("api", image: "123456789012.dkr.ecr.eu-central-1.amazonaws.com/rag", memory: 3072)
    c.memoryReservation = 1024
    c.cpu = 1024
    c.logDriver = "awslogs"
    c.portMappings = [PortMapping(containerPort: 5000, hostPort: 5000)]
    var i = Self.input([c])
    i.networkMode = .awsvpc
    i.cpu = "1024"
    i.memory = "3072"
    i.taskRoleArn = "arn:aws:iam::123456789012:role/rag"
    i.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    let td = try register(i)
    #expect(td.requiresAttributes == [
      "com.amazonaws.ecs.capability.docker-remote-api.1.18",
      "com.amazonaws.ecs.capability.docker-remote-api.1.19",
      "com.amazonaws.ecs.capability.docker-remote-api.1.21",
      "com.amazonaws.ecs.capability.ecr-auth",
      "com.amazonaws.ecs.capability.logging-driver.awslogs",
      "com.amazonaws.ecs.capability.task-iam-role",
      "ecs.capability.execution-role-awslogs",
      "ecs.capability.execution-role-ecr-pull",
      "ecs.capability.task-eni",
    ])
    #expect(td.compatibilities == [.ec2, .fargate])
  }

  @Test func healthCheckPrivilegedAndOtherLogDrivers() throws {
    var c = Self.container("agent")
    c.healthCheck = HealthCheck(command: ["CMD", "true"])
    c.privileged = true
    c.logDriver = "json-file"
    #expect(try register(Self.input([c])).requiresAttributes == [
      "com.amazonaws.ecs.capability.docker-remote-api.1.18",
      "com.amazonaws.ecs.capability.logging-driver.json-file",
      "com.amazonaws.ecs.capability.privileged-container",
      "ecs.capability.container-health-check",
    ])
  }

  @Test(arguments: [
    ("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop:1", true),
    ("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/shop@sha256:abc", true),
    ("public.ecr.aws/nginx/nginx:latest", false),
    ("nginx:latest", false),
    ("amazon/amazon-ecs-sample", false),
    ("123456789012.dkr.ecr.us-east-1.amazonaws.com", false),
  ])
  func ecrImages(image: String, isECR: Bool) {
    #expect(TaskDefinition.isECRImage(image) == isECR)
  }

  // MARK: From decoded input to registered revision

  @Test func decodedDefinitionRegisters() throws {
    let node = Node.map([
      ("family", .string("shop")),
      ("networkMode", .string("awsvpc")),
      ("requiresCompatibilities", .list([.string("FARGATE")])),
      ("cpu", .string(".5 vCPU")),
      ("memory", .string("1GB")),
      ("executionRoleArn", .string("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")),
      ("containerDefinitions", .list([.map([
        ("name", .string("web")), ("image", .string("nginx:1.25")),
        ("portMappings", .list([.map([("containerPort", .plain("80"))])])),
        ("secrets", .list([.map([("name", .string("TOKEN")), ("valueFrom", .string("/shop/token"))])])),
      ])])),
    ])
    let input = try RegisterTaskDefinitionInput.decode(node, path: "taskDefinitions[0]")
    let td = try register(input)
    #expect(td.cpu == 512 && td.memory == 1024)
    #expect(td.networkModeGiven)
    #expect(td.requiresCompatibilities == [.fargate])
    #expect(td.containerDefinitions[0].portMappings == [PortMapping(containerPort: 80, hostPort: 80)])
    #expect(td.requiresAttributes == ["com.amazonaws.ecs.capability.docker-remote-api.1.18", "ecs.capability.task-eni"])
  }

  @Test func decodedPortMappingWithoutContainerPortIsRejectedByRegistration() throws {
    let node = Node.map([
      ("family", .string("web")),
      ("containerDefinitions", .list([.map([
        ("name", .string("web")), ("image", .string("nginx")), ("memory", .plain("128")),
        ("portMappings", .list([.map([("hostPort", .plain("80"))])])),
      ])])),
    ])
    let input = try RegisterTaskDefinitionInput.decode(node, path: "taskDefinitions[0]")
    #expect(error(input) == client("Invalid 'containerPort' setting for container 'web'."))
  }
}
