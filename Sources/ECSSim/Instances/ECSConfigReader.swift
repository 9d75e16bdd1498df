/// One pass over ecs.config text, applying each line to a config seeded with the AMI defaults.
struct ECSConfigReader {
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

func isAttributeNameScalar(_ c: Unicode.Scalar) -> Bool {
  ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
    || c == "-" || c == "_" || c == "." || c == "/" || c == "\\"
}

func isAttributeValueScalar(_ c: Unicode.Scalar) -> Bool {
  isAttributeNameScalar(c) || c == "@" || c == ":" || c == " "
}
