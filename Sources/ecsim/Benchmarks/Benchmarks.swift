import ArgumentParser
import ECSSim
import Foundation

enum Benchmarks {
  static let all: [Benchmark] = [
    Benchmark(name: "placement", run: placement),
    Benchmark(name: "rolling-upgrade", run: rollingUpgrade),
    Benchmark(name: "render", run: render),
    Benchmark(name: "first-frame", run: firstFrame),
  ]

  /// A 10,000-task service on 1,000 m5.xlarge instances behind an ALB target group (dynamic host
  /// ports), minimumHealthyPercent 100, maximumPercent 125, health checks every 30 s, a 300 s
  /// deregistration delay; the clock runs until the new deployment is COMPLETED.
  static func rollingUpgrade() throws -> [(String, JSONValue)] {
    var spec = thousandInstances("bench-rolling-upgrade")
    for version in ["1.0", "2.0"] {
      var c = ContainerDefinition(name: "web", image: "public.ecr.aws/nginx/nginx:\(version)")
      c.cpu = 256
      c.memory = 512
      c.portMappings = [PortMapping(containerPort: 8080, hostPort: 0)]
      spec.taskDefinitions.append(RegisterTaskDefinitionInput(family: "web", containerDefinitions: [c]))
    }
    spec.targetGroups = [TargetGroupSpec(name: "web-tg")]
    var lb = LoadBalancerSpec(name: "web-alb")
    lb.subnets = VPCSpec.defaultSubnetIds
    var listener = ListenerSpec(port: 80)
    listener.defaultTargetGroup = "web-tg"
    lb.listeners = [listener]
    spec.loadBalancers = [lb]
    var svc = CreateServiceInput(serviceName: "web", taskDefinition: "web:1")
    svc.cluster = "bench"
    svc.desiredCount = 10_000
    svc.deploymentConfiguration.minimumHealthyPercent = 100
    svc.deploymentConfiguration.maximumPercent = 125
    svc.loadBalancers = [ServiceLoadBalancerInput(targetGroup: "web-tg", containerName: "web", containerPort: 8080)]
    spec.services = [svc]
    let sim: Simulator
    do { sim = try Simulator(scenario: spec, seed: 1) } catch { throw InputError(error.description) }
    let service = sim.clusters["bench"]!.services["web"]!
    // Reach the first steady state (outside the timing).
    while service.primary.rolloutState != .completed && sim.now < .hours(2) {
      sim.advance(by: .seconds(10))
      _ = sim.drainEvents()
    }
    let start = sim.now
    var update = UpdateServiceInput(service: "web")
    update.cluster = "bench"
    update.taskDefinition = "web:2"
    let clock = ContinuousClock()
    let began = clock.now
    var events = 0
    try sim.updateService(update)
    let deployment = service.primary
    while deployment.rolloutState == .inProgress && sim.now < start + .hours(6) {
      sim.advance(by: .seconds(10))
      events += sim.drainEvents().count
    }
    let wall = clock.now - began
    let violations = InvariantChecker.check(sim)
    return [
      ("name", .string("rolling-upgrade")),
      ("wall_seconds", .double(seconds(wall))),
      ("simulated_seconds", .double(Double((sim.now - start).milliseconds) / 1000)),
      ("peak_memory_mb", .double(peakMemoryMB())),
      ("rollout_state", .string(deployment.rolloutState.rawValue)),
      ("running_tasks", .int(Int64(service.runningCount))),
      ("healthy_targets", .int(Int64(sim.targetGroups["web-tg"]!.targets.filter { $0.health.state == .healthy }.count))),
      ("events", .int(Int64(events))),
      ("invariant_violations", .int(Int64(violations.count))),
      ("target_wall_seconds", .double(1.0)),
    ]
  }

  /// 1,000 m5.xlarge instances in three AZs; 50,000 tasks (64 CPU units, 128 MiB, bridge, one
  /// dynamic host port) through 5,000 run-task calls of count 10 with
  /// spread(attribute:ecs.availability-zone) then binpack(memory). The invariant checker runs on
  /// the final state outside the timed part.
  static func placement() throws -> [(String, JSONValue)] {
    var spec = thousandInstances("bench-placement")
    var container = ContainerDefinition(name: "app", image: "public.ecr.aws/nginx/nginx:1.27")
    container.cpu = 64
    container.memory = 128
    container.portMappings = [PortMapping(containerPort: 80, hostPort: 0)]
    spec.taskDefinitions = [RegisterTaskDefinitionInput(family: "bench", containerDefinitions: [container])]
    let sim: Simulator
    do { sim = try Simulator(scenario: spec, seed: 1) } catch { throw InputError(error.description) }
    _ = sim.drainEvents()
    if ProcessInfo.processInfo.environment["ECSIM_BENCH_NO_EVENTS"] != nil { sim.recordsEvents = false }
    var req = RunTaskRequest(taskDefinition: "bench:1")
    req.cluster = "bench"
    req.count = 10
    req.placementStrategy = [PlacementStrategyInput(type: "spread", field: "attribute:ecs.availability-zone"), PlacementStrategyInput(type: "binpack", field: "memory")]
    var placed = 0, failures = 0, events = 0
    let clock = ContinuousClock()
    let start = clock.now
    for _ in 0..<5_000 {
      let r = try sim.runTask(req)
      placed += r.tasks.count
      failures += r.failures.count
      events += sim.drainEvents().count
    }
    let wall = clock.now - start
    let violations = InvariantChecker.check(sim)
    let azCounts = sim.availabilityZones.map { az in sim.tasks.filter { $0.availabilityZone == az }.count }
    let used = sim.instances.filter { !$0.tasks.isEmpty }.count
    return [
      ("name", .string("placement")),
      ("wall_seconds", .double(seconds(wall))),
      ("peak_memory_mb", .double(peakMemoryMB())),
      ("tasks_placed", .int(Int64(placed))),
      ("failures", .int(Int64(failures))),
      ("events", .int(Int64(events))),
      ("instances_used", .int(Int64(used))),
      ("tasks_per_az", .array(azCounts.map { .int(Int64($0)) })),
      ("invariant_violations", .int(Int64(violations.count))),
      ("target_wall_seconds", .double(0.25)),
      ("target_peak_memory_mb", .double(300)),
    ]
  }

  /// A cluster `bench` of 1,000 m5.xlarge instances (ECS-optimized AMI) over three AZs.
  static func thousandInstances(_ name: String) -> ScenarioSpec {
    var spec = ScenarioSpec(name: name)
    spec.clusters = [ClusterSpec(name: "bench")]
    spec.roles = [RoleSpec(name: "ecsInstanceRole", trustedService: "ec2.amazonaws.com")]
    var group = InstanceGroupSpec(instanceType: "m5.xlarge")
    group.count = 1_000
    group.ecsConfig = "ECS_CLUSTER=bench"
    spec.instances = [group]
    return spec
  }

  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }

  /// The process's peak resident set (VmHWM), in MB.
  static func peakMemoryMB() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? -1
      return (kb / 1024 * 10).rounded() / 10
    }
    return -1
  }
}
