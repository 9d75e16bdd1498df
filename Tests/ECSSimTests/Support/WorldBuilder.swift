@testable import ECSSim

/// Small worlds for engine tests, built in code so each test states exactly what it has.
final class WorldBuilder {
  var spec = ScenarioSpec(name: "test")

  init() {
    spec.clusters = [ClusterSpec(name: "default")]
    spec.roles = [
      RoleSpec(name: "ecsInstanceRole", trustedService: "ec2.amazonaws.com"),
      RoleSpec(name: "ecsTaskExecutionRole", trustedService: "ecs-tasks.amazonaws.com"),
      RoleSpec(name: "app-role", trustedService: "ecs-tasks.amazonaws.com"),
    ]
    spec.roles[0].managedPolicies = ["AmazonEC2ContainerServiceforEC2Role"]
    spec.roles[1].managedPolicies = ["AmazonECSTaskExecutionRolePolicy"]
    spec.roles[2].actions = ["s3:GetObject"]
    var repo = RepositorySpec(name: "web")
    var img = ImageSpec(tags: ["1.0"])
    img.sizeMB = 100
    repo.images = [img]
    spec.repositories = [repo]
  }

  @discardableResult
  func instances(_ type: String = "m5.large", count: Int = 1, zones: [String] = [], ami: AMIKind = .ecsOptimized, config: String = "") -> Self {
    var g = InstanceGroupSpec(instanceType: type)
    g.count = count
    g.availabilityZones = zones
    g.ecsConfig = config
    g.ami = ami
    spec.instances.append(g)
    return self
  }

  @discardableResult
  func taskDefinition(_ family: String, mode: NetworkMode? = nil, taskRole: Bool = false, fargate: Bool = false,
                      cpu: String? = nil, memory: String? = nil, _ configure: (inout ContainerDefinition) -> Void = { _ in }) -> Self {
    var c = ContainerDefinition(name: family, image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0")
    c.cpu = 256
    c.memory = 512
    configure(&c)
    var input = RegisterTaskDefinitionInput(family: family, containerDefinitions: [c])
    input.networkMode = mode
    if taskRole { input.taskRoleArn = "arn:aws:iam::123456789012:role/app-role" }
    if fargate {
      input.requiresCompatibilities = [.fargate]
      input.executionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
    }
    input.cpu = cpu
    input.memory = memory
    spec.taskDefinitions.append(input)
    return self
  }

  func build(seed: UInt64 = 7) throws -> Simulator {
    let sim = try Simulator(scenario: spec, seed: seed)
    sim.checksInvariants = true
    return sim
  }
}

extension Simulator {
  /// Runs a command line and fails the test's expectation message if it did not apply.
  @discardableResult
  func must(_ line: String) throws -> JSONValue? {
    switch execute(line) {
    case .applied(let out): return out
    case .failed(let m): throw TestFailure(m)
    case .nothing: return nil
    }
  }

  func failure(_ line: String) -> String? { execute(line).errorMessage }

  var liveTasks: [ECSTask] { tasks.filter { $0.lastStatus != .stopped } }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}
