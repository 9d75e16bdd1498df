/// Live tasks of one group per value of one instance attribute (e.g. per AZ), kept up to date
/// as tasks start and stop once a spread strategy has asked for it.
final class SpreadTracker {
  let attribute: String
  private var valueIDs: [String: Int] = [:]
  private(set) var values: [String] = []
  private(set) var counts: [Int] = []
  /// Each instance's value id, by ordinal (-1: not looked up yet).
  private var instanceValue: [Int] = []

  init(attribute: String) { self.attribute = attribute }

  func valueID(_ value: String) -> Int {
    if let id = valueIDs[value] { return id }
    valueIDs[value] = values.count
    values.append(value)
    counts.append(0)
    return values.count - 1
  }

  func valueID(of inst: ContainerInstance) -> Int {
    if inst.ordinal < instanceValue.count, instanceValue[inst.ordinal] >= 0 { return instanceValue[inst.ordinal] }
    if inst.ordinal >= instanceValue.count {
      instanceValue.append(contentsOf: repeatElement(-1, count: inst.ordinal + 1 - instanceValue.count))
    }
    let id = valueID((inst.attribute(attribute) ?? nil) ?? "")
    instanceValue[inst.ordinal] = id
    return id
  }

  func add(_ delta: Int, on inst: ContainerInstance) { counts[valueID(of: inst)] += delta }

  func count(of value: String) -> Int { valueIDs[value].map { counts[$0] } ?? 0 }

  /// Recounts from the instances (after an attribute changed under live tasks).
  func rebuild(_ group: TaskGroup, _ cluster: Cluster) {
    valueIDs = [:]; values = []; counts = []; instanceValue = []
    for inst in cluster.instances {
      let n = group.count(on: inst)
      if n > 0 { add(n, on: inst) }
    }
  }
}
