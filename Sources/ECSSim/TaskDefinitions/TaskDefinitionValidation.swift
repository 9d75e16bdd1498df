/// RegisterTaskDefinition's validation and the revision it builds.
///
/// Messages are ECS's own where a real response has been seen (marked [C] in the comments:
/// AWS documentation, API responses quoted in public issues, or moto); the others follow the
/// wording ECS uses for its neighbours and are marked [U]. The order of the checks is a
/// choice ([U]): the definition as a whole, then each container, then launch-type rules, then
/// the sums against the task size; the first failure is returned, as ECS returns one error.
extension TaskDefinition {
  /// Validates an input the way RegisterTaskDefinition does and builds the revision.
  /// Errors carry ECS's exception name (`ClientException`) and message.
  ///
  /// Decisions on points ECS leaves open:
  /// - `networkMode` defaults to `bridge` (also for Fargate, which then fails on it, as ECS does).
  /// - In `host` and `awsvpc` mode an omitted `hostPort` is filled in with `containerPort`, as
  ///   DescribeTaskDefinition shows it; in `bridge` mode it stays omitted (dynamic).
  /// - `compatibilities` is always `EC2`, plus `FARGATE` whenever the definition passes every
  ///   Fargate rule (awsvpc, a valid task size, nothing Fargate refuses) whether or not it asked
  ///   for Fargate, plus `EXTERNAL` when `requiresCompatibilities` names it.
  /// - `taskRoleArn` may be a role ARN or a bare role name (the API documents "the short name or
  ///   full ARN"); `executionRoleArn` must be an ARN. Anything else is "Role is not valid".
  /// - `requiresAttributes`: see `derivedRequiresAttributes`.
  public static func register(_ input: RegisterTaskDefinitionInput, revision: Int, at time: SimTime) throws(ECSError) -> TaskDefinition {
    let check = RegistrationCheck(input)
    try check.run()
    let containers = check.normalizedContainers()
    var definition = TaskDefinition(
      family: input.family, revision: revision, containerDefinitions: containers,
      taskRoleArn: input.taskRoleArn, executionRoleArn: input.executionRoleArn,
      networkMode: check.mode, networkModeGiven: input.networkMode != nil,
      requiresCompatibilities: input.requiresCompatibilities,
      cpu: check.taskCPU, memory: check.taskMemory,
      placementConstraints: try check.placementConstraints(),
      compatibilities: check.compatibilities(),
      requiresAttributes: derivedRequiresAttributes(
        containers: containers, networkMode: check.mode,
        taskRoleArn: input.taskRoleArn, executionRoleArn: input.executionRoleArn))
    definition.status = .active
    definition.registeredAt = time
    return definition
  }
}

/// One registration's checks, with the values they share worked out once.
private struct RegistrationCheck {
  /// The lowest and highest task-level `cpu` RegisterTaskDefinition accepts for EC2 and
  /// EXTERNAL (the current API model; the 2023 guide said 10240).
  static let ec2CPURange = 128...196608

  let input: RegisterTaskDefinitionInput
  let mode: NetworkMode
  let requiresFargate: Bool
  /// Task size in units and MiB, nil when not given or not a valid value (`run` rejects that).
  let taskCPU: Int?
  let taskMemory: Int?

  init(_ input: RegisterTaskDefinitionInput) {
    self.input = input
    mode = input.networkMode ?? .bridge
    requiresFargate = input.requiresCompatibilities.contains(.fargate)
    taskCPU = input.cpu.flatMap(TaskDefinitionSize.cpuUnits)
    taskMemory = input.memory.flatMap(TaskDefinitionSize.memoryMiB)
  }

  var containers: [ContainerDefinition] { input.containerDefinitions }

  func extras(_ i: Int) -> ContainerDefinitionExtras {
    i < input.containerExtras.count ? input.containerExtras[i] : ContainerDefinitionExtras()
  }

  func run() throws(ECSError) {
    try checkFamily()
    try checkContainerList()
    try checkRoles()
    try checkTaskSize()
    if requiresFargate, let problem = fargateProblem() { throw problem }
    for i in containers.indices { try checkContainer(i) }
    try checkTaskSums()
    try checkDependencies()
    try checkEphemeralStorage()
  }

  // MARK: The definition as a whole

