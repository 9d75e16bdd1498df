/// Which program started the ECS container agent, and so which defaults it runs with.
public enum AMIKind: String, Sendable, CaseIterable {
  /// The ECS-optimized AMI: ecs-init starts the agent with its own defaults (task IAM roles,
  /// task ENI, awslogs and more turned on).
  case ecsOptimized = "ecs-optimized"
  /// An agent installed and started by hand: the agent's bare defaults.
  case bareAgent = "bare-agent"
}

/// `ECS_IMAGE_PULL_BEHAVIOR`: what the agent does when it is about to pull an image.
public enum ImagePullBehavior: String, Sendable, CaseIterable {
  case `default`, always, once
  case preferCached = "prefer-cached"
}

/// The container agent's settings, as read from `/etc/ecs/ecs.config` on top of the defaults of
/// the AMI that started it.
///
/// `AgentConfig(ami:)` is what the agent runs with when ecs.config is empty: the agent's own
/// defaults (`agent/config/config_unix.go`), plus, on the ECS-optimized AMI, the variables
/// ecs-init passes to the agent container (`ecs-init/docker/docker.go` and `docker_config.go`):
///
///     ECS_ENABLE_TASK_IAM_ROLE=true                   ECS_ENABLE_TASK_ENI=true
///     ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST=true      ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true
///     ECS_AVAILABLE_LOGGING_DRIVERS=["json-file","syslog","awslogs","fluentd","none"]
///     ECS_UPDATES_ENABLED=true                        ECS_VOLUME_PLUGIN_CAPABILITIES=["efsAuth"]
///
/// A variable written in ecs.config replaces ecs-init's value. An empty or unreadable value
/// does not bring ecs-init's value back: the agent then falls to its *own* default (an
/// explicit `ECS_ENABLE_TASK_IAM_ROLE=` on the ECS-optimized AMI turns task roles off).
public struct AgentConfig: Sendable {
  public var ami: AMIKind
  public var cluster: String = "default"
  /// True when `ECS_CLUSTER` was written (an unset cluster may auto-create `default`).
  public var clusterGiven: Bool = false
  public var reservedPorts: [Int] = [22, 2375, 2376, 51678, 51679]
  public var reservedPortsUDP: [Int] = []
  public var reservedMemory: Int = 0
  /// Where `hostPort: 0` mappings are drawn from. The agent reads the kernel's
  /// `/proc/sys/net/ipv4/ip_local_port_range`, 32768–60999 on Amazon Linux whether or not
  /// ecs-init started it; only when that file cannot be read does it fall back to 49153–65535,
  /// which the simulator never models (the file is always readable).
  public var dynamicHostPortRange: ClosedRange<Int> = 32768...60999
  public var enableTaskIAMRole: Bool = false
  public var enableTaskIAMRoleNetworkHost: Bool = false
  public var enableTaskENI: Bool = false
  public var containerStopTimeout: SimTime = .seconds(30)
  public var instanceAttributes: [(name: String, value: String)] = []
  public var imagePullBehavior: ImagePullBehavior = .default
  public var availableLoggingDrivers: [String] = ["json-file", "none"]
  public var enableSpotInstanceDraining: Bool = false
  public var privilegedDisabled: Bool = false
  /// Every KEY=value line as written, in order (unknown keys included), with the value after
  /// surrounding quotes are removed. A repeated key appears once per line; the last one wins.
  public var variables: [(name: String, value: String)] = []

  /// `ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE`: awslogs may use the task execution role
  /// (advertised as `ecs.capability.execution-role-awslogs`).
  public var enableAWSLogsExecutionRoleOverride: Bool = false
  /// `ECS_ENABLE_TASK_CPU_MEM_LIMIT`: task-level `cpu`/`memory` are enforced (cgroups).
  public var enableTaskCPUMemLimit: Bool = true
  /// `ECS_DISABLE_DOCKER_HEALTH_CHECK`: hides `ecs.capability.container-health-check`.
  public var dockerHealthCheckDisabled: Bool = false
  /// `ECS_AWSVPC_BLOCK_IMDS`: awsvpc tasks cannot reach the instance metadata service.
  public var awsvpcBlockIMDS: Bool = false
  /// `ECS_ENABLE_HIGH_DENSITY_ENI`: ENI trunking is advertised when task ENIs are enabled.
  public var enableHighDensityENI: Bool = true
  public var selinuxCapable: Bool = false
  public var apparmorCapable: Bool = false
  /// `ECS_UPDATES_ENABLED`: the agent accepts UpdateContainerAgent.
  public var updatesEnabled: Bool = false
  /// `ECS_WARM_POOLS_CHECK`: the agent does not register while its instance is in a warm pool.
  public var warmPoolsCheck: Bool = false
  public var containerMetadataEnabled: Bool = false
  /// `ECS_ENABLE_PROMETHEUS_METRICS`: also reserves the agent's metrics port 51680.
  public var prometheusMetricsEnabled: Bool = false
  /// `ECS_VOLUME_PLUGIN_CAPABILITIES` (ecs-init sets `["efsAuth"]`).
  public var volumePluginCapabilities: [String] = []
  /// `ECS_CONTAINER_START_TIMEOUT` (minimum 45s).
  public var containerStartTimeout: SimTime = .minutes(3)
  /// `ECS_CONTAINER_CREATE_TIMEOUT` (minimum 1m).
  public var containerCreateTimeout: SimTime = .minutes(4)
  /// `ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION`: how long stopped tasks stay describable on the
  /// instance before their containers are removed.
  public var taskCleanupWaitDuration: SimTime = .hours(3)
  /// `ECS_IMAGE_PULL_TIMEOUT`.
  public var imagePullTimeout: SimTime = .hours(2)

