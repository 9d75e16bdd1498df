/// Instances that pass the filters that do not change from one copy to the next (ACTIVE, and
/// the `.pool` stage of `PlacementFilter`), cached per cluster until an instance changes.
final class EligibleInstances {
  let generation: Int
  let all: [ContainerInstance]
  /// Ordinals of `all` (their index in `Simulator.instances` and the capacity table).
  let ordinals: [Int]
  /// Per spread attribute: ordinals grouped by value, values in first-seen order.
  var buckets: [String: [(value: String, members: [Int])]] = [:]

  init(generation: Int, all: [ContainerInstance]) {
    self.generation = generation
    self.all = all
    ordinals = all.map(\.ordinal)
  }

  func partition(by attribute: String) -> [(value: String, members: [Int])] {
    if let b = buckets[attribute] { return b }
    var index: [String: Int] = [:]
    var out: [(value: String, members: [Int])] = []
    for inst in all {
      let v = (inst.attribute(attribute) ?? nil) ?? ""
      if let i = index[v] { out[i].members.append(inst.ordinal) } else { index[v] = out.count; out.append((v, [inst.ordinal])) }
    }
    buckets[attribute] = out
    return out
  }
}
