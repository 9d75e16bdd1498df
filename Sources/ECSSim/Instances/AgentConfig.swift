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