  public init(ami: AMIKind) {
    self.ami = ami
    if ami == .ecsOptimized {
      enableTaskIAMRole = true
      enableTaskIAMRoleNetworkHost = true
      enableTaskENI = true
      enableAWSLogsExecutionRoleOverride = true
      availableLoggingDrivers = ["json-file", "syslog", "awslogs", "fluentd", "none"]
      updatesEnabled = true
      volumePluginCapabilities = ["efsAuth"]
    }
  }

  /// Parses ecs.config text. Malformed lines are errors (with their line number); unknown
  /// variables are kept and reported as warnings.
  ///
  /// Format: one `KEY=value` per line; blank lines and lines starting with `#` are skipped;
  /// spaces around the line are ignored, spaces around `=` are an error (the key would contain
  /// them). Choices, where the real agent is more forgiving or less helpful:
  /// - A value the agent cannot read (`ECS_RESERVED_MEMORY=lots`, a port range `200-100`, bad
  ///   JSON, an unknown pull behaviour or logging driver, a duration without unit) is an
  ///   error. The agent itself refuses to start only for bad `ECS_INSTANCE_ATTRIBUTES` and
  ///   unknown logging drivers; for the rest it logs a warning and quietly uses its default,
  ///   which is exactly the kind of silent misconfiguration a teaching tool should stop. [SIM]
  /// - A boolean that is not one of Go's spellings (`true`, `True`, `TRUE`, `t`, `T`, `1` and
  ///   the `false` equivalents) is a *warning*, and the agent's own default applies — that is
  ///   what the agent does, and `ECS_ENABLE_TASK_IAM_ROLE=yes` silently meaning "off" is a
  ///   lesson worth keeping.
  /// - `export KEY=value` is a warning and the line is ignored: ecs-init splits each line at
  ///   the first `=` without shell parsing, so the agent would see a variable named
  ///   `export KEY` and never `KEY`. [SIM: `docker run --env-file` rejects the line instead]
  /// - Matching quotes around a value are removed, with a warning: neither ecs-init nor
  ///   `docker --env-file` removes them, so the real agent would read them as part of the
  ///   value. [SIM]
  /// - Durations follow Go's `time.ParseDuration` (`30s`, `2m`, `1m30s`, `1.5h`, `500ms`), cut
  ///   to whole milliseconds. Values below the agent's minimum are raised to it, with a warning.
  /// - A repeated variable: the last line wins (as in ecs-init), with a warning.
  /// - `ECS_RESERVED_PORTS` plus `ECS_RESERVED_PORTS_UDP` may hold at most 100 distinct ports
  ///   together (the instance-wide limit of 100 reserved ports, defaults included). Whether
  ///   ECS counts TCP and UDP together is unconfirmed; together is the stricter reading. [U]
  /// - An empty JSON list (`ECS_RESERVED_PORTS=[]`) or an empty value means "not set" to the
  ///   agent, which then uses its own default — a warning says so.
  public static func parse(_ text: String, ami: AMIKind) throws(LocatedError) -> (config: AgentConfig, warnings: [LocatedError]) {
    var reader = ECSConfigReader(ami: ami)
    try reader.read(text)
    return (reader.config, reader.warnings)
  }

