import Testing
@testable import ECSSim

/// Testing has its own SourceLocation.
fileprivate typealias Loc = ECSSim.SourceLocation

/// RegisterTaskDefinitionInput.decode: the API's camelCase shape, with located errors.
@Suite struct TaskDefinitionDecodingTests {
  let path = "taskDefinitions[0]"

  func decode(_ node: Node) throws(LocatedError) -> RegisterTaskDefinitionInput {
    try RegisterTaskDefinitionInput.decode(node, path: path)
  }

  func decodeError(_ node: Node) -> LocatedError? {
    do { _ = try decode(node); return nil } catch { return error }
  }

  func minimal(_ container: [(String, Node)], extra: [(String, Node)] = []) -> Node {
    .map([("family", .string("web")), ("containerDefinitions", .list([.map(container)]))] + extra)
  }

  /// A mapping whose key `key` was written at `at`.
  fileprivate func located(_ pairs: [(String, Node)], key: String, at loc: Loc) -> Node {
    Node(.mapping(pairs.map { (k, v) in
      (key: Node(.scalar(k, quoted: true), at: k == key ? loc : nil), value: v)
    }))
  }

  @Test func decodesAConsoleStyleDefinition() throws {
    let node = Node.map([
      ("family", .string("shop")),
      ("taskRoleArn", .string("arn:aws:iam::123456789012:role/shop-task")),
      ("executionRoleArn", .string("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")),
      ("networkMode", .string("awsvpc")),
      ("requiresCompatibilities", .list([.string("FARGATE")])),
      ("cpu", .string("1 vCPU")),
      ("memory", .plain("2048")),
      ("placementConstraints", .list([])),
      ("containerDefinitions", .list([
        .map([
          ("name", .string("web")),
          ("image", .string("123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:1.4")),
          ("cpu", .plain("256")),
          ("memory", .plain("1024")),
          ("memoryReservation", .plain("512")),
          ("essential", .plain("true")),
          ("portMappings", .list([
            .map([("containerPort", .plain("8080")), ("hostPort", .plain("8080")), ("protocol", .string("tcp")),
                  ("name", .string("web-8080")), ("appProtocol", .string("http"))]),
            .map([("containerPort", .plain("9125")), ("protocol", .string("udp"))]),
          ])),
          ("entryPoint", .list([.string("sh"), .string("-c")])),
          ("command", .list([.string("exec shop")])),
          ("environment", .list([
            .map([("name", .string("PORT")), ("value", .string("8080"))]),
            .map([("name", .string("MODE")), ("value", .plain("prod"))]),
          ])),
          ("dockerLabels", .map([("team", .string("payments")), ("app", .string("shop"))])),
          ("healthCheck", .map([
            ("command", .list([.string("CMD-SHELL"), .string("curl -f http://localhost:8080/ || exit 1")])),
            ("interval", .plain("10")),
          ])),
          ("logConfiguration", .map([
            ("logDriver", .string("awslogs")),
            ("options", .map([("awslogs-group", .string("/ecs/shop")), ("awslogs-region", .string("eu-west-1"))])),
          ])),
          ("stopTimeout", .plain("60")),
          ("startTimeout", .plain("90")),
          ("privileged", .plain("false")),
        ]),
      ])),
    ])
    let input = try decode(node)
    #expect(input.family == "shop")
    #expect(input.taskRoleArn == "arn:aws:iam::123456789012:role/shop-task")
    #expect(input.executionRoleArn == "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
    #expect(input.networkMode == .awsvpc)
    #expect(input.requiresCompatibilities == [.fargate])
    #expect(input.cpu == "1 vCPU")
    #expect(input.memory == "2048")
    let c = try #require(input.containerDefinitions.first)
    #expect(c.name == "web")
    #expect(c.image == "123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop:1.4")
    #expect(c.cpu == 256 && c.memory == 1024 && c.memoryReservation == 512 && c.essential)
    #expect(c.portMappings == [
      PortMapping(containerPort: 8080, hostPort: 8080, protocol: .tcp),
      PortMapping(containerPort: 9125, hostPort: nil, protocol: .udp),
    ])
    #expect(c.entryPoint == ["sh", "-c"])
    #expect(c.command == ["exec shop"])
    #expect(c.environment == [KeyValuePair(name: "PORT", value: "8080"), KeyValuePair(name: "MODE", value: "prod")])
    // dockerLabels is a map in the API; written order is kept.
    #expect(c.dockerLabels == [KeyValuePair(name: "team", value: "payments"), KeyValuePair(name: "app", value: "shop")])
    // Health check fields not given take ECS's defaults.
    #expect(c.healthCheck == HealthCheck(
      command: ["CMD-SHELL", "curl -f http://localhost:8080/ || exit 1"], interval: 10, timeout: 5, retries: 3, startPeriod: 0))
    #expect(c.logDriver == "awslogs")
    #expect(c.stopTimeout == 60 && c.startTimeout == 90 && !c.privileged)
    #expect(input.containerExtras.count == 1)
  }

  @Test func essentialDefaultsToTrueAndCPUToZero() throws {
    let input = try decode(minimal([("name", .string("web")), ("image", .string("nginx")), ("memory", .plain("128"))]))
    let c = try #require(input.containerDefinitions.first)
    #expect(c.essential)
    #expect(c.cpu == 0)
    #expect(input.networkMode == nil)
  }

  @Test func taskSizeMayBeAPlainNumber() throws {
    let input = try decode(minimal(
      [("name", .string("web")), ("image", .string("nginx"))],
      extra: [("cpu", .plain("256")), ("memory", .plain("512"))]))
    #expect(input.cpu == "256")
    #expect(input.memory == "512")
  }

  @Test func typeErrorNamesThePathAndLocation() {
    let node = Node.map([
      ("family", .string("web")),
      ("containerDefinitions", .list([
        .map([("name", .string("a")), ("image", .string("nginx")), ("memory", .plain("128"))]),
        .map([("name", .string("b")), ("image", .string("nginx")),
              ("memory", Node(.scalar("lots", quoted: true), at: Loc(line: 12, column: 19)))]),
      ])),
    ])
    let error = decodeError(node)
    #expect(error?.message == "taskDefinitions[0].containerDefinitions[1].memory: expected an integer, found 'lots'")
    #expect(error?.location == Loc(line: 12, column: 19))
  }

  @Test func misspeltContainerKeySuggestsTheRightOne() {
    let container = located(
      [("name", .string("web")), ("image", .string("nginx")), ("memroy", .plain("128"))],
      key: "memroy", at: Loc(line: 7, column: 9))
    let node = Node.map([("family", .string("web")), ("containerDefinitions", .list([container]))])
    let error = decodeError(node)
    #expect(error?.message == "taskDefinitions[0].containerDefinitions[0]: unknown key 'memroy'; did you mean 'memory'?")
    #expect(error?.location == Loc(line: 7, column: 9))
  }

  @Test func misspeltTopLevelKeySuggestsTheRightOne() {
    let node = located(
      [("family", .string("web")), ("containerDefinition", .list([]))],
      key: "containerDefinition", at: Loc(line: 3, column: 3))
    let error = decodeError(node)
    #expect(error?.message == "taskDefinitions[0]: unknown key 'containerDefinition'; did you mean 'containerDefinitions'?")
    #expect(error?.location == Loc(line: 3, column: 3))
  }

  @Test(arguments: RegisterTaskDefinitionInput.describeOnlyKeys)
  func describeOutputKeysAreRejectedAsReadOnly(key: String) {
    let node = located(
      [("family", .string("web")), (key, .string("x")),
       ("containerDefinitions", .list([.map([("name", .string("web")), ("image", .string("nginx"))])]))],
      key: key, at: Loc(line: 4, column: 5))
    let error = decodeError(node)
    #expect(error?.message == "taskDefinitions[0]: '\(key)' is read-only output of DescribeTaskDefinition, not an input of RegisterTaskDefinition; remove it (the AWS CLI rejects it too)")
    #expect(error?.location == Loc(line: 4, column: 5))
  }

  @Test func everyDocumentedTopLevelKeyIsAccepted() throws {
    let node = Node.map([
      ("family", .string("all")),
      ("taskRoleArn", .string("task-role")),
      ("executionRoleArn", .string("arn:aws:iam::123456789012:role/exec")),
      ("networkMode", .string("bridge")),
      ("containerDefinitions", .list([.map([("name", .string("web")), ("image", .string("nginx")), ("memory", .plain("128"))])])),
      ("volumes", .list([.map([("name", .string("data")), ("host", .map([("sourcePath", .string("/data"))]))])])),
      ("placementConstraints", .list([.map([("type", .string("memberOf")), ("expression", .string("attribute:ecs.instance-type =~ t3.*"))])])),
      ("requiresCompatibilities", .list([.string("EC2")])),
      ("cpu", .string("512")),
      ("memory", .string("1 GB")),
      ("tags", .list([.map([("key", .string("team")), ("value", .string("web"))])])),
      ("pidMode", .string("task")),
      ("ipcMode", .string("none")),
      ("proxyConfiguration", .map([("containerName", .string("envoy"))])),
      ("inferenceAccelerators", .list([])),
      ("ephemeralStorage", .map([("sizeInGiB", .plain("30"))])),
      ("runtimePlatform", .map([("cpuArchitecture", .string("ARM64")), ("operatingSystemFamily", .string("LINUX"))])),
      ("enableFaultInjection", .plain("false")),
    ])
    let input = try decode(node)
    #expect(input.volumes == [TaskDefinitionVolume(name: "data")])
    #expect(input.placementConstraints.count == 1)
    #expect(input.placementConstraints.first?.type == "memberOf")
    #expect(input.pidMode == "task" && input.ipcMode == "none")
    #expect(input.ephemeralStorageGiB == 30)
    #expect(RegisterTaskDefinitionInput.inputKeys.count == 18)
  }

  @Test func everyDocumentedContainerKeyIsAccepted() throws {
    let node = minimal([
      ("name", .string("web")), ("image", .string("nginx")),
      ("repositoryCredentials", .map([("credentialsParameter", .string("arn:aws:secretsmanager:eu-west-1:123456789012:secret:hub"))])),
      ("cpu", .plain("10")), ("memory", .plain("256")), ("memoryReservation", .plain("128")),
      ("links", .list([.string("db:database")])),
      ("portMappings", .list([])), ("essential", .plain("true")),
      ("restartPolicy", .map([("enabled", .plain("true"))])),
      ("entryPoint", .list([])), ("command", .list([])), ("environment", .list([])),
      ("environmentFiles", .list([])), ("mountPoints", .list([])), ("volumesFrom", .list([])),
      ("linuxParameters", .map([("initProcessEnabled", .plain("true"))])),
      ("secrets", .list([.map([("name", .string("DB_PASSWORD")), ("valueFrom", .string("/shop/db"))])])),
      ("dependsOn", .list([])),
      ("startTimeout", .plain("30")), ("stopTimeout", .plain("30")),
      ("versionConsistency", .string("enabled")),
      ("hostname", .string("web")), ("user", .string("nginx")), ("workingDirectory", .string("/srv")),
      ("disableNetworking", .plain("false")), ("privileged", .plain("false")),
      ("readonlyRootFilesystem", .plain("true")),
      ("dnsServers", .list([])), ("dnsSearchDomains", .list([])), ("extraHosts", .list([])),
      ("dockerSecurityOptions", .list([])), ("interactive", .plain("false")), ("pseudoTerminal", .plain("false")),
      ("dockerLabels", .map([])), ("ulimits", .list([])),
      ("logConfiguration", .map([("logDriver", .string("json-file"))])),
      ("healthCheck", .map([("command", .list([.string("CMD"), .string("true")]))])),
      ("systemControls", .list([])), ("resourceRequirements", .list([])),
      ("firelensConfiguration", .map([("type", .string("fluentbit"))])),
      ("credentialSpecs", .list([])),
    ])
    let input = try decode(node)
    let extras = try #require(input.containerExtras.first)
    #expect(extras.hostname == "web")
    #expect(extras.hasSecrets)
    // Empty lists and false flags from a console export do not count against Fargate.
    #expect(extras.fargateUnsupportedSettings.isEmpty)
    #expect(ContainerDefinition.inputKeys.count == 42)
  }

  @Test func fargateUnsupportedSettingsAreRecordedWhenTheyHaveAnEffect() throws {
    let input = try decode(minimal([
      ("name", .string("web")), ("image", .string("nginx")),
      ("dnsServers", .list([.string("10.0.0.2")])),
      ("disableNetworking", .plain("true")),
      ("linuxParameters", .map([("swappiness", .plain("60"))])),
      ("resourceRequirements", .list([.map([("type", .string("GPU")), ("value", .string("1"))])])),
    ]))
    #expect(input.containerExtras.first?.fargateUnsupportedSettings == [
      "dnsServers", "disableNetworking", "linuxParameters.swappiness", "gpu",
    ])
  }

  @Test func protocolTypoSuggestsTheValue() {
    let error = decodeError(minimal([
      ("name", .string("web")), ("image", .string("nginx")),
      ("portMappings", .list([.map([("containerPort", .plain("80")), ("protocol", .string("tpc"))])])),
    ]))
    #expect(error?.message == "taskDefinitions[0].containerDefinitions[0].portMappings[0].protocol: 'tpc' is not one of tcp, udp; did you mean 'tcp'?")
  }

  @Test func compatibilityInTheWrongCaseSuggestsTheValue() {
    let error = decodeError(minimal(
      [("name", .string("web")), ("image", .string("nginx"))],
      extra: [("requiresCompatibilities", .list([Node(.scalar("fargate", quoted: true), at: Loc(line: 5, column: 30))]))]))
    #expect(error?.message == "taskDefinitions[0].requiresCompatibilities[0]: 'fargate' is not one of EC2, FARGATE, EXTERNAL; did you mean 'FARGATE'?")
    #expect(error?.location == Loc(line: 5, column: 30))
  }

  @Test func windowsNetworkModeIsNotOneOfTheLinuxModes() {
    let error = decodeError(minimal(
      [("name", .string("web")), ("image", .string("nginx"))],
      extra: [("networkMode", .string("default"))]))
    #expect(error?.message == "taskDefinitions[0].networkMode: 'default' is not one of bridge, host, awsvpc, none")
  }

  @Test func missingFamilyIsADecodingError() {
    let node = Node(.mapping([(key: .string("containerDefinitions"), value: .list([]))]), at: Loc(line: 1, column: 1))
    let error = decodeError(node)
    #expect(error?.message == "taskDefinitions[0]: missing required key 'family'")
    #expect(error?.location == Loc(line: 1, column: 1))
  }

  @Test func missingNameAndContainerPortAreLeftToRegistration() throws {
    let input = try decode(minimal([
      ("image", .string("nginx")), ("memory", .plain("128")),
      ("portMappings", .list([.map([("hostPort", .plain("80"))])])),
    ]))
    #expect(input.containerDefinitions.first?.name == "")
    #expect(input.containerDefinitions.first?.portMappings == [PortMapping(containerPort: 0, hostPort: 80)])
  }

  @Test func containerPortRangesAreSetAside() throws {
    let input = try decode(minimal([
      ("name", .string("web")), ("image", .string("nginx")),
      ("portMappings", .list([.map([("containerPortRange", .string("8000-8010"))])])),
    ]))
    #expect(input.containerDefinitions.first?.portMappings == [])
    #expect(input.containerExtras.first?.containerPortRanges == ["8000-8010"])
  }

  @Test func healthCheckWithoutCommandIsADecodingError() {
    let error = decodeError(minimal([
      ("name", .string("web")), ("image", .string("nginx")),
      ("healthCheck", Node(.mapping([(key: .string("interval"), value: .plain("10"))]), at: Loc(line: 9, column: 7))),
    ]))
    #expect(error?.message == "taskDefinitions[0].containerDefinitions[0].healthCheck: missing required key 'command'")
    #expect(error?.location == Loc(line: 9, column: 7))
  }

  @Test func unknownLogDriverSuggestsTheValue() {
    let error = decodeError(minimal([
      ("name", .string("web")), ("image", .string("nginx")),
      ("logConfiguration", .map([("logDriver", .string("awslog"))])),
    ]))
    #expect(error?.message == "taskDefinitions[0].containerDefinitions[0].logConfiguration.logDriver: 'awslog' is not one of json-file, syslog, journald, gelf, fluentd, awslogs, splunk, awsfirelens; did you mean 'awslogs'?")
  }
}
