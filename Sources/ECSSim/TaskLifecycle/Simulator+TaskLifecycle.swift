/// The task lifecycle of docs/ecs/task-lifecycle.md: timed transitions driven by the event queue.
///
/// Timings follow docs/ecs/task-lifecycle.md §5 [SIM]: agent pick-up 0.3–1.2 s; ENI attach 5–15 s
/// on Fargate and 3–8 s on EC2; image pull 1.5 s plus 25–50 ms per MB (a cached image 0.2–0.6 s; a
/// failing pull gives up after 3–8 s of retries); container create and start 1–3 s; stop: SIGTERM,
/// the program's shutdown time, SIGKILL at the stop timeout; ENI detach 2–5 s; STOPPED tasks stay
/// visible for one hour.
extension Simulator {
  func taskStep(_ task: ECSTask, _ step: TaskStep) {
    switch step {
    case .eniAttached: eniAttached(task)
    case .pullStart: pullStart(task)
    case .pullDone: pullDone(task)
    case .pullFailed: failToStart(task, reason: task.pullFailure ?? "CannotPullContainerError")
    case .containersStarted: containersStarted(task)
    case .containerHealthy(let i): setContainerHealth(task, i, .healthy)
    case .containerUnhealthy(let i): setContainerHealth(task, i, .unhealthy)
    case .containerExit(let i): containerExited(task, i, exitCode: task.containers[i].behavior.exitCode)
    case .agentStop: agentStop(task)
    case .containerStopped(let i, let code): containerStoppedBySignal(task, Int(i), exitCode: Int(code))
    case .deprovisioned: finishStop(task)
    case .stopped: finishStop(task)
    }
  }

  /// Moves `lastStatus`, keeping the cluster's and instance's PENDING/RUNNING counters exact.
  func setLastStatus(_ task: ECSTask, _ status: TaskStatus) {
    let old = task.lastStatus
    guard old != status else { return }
    let cluster = clusters[task.clusterName]
    if old == .pending { cluster?.pendingTasksCount -= 1; task.containerInstance?.pendingTasksCount -= 1 }
    if old == .running { cluster?.runningTasksCount -= 1 }
    if status == .pending { cluster?.pendingTasksCount += 1; task.containerInstance?.pendingTasksCount += 1 }
    if status == .running { cluster?.runningTasksCount += 1 }
    if task.desiredStatus == .running, task.deployment != nil {
      countServiceTask(task, -1)
      task.lastStatus = status
      countServiceTask(task, +1)
    } else {
      task.lastStatus = status
    }
    task.version += 1
    emitTaskChange(task)
    if task.service != nil { serviceTaskChanged(task) }
  }

  func emitTaskChange(_ task: ECSTask, message: String? = nil) {
    guard recordsEvents else { return }
    let snapshot = TaskEventSnapshot(lastStatus: task.lastStatus, desiredStatus: task.desiredStatus, stopCode: task.stopCode)
    events.append(SimEvent(time: now, task: task, snapshot: snapshot, message: message ?? (task.lastStatus == .stopped ? task.stoppedReason : nil)))
  }

  private func eniAttached(_ task: ECSTask) {
    guard task.desiredStatus == .running else { return }
    task.eni?.status = "ATTACHED"
    task.connectivity = "CONNECTED"
    task.connectivityAt = now
    setLastStatus(task, .pending)
    schedule(.task(task, .pullStart), after: rng.duration(.ms(200), .ms(600)))
  }

  private func pullStart(_ task: ECSTask) {
    guard task.desiredStatus == .running else { return }
    task.pullStartedAt = now
    if task.connectivity == nil { task.connectivity = "CONNECTED"; task.connectivityAt = now }
    var longest = SimTime.zero
    for i in task.containers.indices {
      switch resolvePull(task, container: task.containers[i]) {
      case .failure(let reason):
        task.pullFailure = reason
        schedule(.task(task, .pullFailed), after: rng.duration(.seconds(3), .seconds(8)))
        return
      case .success(let digest, let behavior, let duration):
        task.containers[i].imageDigest = digest
        task.containers[i].behavior = behavior.overridden(by: task.containers[i].definition.dockerLabels)
        longest = max(longest, duration)
      }
    }
    schedule(.task(task, .pullDone), after: longest)
  }

