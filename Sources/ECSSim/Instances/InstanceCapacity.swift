/// What placement reads of one container instance for every copy it places: free CPU,
/// memory and dynamic ports, packed together.
struct InstanceCapacity {
  var cpu: Int32
  var memory: Int32
  var freeDynamicTCP: Int32
}
