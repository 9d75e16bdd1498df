import Dashboard
import ECSSim
import Foundation
import ProcessSupport
import TerminalUI

#if os(Linux)
import Glibc
#endif

/// The dashboard's two budgets from the issue: a whole frame of every pane over a large world
/// (`render`, ≤ 8 ms) and the time from process start to the first frame (`first-frame`,
/// ≤ 150 ms). Same conventions as the engine benchmarks: release build, one JSON object each.
extension Benchmarks {
  // MARK: - render

  /// Frames at 200×60 (every pane on screen) over 100,000 tasks on 3,500 m5.xlarge instances.
  ///
  /// The world: cluster `prod` (2,500 instances) runs three services — `web` (20,000 tasks) and
  /// `api` (10,000) behind one ALB's two listeners, `worker` (5,000) without a load balancer —
  /// and 25,000 standalone tasks; cluster `batch` (1,000 instances) runs 40,000 standalone
  /// tasks. The clock runs until every task is RUNNING and every target healthy, outside the
  /// timing. Selections sit in the middle of the Tasks and ALB lists (reached by keys, as a user
  /// would), so frames draw scrolled rows, not the top of each list.
  ///
  /// Figures, all wall-clock milliseconds:
  /// - `cold_frame_ms`: the dashboard opening (events absorbed, every pane's rows built, the
  ///   selection reconciled) plus its first frame.
  /// - `frame_ms_*`: `frames` frames of a world at rest (the row caches are warm); what the loop
  ///   pays on a tick that brought no events.
  /// - `changing_*`: each step stops 10 standalone tasks, runs 10 more and advances the engine
  ///   1 s (`changing_engine_ms_median`, the engine's share, not the dashboard's), then the
  ///   dashboard absorbs the events, rebuilds its rows and reconciles the selection
  ///   (`changing_rebuild_ms_median`) and draws (`changing_frame_ms_median` is rebuild + draw:
  ///   what a tick that brought events costs the dashboard).
  ///
  /// The frames use the monochrome theme, which is written in code and needs no file: a colour
  /// theme changes the styles in the cells, not the work done.
  static func render() throws -> [(String, JSONValue)] {
    let sim = try renderWorld()
    let size = Size(width: 200, height: 60)
    guard DashboardLayout(size: size, focus: .tasks, zoomed: false).showsAllPanes else {
      throw InputError("error: bench render: 200×60 no longer shows every pane")
    }
    let clock = ContinuousClock()

    // (a) Cold: rows built from nothing, then one frame.
    let coldStart = clock.now
    let app = DashboardApp(sim: sim, theme: .monochrome, size: size)
    var grid = app.render()
    let coldFrame = milliseconds(clock.now - coldStart)
    let panesDrawn = PaneKind.allCases.filter { grid.textDump().contains("\($0.digit) \($0.title)") }.count

    // Selections in the middle of the long lists, by keys.
    selectMiddle(app, pane: .targets, digit: "5")
    selectMiddle(app, pane: .tasks, digit: "4")
    let selectedTask = app.state[.tasks].selectedIndex
    let taskRows = app.world.rowCount(.tasks, app.state)
    let targetRows = app.world.rowCount(.targets, app.state)
    let tasks = sim.liveTaskCount

    // (b) Warm: the world at rest, the same frame again and again.
    let frames = 200
    var warm: [Double] = []
    warm.reserveCapacity(frames)
    for _ in 0..<frames {
      let t0 = clock.now
      grid = app.render()
      warm.append(milliseconds(clock.now - t0))
    }
    let shownSelection = grid.textDump().contains(app.state[.tasks].selectedID.map { String($0.prefix(8)) } ?? "\u{0}")

    // (c) Changing: churn, one simulated second, absorb, rebuild, draw.
    let selectedBefore = [PaneKind.tasks, .targets].map { app.state[$0].selectedID }
    var standalone = sim.tasks.filter { $0.service == nil && $0.lastStatus == .running }
    var churnRequest = RunTaskRequest(taskDefinition: "job:1")
    churnRequest.cluster = "batch"
    churnRequest.count = 10
    churnRequest.placementStrategy = [PlacementStrategyInput(type: "spread", field: "attribute:ecs.availability-zone"), PlacementStrategyInput(type: "binpack", field: "memory")]
    var engine: [Double] = [], rebuild: [Double] = [], changing: [Double] = []
    for step in 0..<50 {
      let e0 = clock.now
      for k in 0..<10 {
        let t = standalone[(step * 10 + k) * 97 % standalone.count]
        _ = try? sim.stopTask(cluster: t.clusterName, task: t.id.hex, reason: "bench churn")
      }
      _ = try? sim.runTask(churnRequest)
      sim.advance(by: .seconds(1))
      let r0 = clock.now
      // What `DashboardApp` does for an `.advance` effect that brought events: absorb them and
      // reconcile (an unchanged `.resize` only reconciles), which rebuilds every pane's rows.
      app.world.absorbEvents()
      app.send(.resize(size))
      let d0 = clock.now
      grid = app.render()
      let d1 = clock.now
      engine.append(milliseconds(r0 - e0))
      rebuild.append(milliseconds(d0 - r0))
      changing.append(milliseconds(d1 - r0))
    }
    standalone.removeAll()
    // Every rebuild found the selected rows again (stopped tasks stay listed until they expire).
    let selectionKept = [PaneKind.tasks, .targets].enumerated().allSatisfy { i, pane in
      let id = app.state[pane].selectedID
      return id != nil && id == selectedBefore[i] && app.world.rowID(pane, at: app.state[pane].selectedIndex, app.state) == id
    }
    let warmSorted = warm.sorted()
    return [
      ("name", .string("render")),
      ("wall_seconds", .double(round3((coldFrame + warm.reduce(0, +) + changing.reduce(0, +)) / 1000))),
      ("frame_ms_median", .double(round3(median(warmSorted)))),
      ("frame_ms_p95", .double(round3(percentile(warmSorted, 0.95)))),
      ("frame_ms_max", .double(round3(warmSorted.last ?? 0))),
      ("frames", .int(Int64(frames))),
      ("cold_frame_ms", .double(round3(coldFrame))),
      ("changing_frame_ms_median", .double(round3(median(changing.sorted())))),
      ("changing_rebuild_ms_median", .double(round3(median(rebuild.sorted())))),
      ("changing_engine_ms_median", .double(round3(median(engine.sorted())))),
      ("tasks", .int(Int64(tasks))),
      ("instances", .int(Int64(sim.instances.count))),
      ("task_rows", .int(Int64(taskRows))),
      ("target_rows", .int(Int64(targetRows))),
      ("selected_task_row", .int(Int64(selectedTask))),
      ("selection_on_screen", .bool(shownSelection)),
      ("selection_kept", .bool(selectionKept)),
      ("panes_drawn", .int(Int64(panesDrawn))),
      ("width", .int(Int64(size.width))),
      ("height", .int(Int64(size.height))),
      ("theme", .string("monochrome")),
      ("peak_memory_mb", .double(peakMemoryMB())),
      ("target_frame_ms", .double(8)),
    ]
  }