  /// Capability attributes the agent advertises with these settings (`com.amazonaws.ecs.capability.*`,
  /// `ecs.capability.*`), sorted by name.
  ///
  /// The subset of `agent/app/agent_capability.go` (and `_unix.go`) that a Linux EC2 instance
  /// with a current Docker (remote API 1.17 to 1.44) advertises, name-only attributes only
  /// (valued ones such as `ecs.capability.cni-plugin-version` are left out). Gated on the
  /// settings: logging drivers, task IAM role flags, privileged containers, task ENI (and with
  /// it ENI trunking and IMDS blocking), task CPU/memory limits, the awslogs execution-role
  /// override, Docker health checks, SELinux/AppArmor and volume plugin capabilities.
  /// `ecs.capability.execute-command` and `ecs.capability.service-connect-v1` need files the
  /// ECS-optimized AMI ships (the SSM agent binaries and the Service Connect agent image), so
  /// only that AMI advertises them. [U] GPU, Elastic Inference, gMSA, FSx and EBS task
  /// attachment are not modelled.
  public var capabilityAttributes: [String] {
    let legacy = "com.amazonaws.ecs.capability."
    let modern = "ecs.capability."
    var names: [String] = []
    for minor in 17...44 { names.append(legacy + "docker-remote-api.1.\(minor)") }
    for driver in availableLoggingDrivers { names.append(legacy + "logging-driver." + driver) }
    names.append(legacy + "logging-driver.awsfirelens")
    names.append(legacy + "ecr-auth")
    if !privilegedDisabled { names.append(legacy + "privileged-container") }
    if enableTaskIAMRole { names.append(legacy + "task-iam-role") }
    if enableTaskIAMRoleNetworkHost { names.append(legacy + "task-iam-role-network-host") }
    if selinuxCapable { names.append(legacy + "selinux") }
    if apparmorCapable { names.append(legacy + "apparmor") }
    for suffix in [
      "private-registry-authentication.secretsmanager", "secrets.ssm.environment-variables",
      "secrets.ssm.bootstrap.log-driver", "secrets.asm.environment-variables",
      "secrets.asm.bootstrap.log-driver", "ecr-endpoint", "container-ordering", "full-sync",
      "env-files.s3", "network.container-port-range", "container-restart-policy",
      "execution-role-ecr-pull", "docker-plugin.local", "pid-ipc-namespace-sharing", "aws-appmesh",
      "firelens.fluentd", "firelens.fluentbit", "firelens.options.config.file",
      "firelens.options.config.s3", "efs",
    ] {
      names.append(modern + suffix)
    }
    if !dockerHealthCheckDisabled { names.append(modern + "container-health-check") }
    if enableTaskCPUMemLimit {
      names.append(modern + "task-cpu-mem-limit")
      names.append(modern + "increased-task-cpu-limit")
    }
    if enableAWSLogsExecutionRoleOverride { names.append(modern + "execution-role-awslogs") }
    if enableTaskENI {
      names.append(modern + "task-eni")
      if awsvpcBlockIMDS { names.append(modern + "task-eni-block-instance-metadata") }
      if enableHighDensityENI { names.append(modern + "task-eni-trunking") }
    }
    for plugin in volumePluginCapabilities { names.append(modern + plugin) }
    if ami == .ecsOptimized {
      names.append(modern + "execute-command")
      names.append(modern + "service-connect-v1")
    }
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }.sorted()
  }

  /// Every variable the agent (or ecs-init) reads, from the agent README's tables: anything
  /// else in ecs.config is reported as unknown, with the closest of these as a suggestion.
  public static let knownVariables: [String] = [
    "ECS_CLUSTER", "ECS_RESERVED_PORTS", "ECS_RESERVED_PORTS_UDP", "ECS_ENGINE_AUTH_TYPE",
    "ECS_ENGINE_AUTH_DATA", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN", "DOCKER_HOST", "ECS_LOGLEVEL", "ECS_LOGLEVEL_ON_INSTANCE", "ECS_LOGFILE",
    "ECS_CHECKPOINT", "ECS_DATADIR", "ECS_UPDATES_ENABLED", "ECS_UPDATE_DOWNLOAD_DIR",
    "ECS_DISABLE_METRICS", "ECS_POLL_METRICS", "ECS_POLLING_METRICS_WAIT_DURATION",
    "ECS_PULL_DEPENDENT_CONTAINERS_UPFRONT", "ECS_RESERVED_MEMORY", "ECS_AVAILABLE_LOGGING_DRIVERS",
    "ECS_DISABLE_PRIVILEGED", "ECS_SELINUX_CAPABLE", "ECS_APPARMOR_CAPABLE",
    "ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION", "ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION_JITTER",
    "ECS_CONTAINER_STOP_TIMEOUT", "ECS_CONTAINER_START_TIMEOUT", "ECS_CONTAINER_CREATE_TIMEOUT",
    "ECS_ENABLE_TASK_IAM_ROLE", "ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST", "ECS_DISABLE_IMAGE_CLEANUP",
    "ECS_IMAGE_CLEANUP_INTERVAL", "ECS_IMAGE_MINIMUM_CLEANUP_AGE", "NON_ECS_IMAGE_MINIMUM_CLEANUP_AGE",
    "ECS_NUM_IMAGES_DELETE_PER_CYCLE", "ECS_IMAGE_PULL_BEHAVIOR", "ECS_IMAGE_PULL_INACTIVITY_TIMEOUT",
    "ECS_IMAGE_PULL_TIMEOUT", "ECS_INSTANCE_ATTRIBUTES", "ECS_ENABLE_TASK_ENI",
    "ECS_ENABLE_HIGH_DENSITY_ENI", "ECS_CNI_PLUGINS_PATH", "ECS_AWSVPC_BLOCK_IMDS",
    "ECS_AWSVPC_ADDITIONAL_LOCAL_ROUTES", "ECS_ENABLE_CONTAINER_METADATA", "ECS_HOST_DATA_DIR",
    "ECS_ENABLE_TASK_CPU_MEM_LIMIT", "ECS_CGROUP_PATH", "ECS_CGROUP_CPU_PERIOD",
    "ECS_AGENT_HEALTHCHECK_HOST", "ECS_ENABLE_CPU_UNBOUNDED_WINDOWS_WORKAROUND",
    "ECS_ENABLE_MEMORY_UNBOUNDED_WINDOWS_WORKAROUND", "ECS_TASK_METADATA_RPS_LIMIT",
    "ECS_SHARED_VOLUME_MATCH_FULL_CONFIG", "ECS_CONTAINER_INSTANCE_PROPAGATE_TAGS_FROM",
    "ECS_CONTAINER_INSTANCE_TAGS", "ECS_ENABLE_UNTRACKED_IMAGE_CLEANUP", "ECS_EXCLUDE_UNTRACKED_IMAGE",
    "ECS_DISABLE_DOCKER_HEALTH_CHECK", "ECS_NVIDIA_RUNTIME", "ECS_ALTERNATE_CREDENTIAL_PROFILE",
    "ECS_ENABLE_SPOT_INSTANCE_DRAINING", "ECS_LOG_ROLLOVER_TYPE", "ECS_LOG_OUTPUT_FORMAT",
    "ECS_LOG_MAX_FILE_SIZE_MB", "ECS_LOG_MAX_ROLL_COUNT", "ECS_LOG_DRIVER", "ECS_LOG_OPTS",
    "ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE", "ECS_FSX_WINDOWS_FILE_SERVER_SUPPORTED",
    "ECS_ENABLE_RUNTIME_STATS", "ECS_EXCLUDE_IPV6_PORTBINDING", "ECS_WARM_POOLS_CHECK",
    "ECS_SKIP_LOCALHOST_TRAFFIC_FILTER", "ECS_ALLOW_OFFHOST_INTROSPECTION_ACCESS",
    "ECS_OFFHOST_INTROSPECTION_INTERFACE_NAME", "ECS_ENABLE_GPU_SUPPORT", "HTTP_PROXY", "NO_PROXY",
    "ECS_GMSA_SUPPORTED", "CREDENTIALS_FETCHER_HOST", "CREDENTIALS_FETCHER_SECRET_NAME_FOR_DOMAINLESS_GMSA",
    "ECS_DYNAMIC_HOST_PORT_RANGE", "ECS_TASK_PIDS_LIMIT", "ECS_AGENT_LABELS", "ECS_AGENT_CONFIG_FILE_PATH",
    "ECS_BACKEND_HOST", "ECS_AUDIT_LOGFILE", "ECS_AUDIT_LOGFILE_DISABLED", "ECS_ENABLE_PROMETHEUS_METRICS",
    "ECS_VOLUME_PLUGIN_CAPABILITIES", "ECS_EBSTA_SUPPORTED", "ECS_AGENT_APPARMOR_PROFILE", "SSL_CERT_DIR",
  ]

  /// Logging drivers the agent accepts in `ECS_AVAILABLE_LOGGING_DRIVERS`
  /// (`dockerclient.LoggingDriverMinimumVersion`); any other name stops the agent.
  public static let knownLoggingDrivers: [String] = [
    "json-file", "syslog", "journald", "gelf", "fluentd", "awslogs", "splunk", "logentries",
    "sumologic", "none",
  ]

  /// At most this many ports may be reserved on one container instance, defaults included.
  public static let maximumReservedPorts = 100
}