  func checkFamily() throws(ECSError) {
    // [C] "Family contains invalid characters."; [U] the wording for the length limit.
    guard !input.family.isEmpty, input.family.allSatisfy(isNameCharacter) else {
      throw .client("Family contains invalid characters.")
    }
    guard input.family.count <= 255 else {
      throw .client("Family name cannot be longer than 255 characters.")
    }
  }

  func checkContainerList() throws(ECSError) {
    // [C] both messages.
    guard !containers.isEmpty else { throw .client("Container list cannot be empty.") }
    guard containers.count <= 10 else { throw .client("Too many containers.") }
    var seen: Set<String> = []
    for c in containers {
      // [C] moto and public API responses.
      guard !c.name.isEmpty else { throw .client("Container.name should not be null or empty.") }
      guard c.name.count <= 255, c.name.allSatisfy(isNameCharacter) else {
        throw .client("Container.name contains invalid characters.")
      }
      guard !c.image.isEmpty else { throw .client("Container.image should not be null or empty.") }
      guard seen.insert(c.name).inserted else {
        throw .client("Container names must be unique within a Task Definition.")
      }
    }
    guard containers.contains(where: \.essential) else {
      throw .client("Task definition doesn't have any essential container.")
    }
  }

  func checkRoles() throws(ECSError) {
    // [C] "Role is not valid" is ECS's answer for a role it cannot use.
    if let role = input.taskRoleArn, !(isRoleARN(role) || isRoleName(role)) {
      throw .client("Role is not valid")
    }
    if let role = input.executionRoleArn, !isRoleARN(role) {
      throw .client("Role is not valid")
    }
  }

  func checkTaskSize() throws(ECSError) {
    // [C] the message (AWS troubleshooting page "Invalid CPU or memory value specified").
    if input.cpu != nil {
      guard let cpu = taskCPU, requiresFargate || Self.ec2CPURange.contains(cpu) else {
        throw .client("Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")
      }
    }
    if input.memory != nil, taskMemory == nil {
      throw .client("Invalid 'memory' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.")
    }
  }

  // MARK: Fargate

  /// Why Fargate could not run this definition, as the error registration gives when the
  /// definition requires FARGATE; nil when it could (then it is also FARGATE-compatible).
  func fargateProblem() -> ECSError? {
    // [C] the first four messages (public API responses).
    guard mode == .awsvpc else { return .client("Fargate only supports network mode \u{2018}awsvpc\u{2019}.") }
    guard let cpu = taskCPU else { return .client("Fargate requires that 'cpu' be defined at the task level.") }
    guard let memory = taskMemory else { return .client("Fargate requires that 'memory' be defined at the task level.") }
    guard FargateTaskSizes.isValid(cpu: cpu, memory: memory) else {
      return .client("No Fargate configuration exists for given values: \(cpu) CPU, \(memory) memory. See the Amazon ECS documentation for the valid values.")
    }
    // [C] moto / public responses for pidMode and ipcMode; [U] the others follow their wording.
    if input.pidMode == "host" {
      return .client("Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.")
    }
    if input.ipcMode != nil { return .client("Tasks using the Fargate launch type do not support ipcMode.") }
    if !input.placementConstraints.isEmpty {
      return .client("Tasks using the Fargate launch type do not support placementConstraints.")
    }
    if input.volumes.contains(where: \.usesDockerVolumeConfiguration) {
      return .client("Tasks using the Fargate launch type do not support dockerVolumeConfiguration.")
    }
    for (i, c) in containers.enumerated() {
      if c.privileged { return .client("Tasks using the Fargate launch type do not support privileged containers.") }
      if let setting = extras(i).fargateUnsupportedSettings.first {
        return .client("Tasks using the Fargate launch type do not support \(setting).")
      }
      if let t = c.stopTimeout, !(2...120).contains(t) {
        return .client("Invalid 'stopTimeout' setting for container '\(c.name)'. Tasks using the Fargate launch type support values between 2 and 120 seconds.")
      }
      // [C]
      if c.logDriver == "awslogs", input.executionRoleArn == nil {
        return .client("Fargate requires task definition to have execution role ARN to support log driver awslogs.")
      }
      // Fargate pulls private ECR images with the execution role only (docs/ecs/ecr-and-iam.md §2).
      if TaskDefinition.isECRImage(c.image), input.executionRoleArn == nil {
        return .client("Fargate requires task definition to have execution role ARN to support ECR images.")
      }
    }
    return nil
  }