  /// Focuses `pane` and pages down until the selection passes the middle of its rows.
  static func selectMiddle(_ app: DashboardApp, pane: PaneKind, digit: Character) {
    app.send(.key(.char(digit)))
    let half = app.world.rowCount(pane, app.state) / 2
    var last = -1
    while app.state[pane].selectedIndex < half && app.state[pane].selectedIndex != last {
      last = app.state[pane].selectedIndex
      app.send(.key(.pageDown))
    }
  }

  /// The render benchmark's world at rest: 100,000 RUNNING tasks on 3,500 instances.
  static func renderWorld() throws -> Simulator {
    var spec = ScenarioSpec(name: "bench-render")
    spec.clusters = [ClusterSpec(name: "prod"), ClusterSpec(name: "batch")]
    spec.roles = [RoleSpec(name: "ecsInstanceRole", trustedService: "ec2.amazonaws.com")]
    // RunInstances launches at most 1,000 at a time: groups of 500.
    spec.instances = (Array(repeating: "prod", count: 5) + Array(repeating: "batch", count: 2)).map { cluster in
      var group = InstanceGroupSpec(instanceType: "m5.xlarge")
      group.count = 500
      group.ecsConfig = "ECS_CLUSTER=\(cluster)"
      return group
    }
    for (family, port) in [("web", 8080), ("api", 9000), ("worker", 0), ("job", 0)] {
      var c = ContainerDefinition(name: family, image: "public.ecr.aws/nginx/nginx:1.27")
      c.cpu = family == "job" ? 64 : 128
      c.memory = family == "job" ? 128 : 256
      if port != 0 { c.portMappings = [PortMapping(containerPort: port, hostPort: 0)] }
      spec.taskDefinitions.append(RegisterTaskDefinitionInput(family: family, containerDefinitions: [c]))
    }
    spec.targetGroups = [TargetGroupSpec(name: "web-tg"), TargetGroupSpec(name: "api-tg")]
    var lb = LoadBalancerSpec(name: "front-alb")
    lb.subnets = VPCSpec.defaultSubnetIds
    var web = ListenerSpec(port: 80)
    web.defaultTargetGroup = "web-tg"
    var api = ListenerSpec(port: 8080)
    api.defaultTargetGroup = "api-tg"
    lb.listeners = [web, api]
    spec.loadBalancers = [lb]
    spec.services = [("web", 20_000, "web-tg", 8080), ("api", 10_000, "api-tg", 9000), ("worker", 5_000, "", 0)].map {
      name, count, tg, port in
      var svc = CreateServiceInput(serviceName: name, taskDefinition: "\(name):1")
      svc.cluster = "prod"
      svc.desiredCount = count
      if !tg.isEmpty { svc.loadBalancers = [ServiceLoadBalancerInput(targetGroup: tg, containerName: name, containerPort: port)] }
      return svc
    }
    let sim: Simulator
    do { sim = try Simulator(scenario: spec, seed: 1) } catch { throw InputError(error.description) }
    _ = sim.drainEvents()
    // Standalone tasks: 25,000 in prod (beside the services), 40,000 in batch.
    for (cluster, calls) in [("prod", 2_500), ("batch", 4_000)] {
      var req = RunTaskRequest(taskDefinition: "job:1")
      req.cluster = cluster
      req.count = 10
      req.placementStrategy = [PlacementStrategyInput(type: "spread", field: "attribute:ecs.availability-zone"), PlacementStrategyInput(type: "binpack", field: "memory")]
      for _ in 0..<calls {
        let r = try sim.runTask(req)
        if !r.failures.isEmpty { throw InputError("error: bench render: run-task in \(cluster) failed to place tasks") }
      }
      _ = sim.drainEvents()
    }
    let services = ["web", "api", "worker"].compactMap { sim.clusters["prod"]?.services[$0] }
    func settled() -> Bool {
      services.allSatisfy { $0.runningCount == $0.desiredCount && $0.primary.rolloutState == .completed }
        && sim.targetGroups.values.allSatisfy { $0.targets.allSatisfy { $0.health.state == .healthy } }
        && sim.liveTaskCount == 100_000 && sim.tasks.allSatisfy { $0.lastStatus == .running }
    }
    while !settled() && sim.now < .hours(3) {
      sim.advance(by: .seconds(30))
      _ = sim.drainEvents()
    }
    guard settled() else {
      throw InputError("error: bench render: the world did not settle (\(sim.liveTaskCount) tasks at \(sim.now.clock))")
    }
    return sim
  }