/// One pass over ecs.config text, applying each line to a config seeded with the AMI defaults.
private struct ECSConfigReader {
  var config: AgentConfig
  var warnings: [LocatedError] = []
  /// The agent's own defaults: what an empty or unreadable value falls back to.
  let bare = AgentConfig(ami: .bareAgent)
  var lineOfVariable: [String: Int] = [:]

  init(ami: AMIKind) { config = AgentConfig(ami: ami) }

  /// A `KEY=value` line as found: where the value starts, for error columns.
  struct Setting {
    var name: String
    var value: String
    var line: Int
    var valueColumn: Int
    var location: SourceLocation { SourceLocation(line: line, column: valueColumn) }
    /// Maps a location inside the value (a JSON value parsed on its own) into the file.
    func inFile(_ inner: SourceLocation?) -> SourceLocation {
      guard let inner else { return location }
      return SourceLocation(line: line, column: valueColumn + inner.column - 1)
    }
  }

  mutating func read(_ text: String) throws(LocatedError) {
    var lineNumber = 0
    for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var scalars = Array(rawLine)
      if scalars.last == "\r" { scalars.removeLast() }
      try readLine(scalars, number: lineNumber)
    }
    try checkReservedPortLimit()
  }

  mutating func readLine(_ scalars: [Unicode.Scalar], number: Int) throws(LocatedError) {
    var start = 0
    var end = scalars.count
    while start < end && isSpace(scalars[start]) { start += 1 }
    while end > start && isSpace(scalars[end - 1]) { end -= 1 }
    if start == end || scalars[start] == "#" { return }
    let text = string(scalars[start..<end])

    if text.hasPrefix("export ") || text.hasPrefix("export\t") {
      warnings.append(LocatedError(
        "ecs.config is not a shell script: 'export' is not removed, so the agent would see a variable named '\(text.split(separator: "=").first ?? "")' and this line has no effect; write it without 'export'",
        at: SourceLocation(line: number, column: start + 1)))
      return
    }

    guard let equals = scalars[start..<end].firstIndex(of: "=") else {
      throw LocatedError("expected KEY=value, found '\(text)'", at: SourceLocation(line: number, column: start + 1))
    }
    if equals == start {
      throw LocatedError("missing variable name before '='", at: SourceLocation(line: number, column: start + 1))
    }
    let name = string(scalars[start..<equals])
    for i in start..<equals where !isNameScalar(scalars[i]) {
      let column = i + 1
      if isSpace(scalars[i]) {
        throw LocatedError("space in variable name '\(name)'; write KEY=value without spaces around '='",
                           at: SourceLocation(line: number, column: column))
      }
      var message = "invalid variable name '\(name)': names use upper-case letters, digits and '_'"
      if let guess = closestMatch(name.uppercased(), in: AgentConfig.knownVariables) { message += "; did you mean '\(guess)'?" }
      throw LocatedError(message, at: SourceLocation(line: number, column: column))
    }

    var valueStart = equals + 1
    var valueEnd = end
    while valueStart < valueEnd && isSpace(scalars[valueStart]) { valueStart += 1 }
    if valueEnd - valueStart >= 2, scalars[valueStart] == "\"" || scalars[valueStart] == "'",
      scalars[valueEnd - 1] == scalars[valueStart]
    {
      warnings.append(LocatedError(
        "\(name): the quotes around the value are kept by ecs-init and docker --env-file, so the agent would read them as part of the value; the simulator removes them",
        at: SourceLocation(line: number, column: valueStart + 1)))
      valueStart += 1
      valueEnd -= 1
    }
    let setting = Setting(name: name, value: string(scalars[valueStart..<valueEnd]), line: number,
                          valueColumn: valueStart + 1)
    config.variables.append((name: name, value: setting.value))

    if let previous = lineOfVariable[name] {
      warnings.append(LocatedError("\(name) is already set on line \(previous); this later line wins",
                                   at: SourceLocation(line: number, column: start + 1)))
    }
    lineOfVariable[name] = number

    guard AgentConfig.knownVariables.contains(name) else {
      var message = "unknown variable '\(name)' (the agent ignores it)"
      if let guess = closestMatch(name, in: AgentConfig.knownVariables) { message += "; did you mean '\(guess)'?" }
      warnings.append(LocatedError(message, at: SourceLocation(line: number, column: start + 1)))
      return
    }
    try apply(setting)
  }

  // MARK: Applying one variable

  mutating func apply(_ s: Setting) throws(LocatedError) {
    if s.value.isEmpty {
      warnings.append(LocatedError(
        "\(s.name) is empty: the agent treats an empty value as unset and uses its own default",
        at: s.location))
    }
    switch s.name {
    case "ECS_CLUSTER":
      config.cluster = s.value.isEmpty ? bare.cluster : s.value
      config.clusterGiven = !s.value.isEmpty
    case "ECS_RESERVED_PORTS":
      config.reservedPorts = try ports(s) ?? bare.reservedPorts
    case "ECS_RESERVED_PORTS_UDP":
      config.reservedPortsUDP = try ports(s) ?? bare.reservedPortsUDP
    case "ECS_RESERVED_MEMORY":
      if s.value.isEmpty { config.reservedMemory = bare.reservedMemory; break }
      guard let v = Int(s.value), v >= 0, v <= 65535 else {
        throw LocatedError("ECS_RESERVED_MEMORY: expected a whole number of MiB from 0 to 65535, found '\(s.value)'", at: s.location)
      }
      config.reservedMemory = v
    case "ECS_DYNAMIC_HOST_PORT_RANGE":
      config.dynamicHostPortRange = s.value.isEmpty ? bare.dynamicHostPortRange : try portRange(s)
    case "ECS_ENABLE_TASK_IAM_ROLE": config.enableTaskIAMRole = bool(s, default: bare.enableTaskIAMRole)
    case "ECS_ENABLE_TASK_IAM_ROLE_NETWORK_HOST":
      config.enableTaskIAMRoleNetworkHost = bool(s, default: bare.enableTaskIAMRoleNetworkHost)
    case "ECS_ENABLE_TASK_ENI": config.enableTaskENI = bool(s, default: bare.enableTaskENI)
    case "ECS_ENABLE_SPOT_INSTANCE_DRAINING":
      config.enableSpotInstanceDraining = bool(s, default: bare.enableSpotInstanceDraining)
    case "ECS_DISABLE_PRIVILEGED": config.privilegedDisabled = bool(s, default: bare.privilegedDisabled)
    case "ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE":
      config.enableAWSLogsExecutionRoleOverride = bool(s, default: bare.enableAWSLogsExecutionRoleOverride)
    case "ECS_ENABLE_TASK_CPU_MEM_LIMIT": config.enableTaskCPUMemLimit = bool(s, default: bare.enableTaskCPUMemLimit)
    case "ECS_DISABLE_DOCKER_HEALTH_CHECK":
      config.dockerHealthCheckDisabled = bool(s, default: bare.dockerHealthCheckDisabled)
    case "ECS_AWSVPC_BLOCK_IMDS": config.awsvpcBlockIMDS = bool(s, default: bare.awsvpcBlockIMDS)
    case "ECS_ENABLE_HIGH_DENSITY_ENI": config.enableHighDensityENI = bool(s, default: bare.enableHighDensityENI)
    case "ECS_SELINUX_CAPABLE": config.selinuxCapable = bool(s, default: bare.selinuxCapable)
    case "ECS_APPARMOR_CAPABLE": config.apparmorCapable = bool(s, default: bare.apparmorCapable)
    case "ECS_UPDATES_ENABLED": config.updatesEnabled = bool(s, default: bare.updatesEnabled)
    case "ECS_WARM_POOLS_CHECK": config.warmPoolsCheck = bool(s, default: bare.warmPoolsCheck)
    case "ECS_ENABLE_CONTAINER_METADATA":
      config.containerMetadataEnabled = bool(s, default: bare.containerMetadataEnabled)
    case "ECS_ENABLE_PROMETHEUS_METRICS":
      config.prometheusMetricsEnabled = bool(s, default: bare.prometheusMetricsEnabled)
    case "ECS_CONTAINER_STOP_TIMEOUT":
      config.containerStopTimeout = try duration(s, default: bare.containerStopTimeout, minimum: .seconds(1))
    case "ECS_CONTAINER_START_TIMEOUT":
      config.containerStartTimeout = try duration(s, default: bare.containerStartTimeout, minimum: .seconds(45))
    case "ECS_CONTAINER_CREATE_TIMEOUT":
      config.containerCreateTimeout = try duration(s, default: bare.containerCreateTimeout, minimum: .minutes(1))
    case "ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION":
      // Below one minute the agent discards the value and uses its default (not the minimum).
      let d = try duration(s, default: bare.taskCleanupWaitDuration, minimum: nil)
      if d < .minutes(1) {
        warnings.append(LocatedError(
          "ECS_ENGINE_TASK_CLEANUP_WAIT_DURATION: \(d) is below the minimum of 1m; the agent uses its default 3h instead",
          at: s.location))
        config.taskCleanupWaitDuration = bare.taskCleanupWaitDuration
      } else {
        config.taskCleanupWaitDuration = d
      }
    case "ECS_IMAGE_PULL_TIMEOUT":
      config.imagePullTimeout = try duration(s, default: bare.imagePullTimeout, minimum: nil)
    case "ECS_IMAGE_PULL_BEHAVIOR":
      if s.value.isEmpty { config.imagePullBehavior = bare.imagePullBehavior; break }
      guard let behavior = ImagePullBehavior(rawValue: s.value) else {
        let choices = ImagePullBehavior.allCases.map(\.rawValue)
        var message = "ECS_IMAGE_PULL_BEHAVIOR: expected one of \(choices.joined(separator: ", ")), found '\(s.value)'"
        if let guess = closestMatch(s.value, in: choices) { message += "; did you mean '\(guess)'?" }
        throw LocatedError(message, at: s.location)
      }
      config.imagePullBehavior = behavior
    case "ECS_INSTANCE_ATTRIBUTES":
      config.instanceAttributes = try attributes(s)
    case "ECS_AVAILABLE_LOGGING_DRIVERS":
      config.availableLoggingDrivers = try loggingDrivers(s)
    case "ECS_VOLUME_PLUGIN_CAPABILITIES":
      config.volumePluginCapabilities = try stringList(s, example: "[\"efsAuth\"]")?.map(\.text) ?? bare.volumePluginCapabilities
    default:
      break  // Known to the agent but without effect in the simulation.
    }
  }

  // MARK: Typed values

  /// Go's `strconv.ParseBool` spellings; anything else falls back to the agent's default.
  mutating func bool(_ s: Setting, default fallback: Bool) -> Bool {
    switch s.value {
    case "1", "t", "T", "TRUE", "true", "True": return true
    case "0", "f", "F", "FALSE", "false", "False": return false
    case "": return fallback
    default:
      warnings.append(LocatedError(
        "\(s.name): '\(s.value)' is not a boolean the agent reads (true or false); it uses its default, \(fallback)",
        at: s.location))
      return fallback
    }
  }

  mutating func json(_ s: Setting, expected: String) throws(LocatedError) -> Node {
    do {
      return try JSONParser.parse(s.value)
    } catch {
      throw LocatedError("\(s.name): expected \(expected), but the value is not valid JSON: \(error.message)",
                         at: s.inFile(error.location))
    }
  }

  /// A JSON array of port numbers; nil (after a warning) for an empty list, which the agent
  /// treats as unset.
  mutating func ports(_ s: Setting) throws(LocatedError) -> [Int]? {
    if s.value.isEmpty { return nil }
    let expected = "a JSON array of port numbers such as [22, 2375, 2376, 51678, 51679]"
    let node = try json(s, expected: expected)
    guard case .sequence(let items) = node.kind else {
      throw LocatedError("\(s.name): expected \(expected), found \(node.kindName)", at: s.inFile(node.location))
    }
    var result: [Int] = []
    for item in items {
      guard case .scalar(let text, quoted: false) = item.kind, let port = Int(text), port >= 0, port <= 65535 else {
        throw LocatedError("\(s.name): expected a port number from 0 to 65535, found \(item.describeForError)",
                           at: s.inFile(item.location))
      }
      result.append(port)
    }
    if result.isEmpty {
      warnings.append(LocatedError("\(s.name)=[] means 'not set' to the agent, which keeps its default list",
                                   at: s.location))
      return nil
    }
    return result
  }

  /// `lo-hi`, both within 1–65535 and lo ≤ hi.
  func portRange(_ s: Setting) throws(LocatedError) -> ClosedRange<Int> {
    let parts = s.value.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let lo = Int(parts[0]), let hi = Int(parts[1]) else {
      throw LocatedError("ECS_DYNAMIC_HOST_PORT_RANGE: expected a range 'start-end' such as 49153-65535, found '\(s.value)'",
                         at: s.location)
    }
    guard lo >= 1, hi <= 65535 else {
      throw LocatedError("ECS_DYNAMIC_HOST_PORT_RANGE: ports must be from 1 to 65535, found '\(s.value)'", at: s.location)
    }
    guard lo <= hi else {
      throw LocatedError("ECS_DYNAMIC_HOST_PORT_RANGE: the start \(lo) is above the end \(hi)", at: s.location)
    }
    return lo...hi
  }

  mutating func duration(_ s: Setting, default fallback: SimTime, minimum: SimTime?) throws(LocatedError) -> SimTime {
    if s.value.isEmpty { return fallback }
    guard let ms = goDurationMilliseconds(s.value) else {
      var message = "\(s.name): expected a duration such as 30s, 2m or 1m30s, found '\(s.value)'"
      if Int(s.value) != nil { message += " (a unit is required)" }
      throw LocatedError(message, at: s.location)
    }
    let d = SimTime(milliseconds: ms)
    if ms == 0 {
      warnings.append(LocatedError("\(s.name): 0 means 'not set' to the agent, which uses its default \(fallback)",
                                   at: s.location))
      return fallback
    }
    if let minimum, d < minimum {
      warnings.append(LocatedError("\(s.name): \(s.value) is below the minimum of \(minimum); the agent uses \(minimum)",
                                   at: s.location))
      return minimum
    }
    return d
  }

  /// A JSON object of string values, in the order written (a repeated key keeps its first
  /// position and its last value, as Go's map decoding ends up with). Names and values must
  /// fit ECS attribute rules, or registration would be refused.
  mutating func attributes(_ s: Setting) throws(LocatedError) -> [(name: String, value: String)] {
    if s.value.isEmpty { return [] }
    let expected = "a JSON object of strings such as {\"stack\": \"prod\"}"
    let node = try json(s, expected: expected)
    guard case .mapping(let pairs) = node.kind else {
      throw LocatedError("ECS_INSTANCE_ATTRIBUTES: expected \(expected), found \(node.kindName)", at: s.inFile(node.location))
    }
    var result: [(name: String, value: String)] = []
    for (key, value) in pairs {
      let name = key.scalar ?? ""
      guard case .scalar(let text, quoted: true) = value.kind else {
        throw LocatedError("ECS_INSTANCE_ATTRIBUTES: the value of '\(name)' must be a string, found \(value.describeForError)",
                           at: s.inFile(value.location))
      }
      guard !name.isEmpty, name.unicodeScalars.count <= 128, name.unicodeScalars.allSatisfy(isAttributeNameScalar) else {
        throw LocatedError(
          "ECS_INSTANCE_ATTRIBUTES: attribute name '\(name)' must be 1 to 128 letters, digits, '-', '_', '.', '/' or '\\'",
          at: s.inFile(key.location))
      }
      guard text.unicodeScalars.count <= 128, text.unicodeScalars.allSatisfy(isAttributeValueScalar) else {
        throw LocatedError(
          "ECS_INSTANCE_ATTRIBUTES: the value of '\(name)' must be up to 128 letters, digits, spaces, '-', '_', '.', '@', '/', '\\' or ':'",
          at: s.inFile(value.location))
      }
      if let i = result.firstIndex(where: { $0.name == name }) { result[i].value = text } else {
        result.append((name: name, value: text))
      }
    }
    return result
  }

  /// A JSON array of strings, each with where it was written; nil (after a warning) for an
  /// empty list, which the agent treats as unset.
  mutating func stringList(_ s: Setting, example: String) throws(LocatedError) -> [(text: String, location: SourceLocation)]? {
    if s.value.isEmpty { return nil }
    let expected = "a JSON array of strings such as \(example)"
    let node = try json(s, expected: expected)
    guard case .sequence(let items) = node.kind else {
      throw LocatedError("\(s.name): expected \(expected), found \(node.kindName)", at: s.inFile(node.location))
    }
    var result: [(text: String, location: SourceLocation)] = []
    for item in items {
      guard case .scalar(let text, quoted: true) = item.kind else {
        throw LocatedError("\(s.name): expected a string in double quotes, found \(item.describeForError)",
                           at: s.inFile(item.location))
      }
      result.append((text: text, location: s.inFile(item.location)))
    }
    if result.isEmpty {
      warnings.append(LocatedError("\(s.name)=[] means 'not set' to the agent, which uses its own default",
                                   at: s.location))
      return nil
    }
    return result
  }

  /// The agent refuses to start when a driver is not one it knows.
  mutating func loggingDrivers(_ s: Setting) throws(LocatedError) -> [String] {
    guard let drivers = try stringList(s, example: "[\"json-file\",\"awslogs\"]") else { return bare.availableLoggingDrivers }
    for driver in drivers where !AgentConfig.knownLoggingDrivers.contains(driver.text) {
      var message = "ECS_AVAILABLE_LOGGING_DRIVERS: unknown logging driver '\(driver.text)'"
      if let guess = closestMatch(driver.text, in: AgentConfig.knownLoggingDrivers) { message += "; did you mean '\(guess)'?" }
      else { message += "; expected one of \(AgentConfig.knownLoggingDrivers.joined(separator: ", "))" }
      throw LocatedError(message, at: driver.location)
    }
    return drivers.map(\.text)
  }

  /// The 100-port limit covers TCP and UDP reservations together (and 51680 when Prometheus
  /// metrics are on, which the agent adds itself).
  mutating func checkReservedPortLimit() throws(LocatedError) {
    if config.prometheusMetricsEnabled && !config.reservedPorts.contains(51680) {
      config.reservedPorts.append(51680)
    }
    let tcp = Set(config.reservedPorts).count
    let udp = Set(config.reservedPortsUDP).count
    guard tcp + udp > AgentConfig.maximumReservedPorts else { return }
    let line = max(lineOfVariable["ECS_RESERVED_PORTS"] ?? 0, lineOfVariable["ECS_RESERVED_PORTS_UDP"] ?? 0)
    throw LocatedError(
      "ECS_RESERVED_PORTS and ECS_RESERVED_PORTS_UDP reserve \(tcp + udp) ports (\(tcp) TCP, \(udp) UDP); a container instance can hold at most \(AgentConfig.maximumReservedPorts) reserved ports",
      at: SourceLocation(line: max(line, 1), column: 1))
  }

  // MARK: Characters

  func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

  func isNameScalar(_ c: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_"
  }

  func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var s = ""
    s.unicodeScalars.append(contentsOf: scalars)
    return s
  }
}

