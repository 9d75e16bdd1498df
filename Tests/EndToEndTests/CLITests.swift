import Foundation
import ProcessSupport
import Testing

/// Runs the built `ecsim` binary as a user would and checks its output and exit status.
@Suite(.serialized) struct CLITests {
  static var binary: URL {
    let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [dir, dir.deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("ecsim")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return dir.appendingPathComponent("ecsim")
  }

  /// Runs the binary with `args` and stdin from /dev/null; a run still going after five
  /// minutes (a hang, not a slow machine) is killed and fails the test.
  static func ecsim(_ args: [String]) async throws -> ProcessOutput {
    try await CapturedCommand(binary.path, args).run(timeout: .seconds(300))
  }

  static func tempFile(_ name: String, _ text: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ecsim-e2e-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func simulateDefaultPrintsOneJSONObjectPerEvent() async throws {
    let r = try await Self.ecsim(["simulate", "--until", "3m"])
    #expect(r.status == .exited(0), "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count > 50)
    for line in lines {
      let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(obj?["time"] is String && obj?["kind"] is String, "\(line)")
    }
    #expect(r.stdout.contains("\"kind\":\"TaskStateChange\""))
    #expect(r.stdout.contains("\"lastStatus\":\"RUNNING\""))
    #expect(r.stdout.contains("\"message\":\"Essential container in task exited\""))
  }

  @Test func sameSeedGivesIdenticalOutputAndAnotherSeedDoesNot() async throws {
    let a = try await Self.ecsim(["simulate", "--seed", "9", "--until", "4m"])
    let b = try await Self.ecsim(["simulate", "--seed", "9", "--until", "4m"])
    let c = try await Self.ecsim(["simulate", "--seed", "10", "--until", "4m"])
    #expect(a.stdout == b.stdout)
    #expect(a.stdout != c.stdout)
  }

  @Test func stateIsWrittenInTheAPIShapes() async throws {
    let r = try await Self.ecsim(["simulate", "--until", "1m", "--state", "-"])
    #expect(r.status == .exited(0))
    let start = try #require(r.stdout.range(of: "\n{\n"))
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout[start.lowerBound...].utf8)) as? [String: Any]
    let tasks = (json?["describe-tasks"] as? [String: Any])?["tasks"] as? [[String: Any]]
    #expect((tasks?.count ?? 0) >= 9)
    let first = try #require(tasks?.first)
    for key in ["taskArn", "lastStatus", "desiredStatus", "containers", "createdAt", "group", "launchType"] {
      #expect(first[key] != nil, "missing \(key)")
    }
    let clusters = (json?["describe-clusters"] as? [String: Any])?["clusters"] as? [[String: Any]]
    #expect(clusters?.first?["registeredContainerInstancesCount"] as? Int == 6)
    #expect(json?["describe-container-instances"] != nil && json?["describe-task-definition"] != nil)
  }

  @Test func brokenScenarioIsALocatedErrorWithStatus2() async throws {
    let path = try Self.tempFile("broken.yaml", """
      name: broken
      clusters: [default]
      instances:
        - instanceTyp: m5.large
      """)
    let r = try await Self.ecsim(["simulate", "--scenario", path])
    #expect(r.status == .exited(2))
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "\(path):4:5: error: instances[0]: unknown key 'instanceTyp'; did you mean 'instanceType'?\n")
  }

  @Test func ownScenarioRuns() async throws {
    let path = try Self.tempFile("mine.yaml", """
      name: mine
      clusters: [default]
      roles:
        - {name: ecsInstanceRole, trustedService: ec2.amazonaws.com, managedPolicies: [AmazonEC2ContainerServiceforEC2Role]}
      instances:
        - {instanceType: t3.medium, count: 2, ecsConfig: "ECS_CLUSTER=default"}
      taskDefinitions:
        - family: hello
          containerDefinitions:
            - {name: hello, image: "public.ecr.aws/docker/library/nginx:1.27", memory: 128, portMappings: [{containerPort: 80}]}
      tasks:
        - {taskDefinition: hello, count: 3}
      """)
    let r = try await Self.ecsim(["simulate", "--scenario", path, "--until", "2m", "--format", "text"])
    #expect(r.status == .exited(0), "\(r.stderr)")
    #expect(r.stdout.components(separatedBy: "hello:1  RUNNING").count - 1 == 3)
  }

  @Test func badCommandIsRejectedBeforeAnythingRuns() async throws {
    let r = try await Self.ecsim(["simulate", "--command", "rn-task --task-definition web"])
    #expect(r.status == .exited(2))
    #expect(r.stdout.isEmpty)
    #expect(r.stderr == "--command #1:1: error: unknown command 'rn-task'; did you mean 'run-task'?\n")
  }

  @Test func failingECSCallIsAnEventNotACrash() async throws {
    let r = try await Self.ecsim(["simulate", "--until", "1m", "--command", "run-task --cluster prod --task-definition web"])
    #expect(r.status == .exited(0))
    #expect(r.stdout.contains("An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found."))
  }

  @Test func badDurationExitsWith2() async throws {
    let r = try await Self.ecsim(["simulate", "--until", "soon"])
    #expect(r.status == .exited(2))
    #expect(r.stderr.contains("--until: expected a duration"))
  }

  @Test func unknownFlagExitsWith2() async throws {
    let r = try await Self.ecsim(["simulate", "--untl", "5m"])
    #expect(r.status == .exited(2))
    #expect(r.stderr.contains("--untl"))
  }

  @Test func scenariosListsTheBuiltIns() async throws {
    let r = try await Self.ecsim(["scenarios"])
    #expect(r.status == .exited(0))
    #expect(r.stdout.hasPrefix("default "))
    #expect(r.stdout.contains("\nempty "))
  }

  /// Plain `ecsim` opens the dashboard, which needs a terminal: with standard output to a pipe
  /// it refuses before drawing anything, says what to run instead, and exits 2.
  @Test func plainEcsimWithoutATerminalExits2() async throws {
    let r = try await Self.ecsim([])
    #expect(r.status == .exited(2))
    #expect(r.stdout.isEmpty)
    #expect(
      r.stderr
        == "ecsim: standard output is not a terminal (the dashboard needs one; use 'ecsim simulate' for headless runs)\n")
  }
}

@Suite struct CLIHelpTests {
  @Test func helpPrintsUsageAndExitsZero() async throws {
    let r = try await CLITests.ecsim(["simulate", "--help"])
    #expect(r.status == .exited(0))
    #expect(r.stdout.hasPrefix("OVERVIEW: Run a scenario headless"))
    #expect(r.stdout.contains("--until"))
  }

  @Test func stateHasServicesAndTargetHealth() async throws {
    let r = try await CLITests.ecsim(["simulate", "--until", "2m", "--state", "-"])
    let start = try #require(r.stdout.range(of: "\n{\n"))
    let json = try JSONSerialization.jsonObject(with: Data(r.stdout[start.lowerBound...].utf8)) as? [String: Any]
    let services = (json?["describe-services"] as? [String: Any])?["services"] as? [[String: Any]]
    #expect(services?.first?["serviceName"] as? String == "web")
    #expect(services?.first?["runningCount"] as? Int == 6)
    let health = json?["describe-target-health"] as? [[String: Any]]
    let targets = health?.first?["TargetHealthDescriptions"] as? [[String: Any]]
    #expect(targets?.count == 6)
    #expect(targets?.allSatisfy { ($0["TargetHealth"] as? [String: Any])?["State"] as? String == "healthy" } == true)
  }
}
