/// Every instance's free capacity in one contiguous array, indexed by the instance's ordinal.
///
/// This is the one place these numbers live (`ContainerInstance.remainingCPU` reads and writes
/// here): scanning a few hundred candidates for each copy then touches a small dense array
/// instead of hundreds of objects, which is what keeps 50,000 placements well under a second.
final class CapacityTable {
  var rows: [InstanceCapacity] = []
}
