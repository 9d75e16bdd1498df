import ECSSim
import Testing

@Suite struct AgentConfigTests {
  private func parse(_ text: String, ami: AMIKind = .bareAgent) throws -> (config: AgentConfig, warnings: [LocatedError]) {
    try AgentConfig.parse(text, ami: ami)
  }

  private func error(_ text: String, ami: AMIKind = .bareAgent) -> LocatedError? {
    do {
      _ = try AgentConfig.parse(text, ami: ami)
      return nil
    } catch {
      return error
    }
  }

  private func at(_ line: Int, _ column: Int) -> ECSSim.SourceLocation { ECSSim.SourceLocation(line: line, column: column) }

  // MARK: Defaults

  @Test func bareAgentDefaults() throws {
    let (c, warnings) = try parse("")
    #expect(warnings.isEmpty)
    #expect(c.ami == .bareAgent)
    #expect(c.cluster == "default")
    #expect(!c.clusterGiven)
    #expect(c.reservedPorts == [22, 2375, 2376, 51678, 51679])
    #expect(c.reservedPortsUDP == [])
    #expect(c.reservedMemory == 0)
    #expect(c.dynamicHostPortRange == 32768...60999)
    #expect(!c.enableTaskIAMRole)
    #expect(!c.enableTaskIAMRoleNetworkHost)
    #expect(!c.enableTaskENI)
    #expect(c.containerStopTimeout == .seconds(30))
    #expect(c.instanceAttributes.isEmpty)
    #expect(c.imagePullBehavior == .default)
    #expect(c.availableLoggingDrivers == ["json-file", "none"])
    #expect(!c.enableSpotInstanceDraining)
    #expect(!c.privilegedDisabled)
    #expect(!c.enableAWSLogsExecutionRoleOverride)
    #expect(!c.updatesEnabled)
    #expect(c.enableTaskCPUMemLimit)
    #expect(c.containerStartTimeout == .minutes(3))
    #expect(c.containerCreateTimeout == .minutes(4))
    #expect(c.taskCleanupWaitDuration == .hours(3))
    #expect(c.imagePullTimeout == .hours(2))
    #expect(c.variables.isEmpty)
  }

  @Test func ecsOptimizedDefaultsAreEcsInitsVariables() throws {
    let (c, warnings) = try parse("", ami: .ecsOptimized)
    #expect(warnings.isEmpty)
    #expect(c.enableTaskIAMRole)
    #expect(c.enableTaskIAMRoleNetworkHost)
    #expect(c.enableTaskENI)
    #expect(c.enableAWSLogsExecutionRoleOverride)
    #expect(c.updatesEnabled)
    #expect(c.availableLoggingDrivers == ["json-file", "syslog", "awslogs", "fluentd", "none"])
    #expect(c.volumePluginCapabilities == ["efsAuth"])
    // What ecs-init does not touch stays at the agent's defaults.
    #expect(c.cluster == "default")
    #expect(c.reservedPorts == [22, 2375, 2376, 51678, 51679])
    #expect(c.dynamicHostPortRange == 32768...60999)
    #expect(c.containerStopTimeout == .seconds(30))
    #expect(!c.enableSpotInstanceDraining)
  }

  @Test func emptyTextEqualsInit() throws {
    for ami in AMIKind.allCases {
      #expect(try parse("", ami: ami).config.capabilityAttributes == AgentConfig(ami: ami).capabilityAttributes)
    }
  }

  // MARK: Each variable

