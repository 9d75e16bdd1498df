/// The task sizes Fargate can run, as data: each task `cpu` value with the `memory` values it
/// allows. RegisterTaskDefinition rejects any other pair for a definition that requires FARGATE,
/// and only a definition with a valid pair is marked FARGATE-compatible.
///
/// Source: docs/ecs/fargate.md §2 (AWS "Invalid CPU or memory value specified" troubleshooting
/// page). The 8 and 16 vCPU rows need Linux platform version 1.4.0 or later, which is what LATEST
/// resolves to, so the simulator always offers them.
public enum FargateTaskSizes {
  /// One row of the table: a task cpu value and the memory values (MiB) allowed with it.
  public struct Row: Sendable, Equatable {
    public var cpu: Int
    public var memory: [Int]

    /// Memory values from `from` to `through` in steps of `step` (all MiB).
    init(cpu: Int, from: Int, through: Int, step: Int) {
      self.cpu = cpu
      self.memory = Array(stride(from: from, through: through, by: step))
    }

    init(cpu: Int, memory: [Int]) {
      self.cpu = cpu
      self.memory = memory
    }
  }

  public static let rows: [Row] = [
    Row(cpu: 256, memory: [512, 1024, 2048]),
    Row(cpu: 512, from: 1024, through: 4096, step: 1024),
    Row(cpu: 1024, from: 2048, through: 8192, step: 1024),
    Row(cpu: 2048, from: 4096, through: 16384, step: 1024),
    Row(cpu: 4096, from: 8192, through: 30720, step: 1024),
    Row(cpu: 8192, from: 16384, through: 61440, step: 4096),
    Row(cpu: 16384, from: 32768, through: 122880, step: 8192),
  ]

  /// True when Fargate has a task size with exactly this cpu (units) and memory (MiB).
  public static func isValid(cpu: Int, memory: Int) -> Bool {
    rows.contains { $0.cpu == cpu && $0.memory.contains(memory) }
  }
}