  // MARK: Each container

  func checkContainer(_ i: Int) throws(ECSError) {
    let c = containers[i]
    let name = c.name
    try checkNetworking(c, extras(i))
    try checkMemory(c)
    if c.cpu < 0 { throw .client("Invalid 'cpu' setting for container '\(name)'.") }  // [U]
    if let t = c.stopTimeout, t < 0 { throw .client("Invalid 'stopTimeout' setting for container '\(name)'.") }  // [U]
    if let t = c.startTimeout, t < 0 { throw .client("Invalid 'startTimeout' setting for container '\(name)'.") }  // [U]
    if let hc = c.healthCheck { try checkHealthCheck(hc, container: name) }
    if extras(i).hasSecrets, input.executionRoleArn == nil {
      // [C]
      throw .client("When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.")
    }
  }

  func checkNetworking(_ c: ContainerDefinition, _ extras: ContainerDefinitionExtras) throws(ECSError) {
    // [C] for awsvpc ("Links are not supported when networkMode=awsvpc."); [U] host and none.
    if !c.links.isEmpty, mode != .bridge {
      throw .client("Links are not supported when networkMode=\(mode.rawValue).")
    }
    if extras.hostname != nil, mode == .awsvpc {
      throw .client("hostname is not supported on container when networkMode=awsvpc.")  // [C]
    }
    if mode == .none, !(c.portMappings.isEmpty && extras.containerPortRanges.isEmpty) {
      throw .client("Port mappings are not supported when networkMode=none.")  // [U]
    }
    var protocolsByPort: [Int: TransportProtocol] = [:]
    for p in c.portMappings {
      guard (1...65535).contains(p.containerPort) else {
        throw .client("Invalid 'containerPort' setting for container '\(c.name)'.")  // [C]
      }
      if let host = p.hostPort, !(0...65535).contains(host) {
        throw .client("Invalid 'hostPort' setting for container '\(c.name)'.")  // [U]
      }
      if mode == .host || mode == .awsvpc, let host = p.hostPort, host != p.containerPort {
        // [C] for awsvpc (public API responses); the same rule and wording for host.
        throw .client("When networkMode=\(mode.rawValue), the host ports and container ports in port mappings must match.")
      }
      if let other = protocolsByPort[p.containerPort], other != p.protocol {
        // [C] the rule (docs/ecs/task-definitions.md §5); [U] the message.
        throw .client("Invalid 'portMappings' setting for container '\(c.name)'. Container port \(p.containerPort) cannot be mapped for both tcp and udp.")
      }
      protocolsByPort[p.containerPort] = p.protocol
    }
  }

  func checkMemory(_ c: ContainerDefinition) throws(ECSError) {
    if let m = c.memory, m <= 0 { throw .client("Invalid 'memory' setting for container '\(c.name)'.") }  // [U]
    if let r = c.memoryReservation, r <= 0 {
      throw .client("Invalid 'memoryReservation' setting for container '\(c.name)'.")  // [U]
    }
    if taskMemory == nil, c.memory == nil, c.memoryReservation == nil {
      // [C] moto and public API responses.
      throw .client("Invalid setting for container '\(c.name)'. At least one of 'memory' or 'memoryReservation' must be specified.")
    }
    if let m = c.memory, let r = c.memoryReservation, m <= r {
      // [C] the rule as the API reference states it ("memory must be greater than
      // memoryReservation"); [U] the message.
      throw .client("Invalid setting for container '\(c.name)'. 'memory' must be greater than 'memoryReservation'.")
    }
  }

  func checkHealthCheck(_ hc: HealthCheck, container name: String) throws(ECSError) {
    // [C] the ranges (docs/ecs/task-definitions.md §6); [U] the messages.
    let prefix = "Invalid 'healthCheck' setting for container '\(name)'."
    guard !hc.command.isEmpty else { throw .client("\(prefix) 'command' must not be empty.") }
    let ranges: [(String, Int, ClosedRange<Int>)] = [
      ("interval", hc.interval, 5...300), ("timeout", hc.timeout, 2...60),
      ("retries", hc.retries, 1...10), ("startPeriod", hc.startPeriod, 0...300),
    ]
    for (field, value, range) in ranges where !range.contains(value) {
      let unit = field == "retries" ? "" : " seconds"
      throw .client("\(prefix) '\(field)' must be between \(range.lowerBound) and \(range.upperBound)\(unit).")
    }
  }