private func isAttributeNameScalar(_ c: Unicode.Scalar) -> Bool {
  ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    || c == "-" || c == "_" || c == "." || c == "/" || c == "\\"
}

private func isAttributeValueScalar(_ c: Unicode.Scalar) -> Bool {
  isAttributeNameScalar(c) || c == "@" || c == ":" || c == " "
}

/// Go's `time.ParseDuration`, in whole milliseconds (sub-millisecond parts are cut): a signed
/// sequence of decimal numbers, each with a unit `ns`, `us`/`µs`, `ms`, `s`, `m` or `h`; a lone
/// `0` needs no unit. Nil for anything else, including a bare number like `30`.
func goDurationMilliseconds(_ text: String) -> Int64? {
  var chars = Array(text.unicodeScalars)
  var negative = false
  if let first = chars.first, first == "-" || first == "+" {
    negative = first == "-"
    chars.removeFirst()
  }
  if chars == ["0"] { return 0 }
  if chars.isEmpty { return nil }
  var totalNanos: Int64 = 0
  var i = 0
  while i < chars.count {
    var whole: Int64 = 0
    var fraction: Int64 = 0
    var fractionScale: Int64 = 1
    var sawDigit = false
    while i < chars.count, ("0"..."9").contains(chars[i]) {
      let (m, o1) = whole.multipliedReportingOverflow(by: 10)
      let (a, o2) = m.addingReportingOverflow(Int64(chars[i].value - 48))
      if o1 || o2 { return nil }
      whole = a
      sawDigit = true
      i += 1
    }
    if i < chars.count, chars[i] == "." {
      i += 1
      while i < chars.count, ("0"..."9").contains(chars[i]) {
        if fractionScale < 1_000_000_000_000_000 {
          fraction = fraction * 10 + Int64(chars[i].value - 48)
          fractionScale *= 10
        }
        sawDigit = true
        i += 1
      }
    }
    guard sawDigit else { return nil }
    var unit = ""
    while i < chars.count, !("0"..."9").contains(chars[i]), chars[i] != "." {
      unit.unicodeScalars.append(chars[i])
      i += 1
    }
    let nanosPerUnit: Int64
    switch unit {
    case "ns": nanosPerUnit = 1
    case "us", "\u{B5}s", "\u{3BC}s": nanosPerUnit = 1_000
    case "ms": nanosPerUnit = 1_000_000
    case "s": nanosPerUnit = 1_000_000_000
    case "m": nanosPerUnit = 60_000_000_000
    case "h": nanosPerUnit = 3_600_000_000_000
    default: return nil
    }
    let (w, o1) = whole.multipliedReportingOverflow(by: nanosPerUnit)
    // fraction < fractionScale, so fraction × unit / scale < unit: compute it in 128 bits.
    let fractionNanos = fractionScale.dividingFullWidth(fraction.multipliedFullWidth(by: nanosPerUnit)).quotient
    let (sum, o2) = totalNanos.addingReportingOverflow(w)
    let (sum2, o3) = sum.addingReportingOverflow(fractionNanos)
    if o1 || o2 || o3 { return nil }
    totalNanos = sum2
  }
  let ms = totalNanos / 1_000_000
  return negative ? -ms : ms
}