  private func pullDone(_ task: ECSTask) {
    guard task.desiredStatus == .running else { return }
    task.pullStoppedAt = now
    if let host = task.containerInstance {
      for c in task.containers { if let d = c.imageDigest { host.imageCache[c.definition.image] = d } }
    }
    schedule(.task(task, .containersStarted), after: rng.duration(.seconds(1), .seconds(3)))
  }

  private func containersStarted(_ task: ECSTask) {
    guard task.desiredStatus == .running else { return }
    task.startedAt = now
    for i in task.containers.indices {
      task.containers[i].lastStatus = .running
      task.containers[i].networkBindings = bindings(for: task, container: i)
      let c = task.containers[i]
      if let hc = c.definition.healthCheck {
        task.containers[i].healthStatus = .unknown
        if c.behavior.healthy {
          // Docker runs the first check one interval after start; it passes once the program is up.
          let interval = SimTime.seconds(Int64(hc.interval))
          var t = interval
          while t < c.behavior.startupTime { t += interval }
          schedule(.task(task, .containerHealthy(i)), after: t)
        } else {
          // Failures inside the start period do not count; then `retries` consecutive failures.
          let start = SimTime.seconds(Int64(hc.startPeriod))
          schedule(.task(task, .containerUnhealthy(i)), after: start + .seconds(Int64(hc.interval * hc.retries)))
        }
      }
      if let exit = c.behavior.exitAfter { schedule(.task(task, .containerExit(i)), after: exit) }
    }
    updateTaskHealth(task)
    setLastStatus(task, .running)
  }

  private func setContainerHealth(_ task: ECSTask, _ i: Int, _ h: HealthStatus) {
    guard task.lastStatus == .running, task.containers[i].lastStatus == .running else { return }
    task.containers[i].healthStatus = h
    updateTaskHealth(task)
  }

  /// Task health comes from essential containers only: all HEALTHY → HEALTHY, any UNHEALTHY →
  /// UNHEALTHY, else UNKNOWN. A standalone task keeps running when UNHEALTHY.
  func updateTaskHealth(_ task: ECSTask) {
    let essentials = task.containers.filter { $0.essential && $0.definition.healthCheck != nil }
    let new: HealthStatus
    if essentials.contains(where: { $0.healthStatus == .unhealthy }) { new = .unhealthy }
    else if !essentials.isEmpty && essentials.allSatisfy({ $0.healthStatus == .healthy }) { new = .healthy }
    else { new = .unknown }
    if new != task.healthStatus {
      task.healthStatus = new
      task.version += 1
      if task.service != nil { serviceTaskChanged(task) }
      if task.lastStatus == .running && recordsEvents {
        let snapshot = TaskEventSnapshot(lastStatus: task.lastStatus, desiredStatus: task.desiredStatus, health: new)
        events.append(SimEvent(time: now, task: task, snapshot: snapshot, message: nil))
      }
    }
  }

  /// A container's program exited by itself. An essential one takes the whole task down.
  private func containerExited(_ task: ECSTask, _ i: Int, exitCode: Int) {
    guard task.containers[i].lastStatus == .running, !task.stopSequenceStarted else { return }
    task.containers[i].lastStatus = .stopped
    task.containers[i].exitCode = exitCode
    task.containers[i].networkBindings = []
    emit(.containerStateChange, [("cluster", task.clusterName), ("task", task.id.hex), ("container", task.containers[i].name),
                                 ("lastStatus", "STOPPED"), ("exitCode", String(exitCode))])
    if task.containers[i].essential {
      stopTask(task, code: .essentialContainerExited, reason: "Essential container in task exited")
    } else if task.containers.allSatisfy({ $0.lastStatus == .stopped }) {
      stopTask(task, code: .essentialContainerExited, reason: "Essential container in task exited")
    }
  }