  // MARK: Across containers

  func checkTaskSums() throws(ECSError) {
    if let taskMemory {
      for c in containers where (c.memory ?? 0) > taskMemory {
        throw .client("The 'memory' setting for container '\(c.name)' is greater than for the task.")  // [C]
      }
      let reserved = containers.reduce(0) { $0 + $1.reservedMemory }
      if reserved > taskMemory {
        // [C] the message; it also covers containers that only give a hard limit.
        throw .client("The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.")
      }
    }
    if let taskCPU, containers.reduce(0, { $0 + $1.cpu }) > taskCPU {
      throw .client("The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.")  // [U]
    }
  }

  func checkDependencies() throws(ECSError) {
    for i in containers.indices {
      for d in extras(i).dependsOn {
        guard let target = containers.first(where: { $0.name == d.containerName }) else {
          throw .client("Invalid 'dependsOn' setting for container '\(containers[i].name)'. Container '\(d.containerName)' is not defined in the task definition.")  // [U]
        }
        if (d.condition == "SUCCESS" || d.condition == "COMPLETE"), target.essential {
          throw .client("A dependency container with SUCCESS or COMPLETE condition cannot be an essential container")  // [C]
        }
        if d.condition == "HEALTHY", target.healthCheck == nil {
          throw .client("A dependency container with HEALTHY condition must have a health check defined.")  // [U]
        }
      }
    }
  }

  func checkEphemeralStorage() throws(ECSError) {
    // [C] both messages (measured against the API in 2026).
    guard let size = input.ephemeralStorageGiB else { return }
    if size < 21 { throw .client("EphemeralStorage size should be at least 21") }
    if size > 200 { throw .client("EphemeralStorage size should be at most 200") }
  }

  // MARK: What registration stores

  func normalizedContainers() -> [ContainerDefinition] {
    guard mode == .host || mode == .awsvpc else { return containers }
    return containers.map { c in
      var c = c
      c.portMappings = c.portMappings.map { p in
        var p = p
        if p.hostPort == nil { p.hostPort = p.containerPort }
        return p
      }
      return c
    }
  }

  func placementConstraints() throws(ECSError) -> [PlacementConstraint] {
    var result: [PlacementConstraint] = []
    for c in input.placementConstraints {
      if c.type == "distinctInstance" {
        throw .client("constraint.type 'distinctInstance' is not supported.")  // [C]
      }
      result.append(try PlacementStrategy.make(constraintType: c.type, expression: c.expression))
    }
    return result
  }

  func compatibilities() -> [Compatibility] {
    var result: [Compatibility] = [.ec2]
    if fargateProblem() == nil { result.append(.fargate) }
    if input.requiresCompatibilities.contains(.external) { result.append(.external) }
    return result
  }

  // MARK: Names

  /// Letters, digits, hyphens and underscores: the alphabet of families and container names.
  func isNameCharacter(_ ch: Character) -> Bool {
    ch.isASCII && (ch.isLetter || ch.isNumber || ch == "-" || ch == "_")
  }

  /// `arn:<partition>:iam::<12-digit account>:role/[<path>/]<name>`.
  func isRoleARN(_ s: String) -> Bool {
    let parts = s.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", parts[2] == "iam", parts[3].isEmpty else { return false }
    guard parts[1] == "aws" || parts[1].hasPrefix("aws-") else { return false }
    guard parts[4].count == 12, parts[4].allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
    guard parts[5].hasPrefix("role/") else { return false }
    let segments = parts[5].dropFirst("role/".count).split(separator: "/", omittingEmptySubsequences: false)
    guard let last = segments.last, last.count <= 64 else { return false }
    return segments.allSatisfy { !$0.isEmpty && $0.allSatisfy(isRoleNameCharacter) }
  }

  /// A bare IAM role name: 1–64 of letters, digits and `+=,.@_-`.
  func isRoleName(_ s: String) -> Bool {
    (1...64).contains(s.count) && s.allSatisfy(isRoleNameCharacter)
  }

  func isRoleNameCharacter(_ ch: Character) -> Bool {
    ch.isASCII && (ch.isLetter || ch.isNumber || "+=,.@_-".contains(ch))
  }
}