  // MARK: - first-frame

  /// The `ecsim` binary itself, started `runs` times under a 120×40 pseudo-terminal with
  /// `ECSIM_EXIT_AFTER_FIRST_FRAME=1` (the dashboard draws one frame on the default scenario,
  /// gives the terminal back and exits). Each run is timed from just before the spawn to the
  /// child's exit, so process start-up, scenario loading, curses set-up, the first frame and
  /// tear-down all count.
  ///
  /// Started through ProcessSupport's `PseudoTerminal.spawn` (posix_spawn, not Foundation's
  /// `Process` nor swift-subprocess, whose children cannot get the pty as controlling terminal):
  /// the child gets a session of its own with the pty as controlling terminal, an empty signal
  /// mask, default signal dispositions, and an environment of `TERM=xterm-256color`,
  /// `LANG=C.UTF-8`, the flag, `HOME` and `PATH`.
  static func firstFrame() throws -> [(String, JSONValue)] {
    #if os(Linux)
    let executable = try currentExecutable()
    let runs = 20
    var times: [Double] = []
    var bytes = 0
    var framesSeen = 0
    for _ in 0..<runs {
      let run = try timedRunUnderPty(executable, width: 120, height: 40)
      guard run.status == .exited(0) else {
        throw InputError(
          "error: bench first-frame: \(executable) exited with status \(run.status.shellCode): \(String(run.output.suffix(300)))")
      }
      times.append(run.milliseconds)
      bytes += run.output.utf8.count
      if run.output.contains("SIMULATION") { framesSeen += 1 }
    }
    let sorted = times.sorted()
    return [
      ("name", .string("first-frame")),
      ("wall_seconds", .double(round3(times.reduce(0, +) / 1000))),
      ("first_frame_ms_median", .double(round3(median(sorted)))),
      ("first_frame_ms_p95", .double(round3(percentile(sorted, 0.95)))),
      ("first_frame_ms_max", .double(round3(sorted.last ?? 0))),
      ("first_frame_ms_min", .double(round3(sorted.first ?? 0))),
      ("runs", .int(Int64(runs))),
      ("frames_seen", .int(Int64(framesSeen))),
      ("bytes_per_frame", .int(Int64(bytes / runs))),
      ("width", .int(120)),
      ("height", .int(40)),
      ("peak_memory_mb", .double(peakMemoryMB())),
      ("target_first_frame_ms", .double(150)),
    ]
    #else
    throw InputError("error: bench first-frame: needs Linux (/dev/ptmx and /proc/self/exe)")
    #endif
  }