  /// Sets desiredStatus to STOPPED and starts the stop sequence. The first reason wins.
  func stopTask(_ task: ECSTask, code: StopCode, reason: String, signalAfter: SimTime? = nil) {
    guard task.desiredStatus == .running else { return }
    task.desiredStatus = .stopped
    task.stopCode = code
    task.stoppedReason = reason
    task.stoppingAt = now
    task.version += 1
    task.containerInstance?.runningTasksCount -= 1
    emitTaskChange(task, message: reason)
    if task.service != nil { serviceTaskDesiredStopped(task) }
    if code == .taskFailedToStart && task.service != nil { serviceTaskFailedToStart(task) }
    if task.lastStatus < .running {
      // Never started: nothing to signal; tear down what was set up.
      for i in task.containers.indices { task.containers[i].lastStatus = .stopped }
      scheduleTeardown(task)
    } else {
      schedule(.task(task, .agentStop), after: (signalAfter ?? .zero) + rng.duration(.ms(300), .ms(1_200)))
    }
  }

  /// The agent got the stop: SIGTERM to every running container, SIGKILL after the timeout.
  private func agentStop(_ task: ECSTask) {
    guard !task.stopSequenceStarted, task.lastStatus == .running else { return }
    task.stopSequenceStarted = true
    setLastStatus(task, .stopping)
    var any = false
    for i in task.containers.indices where task.containers[i].lastStatus == .running {
      any = true
      let c = task.containers[i]
      let timeout = stopTimeout(task, c)
      if c.behavior.shutdownTime <= timeout {
        schedule(.task(task, .containerStopped(Int32(i), exitCode: 0)), after: c.behavior.shutdownTime)
      } else {
        schedule(.task(task, .containerStopped(Int32(i), exitCode: 137)), after: timeout)
      }
    }
    if !any { allContainersStopped(task) }
  }

  /// `stopTimeout` of the container, else the agent's ECS_CONTAINER_STOP_TIMEOUT (EC2) or 30 s.
  func stopTimeout(_ task: ECSTask, _ c: Container) -> SimTime {
    if let s = c.definition.stopTimeout { return .seconds(Int64(s)) }
    return task.containerInstance?.config.containerStopTimeout ?? .seconds(30)
  }

  private func containerStoppedBySignal(_ task: ECSTask, _ i: Int, exitCode: Int?) {
    guard task.containers[i].lastStatus == .running else { return }
    task.containers[i].lastStatus = .stopped
    task.containers[i].exitCode = exitCode
    task.containers[i].networkBindings = []
    if task.containers.allSatisfy({ $0.lastStatus == .stopped }) { allContainersStopped(task) }
  }

  private func allContainersStopped(_ task: ECSTask) {
    task.executionStoppedAt = now
    scheduleTeardown(task)
  }

  private func scheduleTeardown(_ task: ECSTask) {
    if task.eni != nil && task.lastStatus != .provisioning {
      setLastStatus(task, .deprovisioning)
      task.eni?.status = "DETACHING"
      schedule(.task(task, .deprovisioned), after: rng.duration(.seconds(2), .seconds(5)))
    } else {
      schedule(.task(task, .stopped), after: rng.duration(.ms(200), .ms(800)))
    }
  }

  /// The image could not be pulled: the task never ran (TaskFailedToStart).
  private func failToStart(_ task: ECSTask, reason: String) {
    guard task.desiredStatus == .running else { return }
    for i in task.containers.indices { task.containers[i].reason = reason }
    task.pullStoppedAt = now
    stopTask(task, code: .taskFailedToStart, reason: reason)
  }

  /// STOPPED: resources go back to the instance and the task stays visible for an hour.
  private func finishStop(_ task: ECSTask) {
    guard task.lastStatus != .stopped else { return }
    if task.executionStoppedAt == nil { task.executionStoppedAt = now }
    task.stoppedAt = now
    for i in task.containers.indices { task.containers[i].lastStatus = .stopped; task.containers[i].networkBindings = [] }
    if task.eni != nil { task.eni?.status = "DELETED" }
    releaseResources(task)
    setLastStatus(task, .stopped)
    queue.schedule(.expire(task), at: now + .hours(1))
  }