  @Test func everyModelledVariableTakesEffect() throws {
    let text = """
      # written by user data
      ECS_CLUSTER=prod
      ECS_RESERVED_PORTS=[22, 80, 443]
      ECS_RESERVED_PORTS_UDP=[53, 123]
      ECS_RESERVED_MEMORY=256
      ECS_DYNAMIC_HOST_PORT_RANGE=49153-65535
      ECS_ENABLE_TASK_IAM_ROLE=true
      ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=True
      ECS_ENABLE_TASK_ENI=1
      ECS_CONTAINER_STOP_TIMEOUT=1m30s
      ECS_INSTANCE_ATTRIBUTES={"stack": "prod", "team": "payments"}
      ECS_IMAGE_PULL_BEHAVIOR=prefer-cached
      ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","awslogs"]
      ECS_ENABLE_SPOT_INSTANCE_DRAINING=true
      ECS_DISABLE_PRIVILEGED=true

      ECS_CONTAINER_START_TIMEOUT=5m
      ECS_CONTAINER_CREATE_TIMEOUT=2m
      ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION=1h
      ECS_IMAGE_PULL_TIMEOUT=1.5h
      ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true
      ECS_ENABLE_TASK_CPU_MEM_LIMIT=false
      ECS_LOGLEVEL=debug
      """
    let (c, warnings) = try parse(text)
    #expect(warnings.isEmpty)
    #expect(c.cluster == "prod")
    #expect(c.clusterGiven)
    #expect(c.reservedPorts == [22, 80, 443])
    #expect(c.reservedPortsUDP == [53, 123])
    #expect(c.reservedMemory == 256)
    #expect(c.dynamicHostPortRange == 49153...65535)
    #expect(c.enableTaskIAMRole)
    #expect(c.enableTaskIAMRoleNetworkHost)
    #expect(c.enableTaskENI)
    #expect(c.containerStopTimeout == .seconds(90))
    #expect(c.instanceAttributes.map(\.name) == ["stack", "team"])
    #expect(c.instanceAttributes.map(\.value) == ["prod", "payments"])
    #expect(c.imagePullBehavior == .preferCached)
    #expect(c.availableLoggingDrivers == ["json-file", "awslogs"])
    #expect(c.enableSpotInstanceDraining)
    #expect(c.privilegedDisabled)
    #expect(c.containerStartTimeout == .minutes(5))
    #expect(c.containerCreateTimeout == .minutes(2))
    #expect(c.taskCleanupWaitDuration == .hours(1))
    #expect(c.imagePullTimeout == .minutes(90))
    #expect(c.enableAWSLogsExecutionRoleOverride)
    #expect(!c.enableTaskCPUMemLimit)
    #expect(c.variables.count == 21)
    #expect(c.variables.first?.name == "ECS_CLUSTER")
    #expect(c.variables.last?.name == "ECS_LOGLEVEL")
    #expect(c.variables.last?.value == "debug")
  }

  @Test func explicitValuesOverrideEcsInit() throws {
    let text = "ECS_ENABLE_TASK_IAM_ROLE=false\nECS_AVAILABLE_LOGGING_DRIVERS=[\"json-file\"]\n"
    let (c, _) = try parse(text, ami: .ecsOptimized)
    #expect(!c.enableTaskIAMRole)
    #expect(c.enableTaskIAMRoleNetworkHost)
    #expect(c.availableLoggingDrivers == ["json-file"])
    #expect(!c.capabilityAttributes.contains("com.amazonaws.ecs.capability.task-iam-role"))
    #expect(c.capabilityAttributes.contains("com.amazonaws.ecs.capability.task-iam-role-network-host"))
    #expect(!c.capabilityAttributes.contains("com.amazonaws.ecs.capability.logging-driver.awslogs"))
  }