  #if os(Linux)
  /// The running binary's path (argv[0] may be a bare name found on PATH).
  static func currentExecutable() throws -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 {
      return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    let arg0 = CommandLine.arguments[0]
    guard arg0.contains("/") else { throw InputError("error: bench first-frame: cannot find the ecsim executable") }
    return arg0
  }

  /// Starts `executable` on a fresh `width`×`height` pseudo-terminal, reads everything it
  /// writes until it lets go of the terminal, and reaps it; timed from just before the spawn.
  static func timedRunUnderPty(_ executable: String, width: UInt16, height: UInt16) throws
    -> (milliseconds: Double, status: ExitStatus, output: String)
  {
    var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "ECSIM_EXIT_AFTER_FIRST_FRAME": "1"]
    for key in ["HOME", "PATH"] {
      if let value = ProcessInfo.processInfo.environment[key] { environment[key] = value }
    }
    do {
      let terminal = try PseudoTerminal(width: width, height: height)
      let clock = ContinuousClock()
      let start = clock.now
      let child = try terminal.spawn(Spawn(executable, environment: environment))
      let output = terminal.readUntilClosed()
      let status = child.wait()
      return (milliseconds(clock.now - start), status, String(decoding: output, as: UTF8.self))
    } catch {
      throw InputError("error: bench first-frame: \(error)")
    }
  }
  #endif

  // MARK: - Statistics

  static func milliseconds(_ d: Duration) -> Double { seconds(d) * 1000 }

  static func median(_ sorted: [Double]) -> Double { percentile(sorted, 0.5) }

  /// Nearest-rank percentile of sorted samples.
  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count - 1, max(0, rank - 1))]
  }

  static func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