  func releaseResources(_ task: ECSTask) {
    if let host = task.containerInstance {
      host.remainingCPU += task.cpu
      host.remainingMemory += task.memory
      for p in task.heldTCP { host.releaseTCP(p) }
      for p in task.heldUDP { host.udp.remove(p) }
      for p in task.heldStaticTCP { if let i = host.staticTCP.firstIndex(of: p) { host.staticTCP.remove(at: i) } }
      for p in task.heldStaticUDP { if let i = host.staticUDP.firstIndex(of: p) { host.staticUDP.remove(at: i) } }
      if task.networkMode == .awsvpc { host.attachedENIs -= 1 }
      if let i = host.tasks.firstIndex(where: { $0 === task }) { host.tasks.remove(at: i) }
      trackGroup(task, on: host, delta: -1)
    } else {
      fargateGroupCount(task, delta: -1)
    }
    task.heldTCP = []; task.heldUDP = []; task.heldStaticTCP = []; task.heldStaticUDP = []
    if let ip = task.eni?.privateIPv4Address, let subnet = subnets.first(where: { $0.subnetId == task.eni?.subnetId }) {
      subnet.releaseIP(ip)
    }
  }

  func expire(_ task: ECSTask) {
    removeTask(task)
    emit(.taskExpired, [("cluster", task.clusterName), ("task", task.id.hex)], message: "Stopped task is no longer visible (1 hour after it stopped).")
  }

  /// `networkBindings` as ECS reports them once RUNNING (bridge/host only; awsvpc tasks have
  /// their ENI's address instead).
  private func bindings(for task: ECSTask, container i: Int) -> [NetworkBinding] {
    guard task.networkMode == .bridge || task.networkMode == .host else { return [] }
    let mappings = task.containers[i].definition.portMappings
    var out: [NetworkBinding] = []
    for (j, m) in mappings.enumerated() {
      guard let port = task.hostPort(container: i, mapping: j) else { continue }
      out.append(NetworkBinding(bindIP: "0.0.0.0", containerPort: m.containerPort, hostPort: port, protocol: m.protocol))
    }
    return out
  }
}

extension ECSTask {
  /// Host ports in the order of the containers' port mappings, assigned at placement.
  func hostPort(container i: Int, mapping j: Int) -> Int? {
    var tcpIndex = 0, udpIndex = 0
    for (ci, c) in containers.enumerated() {
      for (mj, m) in c.definition.portMappings.enumerated() {
        let port: Int?
        if m.protocol == .udp { port = udpIndex < heldUDP.count ? heldUDP[udpIndex] : nil; udpIndex += 1 }
        else { port = tcpIndex < heldTCP.count ? heldTCP[tcpIndex] : nil; tcpIndex += 1 }
        if ci == i && mj == j { return port }
      }
    }
    return nil
  }
}

extension ImageBehavior {
  /// Applies `ecsim.*` dockerLabels of a container definition on top of the image's behaviour:
  /// `ecsim.startup-time`, `ecsim.exit-after`, `ecsim.exit-code`, `ecsim.shutdown-time`,
  /// `ecsim.healthy`. Real ECS ignores them, so a task definition stays pasteable.
  func overridden(by labels: [KeyValuePair]) -> ImageBehavior {
    var b = self
    for l in labels {
      switch l.name {
      case "ecsim.startup-time": if let d = SimTime.parseDuration(l.value) { b.startupTime = d }
      case "ecsim.exit-after": if let d = SimTime.parseDuration(l.value) { b.exitAfter = d }
      case "ecsim.exit-code": if let c = Int(l.value) { b.exitCode = c }
      case "ecsim.shutdown-time": if let d = SimTime.parseDuration(l.value) { b.shutdownTime = d }
      case "ecsim.healthy": b.healthy = l.value.lowercased() != "false"
      default: break
      }
    }
    return b
  }
}
