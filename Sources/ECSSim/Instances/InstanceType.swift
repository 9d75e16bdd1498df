/// An EC2 instance type as ECS sees it: the CPU and memory the agent registers, and how many
/// network interfaces an `awsvpc` task can draw on.
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

  /// A catalogue entry whose registered memory follows `osVisibleMemoryMiB(nominal:)`.
  init(_ name: String, vcpus: Int, memoryGiB: Int, maxENIs: Int) {
    let nominal = memoryGiB * 1024
    self.init(name: name, vcpus: vcpus, memoryMiB: nominal,
              registeredMemoryMiB: InstanceType.osVisibleMemoryMiB(nominal: nominal), maxENIs: maxENIs)
  }

  /// CPU units the agent registers (1024 per vCPU).
  public var cpuUnits: Int { vcpus * 1024 }

  /// The memory the kernel reports as `MemTotal` (which the agent registers, before
  /// `ECS_RESERVED_MEMORY`), modelled from the nominal size. [SIM]
  ///
  /// The agent registers what Docker reads from `/proc/meminfo`, which is below nominal: the
  /// kernel keeps memory for its page tables (a `struct page` per 4 KiB page), its own image
  /// and reservations that only appear on larger machines. The model is the lower of two lines
  /// (a concave, piecewise-linear loss):
  ///
  ///     loss       = min(80 + (nominal − 1024) × 311 / 3072,  270 + nominal × 121 / 4096)
  ///     registered = nominal − loss                                  (integer MiB)
  ///
  /// It is a fit, not a derivation, through three observations on Amazon Linux 2
  /// ECS-optimized instances: t3.micro about 944 MiB of 1024, c5.large 3705 of 4096 (the AWS
  /// CLI's `update-container-instances-state` example output, agent 1.29.0), m5.large about
  /// 7680 of 8192; above 4 GiB the loss grows by 2.95 % of memory. Older Xen instances lost
  /// less (AWS's memory-management page: m4.large 7985 of 8192). Integer arithmetic only, so
  /// the result is the same on every platform.
  public static func osVisibleMemoryMiB(nominal: Int) -> Int {
    let steep = 80 + (nominal - 1024) * 311 / 3072
    let gentle = 270 + nominal * 121 / 4096
    return nominal - max(0, min(steep, gentle))
  }

  /// Every type the simulator knows, by family (t3, m5, c5, r5) then size, smallest first.
  ///
  /// vCPUs, memory and maximum network interfaces per the EC2 instance-type documentation
  /// (general purpose, compute optimized, memory optimized; "Maximum network interfaces").
  /// t3 has no 4xlarge; its burstable CPU credits are not modelled (ECS registers all vCPUs).
  public static let catalogue: [InstanceType] = [
    InstanceType("t3.micro", vcpus: 2, memoryGiB: 1, maxENIs: 2),
    InstanceType("t3.small", vcpus: 2, memoryGiB: 2, maxENIs: 3),
    InstanceType("t3.medium", vcpus: 2, memoryGiB: 4, maxENIs: 3),
    InstanceType("t3.large", vcpus: 2, memoryGiB: 8, maxENIs: 3),
    InstanceType("t3.xlarge", vcpus: 4, memoryGiB: 16, maxENIs: 4),
    InstanceType("t3.2xlarge", vcpus: 8, memoryGiB: 32, maxENIs: 4),
    InstanceType("m5.large", vcpus: 2, memoryGiB: 8, maxENIs: 3),
    InstanceType("m5.xlarge", vcpus: 4, memoryGiB: 16, maxENIs: 4),
    InstanceType("m5.2xlarge", vcpus: 8, memoryGiB: 32, maxENIs: 4),
    InstanceType("m5.4xlarge", vcpus: 16, memoryGiB: 64, maxENIs: 8),
    InstanceType("c5.large", vcpus: 2, memoryGiB: 4, maxENIs: 3),
    InstanceType("c5.xlarge", vcpus: 4, memoryGiB: 8, maxENIs: 4),
    InstanceType("c5.2xlarge", vcpus: 8, memoryGiB: 16, maxENIs: 4),
    InstanceType("c5.4xlarge", vcpus: 16, memoryGiB: 32, maxENIs: 8),
    InstanceType("r5.large", vcpus: 2, memoryGiB: 16, maxENIs: 3),
    InstanceType("r5.xlarge", vcpus: 4, memoryGiB: 32, maxENIs: 4),
    InstanceType("r5.2xlarge", vcpus: 8, memoryGiB: 64, maxENIs: 4),
    InstanceType("r5.4xlarge", vcpus: 16, memoryGiB: 128, maxENIs: 8),
  ]

  /// Position of each name in `catalogue`, built once: scenarios with thousands of instances
  /// look their type up without scanning the list. Only used for lookups, never iterated.
  private static let index: [String: Int] = {
    var d: [String: Int] = [:]
    d.reserveCapacity(catalogue.count)
    for (i, t) in catalogue.enumerated() { d[t.name] = i }
    return d
  }()

  public static func named(_ name: String) -> InstanceType? {
    guard let i = index[name] else { return nil }
    return catalogue[i]
  }

  /// Every catalogue name, in catalogue order (for "did you mean" and help text).
  public static var names: [String] { catalogue.map(\.name) }
}
