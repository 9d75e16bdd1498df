/// STUB — replaced by the instance type catalogue.
public struct InstanceType: Sendable, Hashable {
  public var name: String
  public var vcpus: Int
  /// Nominal memory in MiB (what EC2 advertises).
  public var memoryMiB: Int
  /// MEMORY the agent registers: what the OS sees, a little below nominal.
  public var registeredMemoryMiB: Int
  /// Network interfaces the type supports (awsvpc tasks need one each, the primary is the host's).
  public var maxENIs: Int

  public init(name: String, vcpus: Int, memoryMiB: Int, registeredMemoryMiB: Int, maxENIs: Int) {
    self.name = name; self.vcpus = vcpus; self.memoryMiB = memoryMiB
    self.registeredMemoryMiB = registeredMemoryMiB; self.maxENIs = maxENIs
  }

  /// CPU units the agent registers (1024 per vCPU).
  public var cpuUnits: Int { vcpus * 1024 }

  public static let catalogue: [InstanceType] = [
    InstanceType(name: "m5.large", vcpus: 2, memoryMiB: 8192, registeredMemoryMiB: 7680, maxENIs: 3),
    InstanceType(name: "m5.xlarge", vcpus: 4, memoryMiB: 16384, registeredMemoryMiB: 15576, maxENIs: 4),
  ]

  public static func named(_ name: String) -> InstanceType? { catalogue.first { $0.name == name } }
}