  @Test func emptyValueFallsToTheAgentsOwnDefaultNotEcsInits() throws {
    let (c, warnings) = try parse("ECS_ENABLE_TASK_ENI=\nECS_AVAILABLE_LOGGING_DRIVERS=[]", ami: .ecsOptimized)
    #expect(!c.enableTaskENI)
    #expect(c.availableLoggingDrivers == ["json-file", "none"])
    #expect(warnings == [
      LocatedError("ECS_ENABLE_TASK_ENI is empty: the agent treats an empty value as unset and uses its own default", at: at(1, 21)),
      LocatedError("ECS_AVAILABLE_LOGGING_DRIVERS=[] means 'not set' to the agent, which uses its own default", at: at(2, 31)),
    ])
  }

  @Test func emptyReservedPortListKeepsTheDefaults() throws {
    let (c, warnings) = try parse("ECS_RESERVED_PORTS=[]")
    #expect(c.reservedPorts == [22, 2375, 2376, 51678, 51679])
    #expect(warnings.map(\.message) == ["ECS_RESERVED_PORTS=[] means 'not set' to the agent, which keeps its default list"])
  }

  @Test func prometheusMetricsReservePort51680() throws {
    let (c, _) = try parse("ECS_ENABLE_PROMETHEUS_METRICS=true")
    #expect(c.reservedPorts == [22, 2375, 2376, 51678, 51679, 51680])
  }

  // MARK: ECS_CLUSTER

  @Test func clusterGivenOnlyWhenWritten() throws {
    let given = try parse("ECS_CLUSTER=default").config
    #expect(given.cluster == "default")
    #expect(given.clusterGiven)
    let (empty, warnings) = try parse("ECS_CLUSTER=")
    #expect(empty.cluster == "default")
    #expect(!empty.clusterGiven)
    #expect(warnings.count == 1)
    let spaced = try parse("   ECS_CLUSTER=web-prod   \r\n").config
    #expect(spaced.cluster == "web-prod")
  }

  @Test func quotesAreRemovedWithAWarning() throws {
    let (c, warnings) = try parse("ECS_CLUSTER=\"prod\"\nECS_INSTANCE_ATTRIBUTES='{\"a\": \"b\"}'")
    #expect(c.cluster == "prod")
    #expect(c.instanceAttributes.first?.value == "b")
    #expect(c.variables.map(\.value) == ["prod", "{\"a\": \"b\"}"])
    #expect(warnings.map(\.location) == [at(1, 13), at(2, 25)])
    #expect(warnings.first?.message == "ECS_CLUSTER: the quotes around the value are kept by ecs-init and docker --env-file, so the agent would read them as part of the value; the simulator removes them")
  }

  // MARK: Malformed lines

  @Test func lineWithoutEquals() {
    #expect(error("# comment\n\nECS_CLUSTER\n") == LocatedError("expected KEY=value, found 'ECS_CLUSTER'", at: at(3, 1)))
    #expect(error("ECS_CLUSTER=a\n  just words") == LocatedError("expected KEY=value, found 'just words'", at: at(2, 3)))
  }

  @Test func emptyName() {
    #expect(error("=prod") == LocatedError("missing variable name before '='", at: at(1, 1)))
  }

  @Test func spacesAroundEquals() {
    #expect(error("ECS_CLUSTER = prod") == LocatedError(
      "space in variable name 'ECS_CLUSTER '; write KEY=value without spaces around '='", at: at(1, 12)))
  }

  @Test func lowerCaseName() {
    #expect(error("x=1\necs_cluster=prod", ami: .ecsOptimized) == LocatedError(
      "invalid variable name 'x': names use upper-case letters, digits and '_'", at: at(1, 1)))
    #expect(error("ecs_cluster=prod") == LocatedError(
      "invalid variable name 'ecs_cluster': names use upper-case letters, digits and '_'; did you mean 'ECS_CLUSTER'?",
      at: at(1, 1)))
    #expect(error("ECS-CLUSTER=prod")?.location == at(1, 4))
  }

  @Test func exportIsIgnoredWithAWarning() throws {
    let (c, warnings) = try parse("export ECS_CLUSTER=prod")
    #expect(c.cluster == "default")
    #expect(!c.clusterGiven)
    #expect(c.variables.isEmpty)
    #expect(warnings == [LocatedError(
      "ecs.config is not a shell script: 'export' is not removed, so the agent would see a variable named 'export ECS_CLUSTER' and this line has no effect; write it without 'export'",
      at: at(1, 1))])
  }

  // MARK: Unknown variables

  @Test func unknownVariableIsKeptAndWarnedWithSuggestion() throws {
    let (c, warnings) = try parse("ECS_CLUSTER=a\nECS_CLUSER=prod")
    #expect(c.cluster == "a")
    #expect(c.variables.map(\.name) == ["ECS_CLUSTER", "ECS_CLUSER"])
    #expect(warnings == [LocatedError(
      "unknown variable 'ECS_CLUSER' (the agent ignores it); did you mean 'ECS_CLUSTER'?",
      at: at(2, 1))])
  }

  @Test func unknownVariableWithoutCloseMatch() throws {
    let (_, warnings) = try parse("MY_APP_SETTING=1")
    #expect(warnings.map(\.message) == ["unknown variable 'MY_APP_SETTING' (the agent ignores it)"])
  }

  @Test func knownVariablesWithoutEffectAreNotWarned() throws {
    let (_, warnings) = try parse("ECS_LOGLEVEL=debug\nHTTP_PROXY=10.0.0.131:3128\nECS_DATADIR=/data\nECS_WARM_POOLS_CHECK=true")
    #expect(warnings.isEmpty)
  }

  @Test func repeatedVariableLastWins() throws {
    let (c, warnings) = try parse("ECS_CLUSTER=a\nECS_CLUSTER=b")
    #expect(c.cluster == "b")
    #expect(warnings == [LocatedError("ECS_CLUSTER is already set on line 1; this later line wins", at: at(2, 1))])
  }

  // MARK: Typed values

  @Test func badReservedMemory() {
    #expect(error("ECS_RESERVED_MEMORY=lots") == LocatedError(
      "ECS_RESERVED_MEMORY: expected a whole number of MiB from 0 to 65535, found 'lots'", at: at(1, 21)))
    #expect(error("ECS_RESERVED_MEMORY=70000") != nil)
  }

  @Test func badDynamicPortRange() {
    #expect(error("ECS_DYNAMIC_HOST_PORT_RANGE=200-100") == LocatedError(
      "ECS_DYNAMIC_HOST_PORT_RANGE: the start 200 is above the end 100", at: at(1, 29)))
    #expect(error("ECS_DYNAMIC_HOST_PORT_RANGE=100:200") == LocatedError(
      "ECS_DYNAMIC_HOST_PORT_RANGE: expected a range 'start-end' such as 49153-65535, found '100:200'", at: at(1, 29)))
    #expect(error("ECS_DYNAMIC_HOST_PORT_RANGE=0-70000") == LocatedError(
      "ECS_DYNAMIC_HOST_PORT_RANGE: ports must be from 1 to 65535, found '0-70000'", at: at(1, 29)))
  }

  @Test func badReservedPortsPointAtTheElement() {
    #expect(error("ECS_RESERVED_PORTS=[22, \"x\"]") == LocatedError(
      "ECS_RESERVED_PORTS: expected a port number from 0 to 65535, found 'x'", at: at(1, 25)))
    #expect(error("ECS_RESERVED_PORTS_UDP=[53, 70000]")?.location == at(1, 29))
    #expect(error("ECS_RESERVED_PORTS=22,80") == LocatedError(
      "ECS_RESERVED_PORTS: expected a JSON array of port numbers such as [22, 2375, 2376, 51678, 51679], but the value is not valid JSON: unexpected character ',' after the JSON value",
      at: at(1, 22)))
    #expect(error("ECS_RESERVED_PORTS={}") == LocatedError(
      "ECS_RESERVED_PORTS: expected a JSON array of port numbers such as [22, 2375, 2376, 51678, 51679], found a mapping",
      at: at(1, 20)))
  }

  @Test func reservedPortCapCountsTCPAndUDPTogether() throws {
    let tcp = "[" + (1000..<1060).map(String.init).joined(separator: ",") + "]"
    let udp40 = "[" + (2000..<2040).map(String.init).joined(separator: ",") + "]"
    let udp41 = "[" + (2000..<2041).map(String.init).joined(separator: ",") + "]"
    let ok = try parse("ECS_RESERVED_PORTS=\(tcp)\nECS_RESERVED_PORTS_UDP=\(udp40)").config
    #expect(ok.reservedPorts.count + ok.reservedPortsUDP.count == 100)
    #expect(error("ECS_RESERVED_PORTS=\(tcp)\n\nECS_RESERVED_PORTS_UDP=\(udp41)") == LocatedError(
      "ECS_RESERVED_PORTS and ECS_RESERVED_PORTS_UDP reserve 101 ports (60 TCP, 41 UDP); a container instance can hold at most 100 reserved ports",
      at: at(3, 1)))
  }

  @Test func badInstanceAttributes() {
    #expect(error("ECS_INSTANCE_ATTRIBUTES=[\"stack\"]") == LocatedError(
      "ECS_INSTANCE_ATTRIBUTES: expected a JSON object of strings such as {\"stack\": \"prod\"}, found a list", at: at(1, 25)))
    #expect(error("ECS_INSTANCE_ATTRIBUTES={\"stack\": 1}") == LocatedError(
      "ECS_INSTANCE_ATTRIBUTES: the value of 'stack' must be a string, found '1'", at: at(1, 35)))
    #expect(error("ECS_INSTANCE_ATTRIBUTES={\"stack\": \"prod\"") == LocatedError(
      "ECS_INSTANCE_ATTRIBUTES: expected a JSON object of strings such as {\"stack\": \"prod\"}, but the value is not valid JSON: expected ',' or '}' after object member, found end of input",
      at: at(1, 41)))
    #expect(error("ECS_INSTANCE_ATTRIBUTES={\"my stack\": \"prod\"}")?.location == at(1, 26))
  }

  @Test func badImagePullBehavior() {
    #expect(error("ECS_IMAGE_PULL_BEHAVIOR=sometimes") == LocatedError(
      "ECS_IMAGE_PULL_BEHAVIOR: expected one of default, always, once, prefer-cached, found 'sometimes'", at: at(1, 25)))
    #expect(error("ECS_IMAGE_PULL_BEHAVIOR=prefer_cached")?.message
      == "ECS_IMAGE_PULL_BEHAVIOR: expected one of default, always, once, prefer-cached, found 'prefer_cached'; did you mean 'prefer-cached'?")
  }

  @Test func badDurations() {
    #expect(error("ECS_CONTAINER_STOP_TIMEOUT=soon") == LocatedError(
      "ECS_CONTAINER_STOP_TIMEOUT: expected a duration such as 30s, 2m or 1m30s, found 'soon'", at: at(1, 28)))
    #expect(error("ECS_CONTAINER_STOP_TIMEOUT=30")?.message
      == "ECS_CONTAINER_STOP_TIMEOUT: expected a duration such as 30s, 2m or 1m30s, found '30' (a unit is required)")
    #expect(error("ECS_CONTAINER_STOP_TIMEOUT=2d") != nil)
  }

  @Test func durationsFollowGo() throws {
    #expect(try parse("ECS_CONTAINER_STOP_TIMEOUT=2m").config.containerStopTimeout == .minutes(2))
    #expect(try parse("ECS_CONTAINER_STOP_TIMEOUT=1.5s").config.containerStopTimeout == .ms(1500))
    #expect(try parse("ECS_CONTAINER_STOP_TIMEOUT=0.3s").config.containerStopTimeout == .ms(1000))
    #expect(try parse("ECS_IMAGE_PULL_TIMEOUT=0.3s").config.imagePullTimeout == .ms(300))
    #expect(try parse("ECS_IMAGE_PULL_TIMEOUT=1h2m3s4ms").config.imagePullTimeout == .ms(3_723_004))
  }

  @Test func durationsBelowTheMinimumAreRaised() throws {
    let (c, warnings) = try parse("ECS_CONTAINER_STOP_TIMEOUT=500ms\nECS_CONTAINER_START_TIMEOUT=10s")
    #expect(c.containerStopTimeout == .seconds(1))
    #expect(c.containerStartTimeout == .seconds(45))
    #expect(warnings == [
      LocatedError("ECS_CONTAINER_STOP_TIMEOUT: 500ms is below the minimum of 1s; the agent uses 1s", at: at(1, 28)),
      LocatedError("ECS_CONTAINER_START_TIMEOUT: 10s is below the minimum of 45s; the agent uses 45s", at: at(2, 29)),
    ])
    let cleanup = try parse("ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION=30s")
    #expect(cleanup.config.taskCleanupWaitDuration == .hours(3))
    #expect(cleanup.warnings.count == 1)
    let zero = try parse("ECS_CONTAINER_STOP_TIMEOUT=0")
    #expect(zero.config.containerStopTimeout == .seconds(30))
    #expect(zero.warnings.map(\.message) == ["ECS_CONTAINER_STOP_TIMEOUT: 0 means 'not set' to the agent, which uses its default 30s"])
  }

  @Test func booleansUseGoSpellings() throws {
    for yes in ["true", "True", "TRUE", "t", "T", "1"] {
      #expect(try parse("ECS_ENABLE_TASK_ENI=\(yes)").config.enableTaskENI, "\(yes)")
    }
    for no in ["false", "False", "FALSE", "f", "F", "0"] {
      #expect(try !parse("ECS_ENABLE_TASK_ENI=\(no)", ami: .ecsOptimized).config.enableTaskENI, "\(no)")
    }
  }

  @Test func unreadableBooleanUsesTheAgentDefaultWithAWarning() throws {
    let (c, warnings) = try parse("ECS_ENABLE_TASK_IAM_ROLE=yes", ami: .ecsOptimized)
    #expect(!c.enableTaskIAMRole)
    #expect(warnings == [LocatedError(
      "ECS_ENABLE_TASK_IAM_ROLE: 'yes' is not a boolean the agent reads (true or false); it uses its default, false",
      at: at(1, 26))])
  }

  @Test func unknownLoggingDriverStopsTheAgent() {
    #expect(error("ECS_AVAILABLE_LOGGING_DRIVERS=[\"json-file\",\"awslog\"]") == LocatedError(
      "ECS_AVAILABLE_LOGGING_DRIVERS: unknown logging driver 'awslog'; did you mean 'awslogs'?", at: at(1, 44)))
    #expect(error("ECS_AVAILABLE_LOGGING_DRIVERS=[\"json-file\", 3]") == LocatedError(
      "ECS_AVAILABLE_LOGGING_DRIVERS: expected a string in double quotes, found '3'", at: at(1, 45)))
  }

  // MARK: Capabilities

  @Test func bareAgentCapabilities() {
    let caps = AgentConfig(ami: .bareAgent).capabilityAttributes
    #expect(caps == caps.sorted())
    #expect(caps.count == 56)
    #expect(caps.first == "com.amazonaws.ecs.capability.docker-remote-api.1.17")
    #expect(caps.contains("com.amazonaws.ecs.capability.docker-remote-api.1.44"))
    #expect(!caps.contains("com.amazonaws.ecs.capability.docker-remote-api.1.45"))
    #expect(caps.contains("com.amazonaws.ecs.capability.logging-driver.json-file"))
    #expect(caps.contains("com.amazonaws.ecs.capability.logging-driver.none"))
    #expect(!caps.contains("com.amazonaws.ecs.capability.logging-driver.awslogs"))
    #expect(caps.contains("com.amazonaws.ecs.capability.privileged-container"))
    #expect(caps.contains("com.amazonaws.ecs.capability.ecr-auth"))
    #expect(caps.contains("ecs.capability.execution-role-ecr-pull"))
    #expect(caps.contains("ecs.capability.container-health-check"))
    #expect(caps.contains("ecs.capability.task-cpu-mem-limit"))
    #expect(caps.contains("ecs.capability.docker-plugin.local"))
    #expect(caps.contains("ecs.capability.secrets.asm.environment-variables"))
    #expect(!caps.contains("com.amazonaws.ecs.capability.task-iam-role"))
    #expect(!caps.contains("com.amazonaws.ecs.capability.task-iam-role-network-host"))
    #expect(!caps.contains("ecs.capability.task-eni"))
    #expect(!caps.contains("ecs.capability.execution-role-awslogs"))
    #expect(!caps.contains("ecs.capability.execute-command"))
  }

  @Test func ecsOptimizedCapabilities() {
    let caps = AgentConfig(ami: .ecsOptimized).capabilityAttributes
    #expect(caps.count == 67)
    for name in [
      "com.amazonaws.ecs.capability.logging-driver.awslogs", "com.amazonaws.ecs.capability.logging-driver.syslog",
      "com.amazonaws.ecs.capability.logging-driver.fluentd", "com.amazonaws.ecs.capability.task-iam-role",
      "com.amazonaws.ecs.capability.task-iam-role-network-host", "ecs.capability.task-eni",
      "ecs.capability.task-eni-trunking", "ecs.capability.execution-role-awslogs", "ecs.capability.efsAuth",
      "ecs.capability.execute-command", "ecs.capability.service-connect-v1",
    ] {
      #expect(caps.contains(name), "\(name)")
    }
  }

  @Test func capabilitiesFollowTheFlags() throws {
    let text = """
      ECS_DISABLE_PRIVILEGED=true
      ECS_DISABLE_DOCKER_HEALTH_CHECK=true
      ECS_ENABLE_TASK_CPU_MEM_LIMIT=false
      ECS_AWSVPC_BLOCK_IMDS=true
      ECS_SELINUX_CAPABLE=true
      """
    let caps = try parse(text, ami: .ecsOptimized).config.capabilityAttributes
    #expect(!caps.contains("com.amazonaws.ecs.capability.privileged-container"))
    #expect(!caps.contains("ecs.capability.container-health-check"))
    #expect(!caps.contains("ecs.capability.task-cpu-mem-limit"))
    #expect(caps.contains("ecs.capability.task-eni-block-instance-metadata"))
    #expect(caps.contains("com.amazonaws.ecs.capability.selinux"))
  }
}
