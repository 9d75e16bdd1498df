/// A subnet of the scenario's VPC: where instances and task ENIs get their private IPs.
public final class Subnet {
  public let subnetId: String
  public let availabilityZone: String
  public let cidr: String
  public let routeToInternet: Bool
  public let natGateway: Bool
  let base: UInt32
  let size: UInt32
  var used: Set<UInt32> = []

  init(spec: SubnetSpec) throws(ECSError) {
    subnetId = spec.subnetId
    availabilityZone = spec.availabilityZone
    cidr = spec.cidr
    routeToInternet = spec.routeToInternet
    natGateway = spec.natGateway
    guard let block = IPv4CIDR(spec.cidr), block.prefix >= 16, block.prefix <= 28 else {
      throw .invalidParameter("Invalid CIDR block \(spec.cidr) for \(spec.subnetId): expected a.b.c.d/16 to /28.")
    }
    base = block.network
    size = UInt32(1) << UInt32(32 - block.prefix)
  }

  /// Hands out a free private address. AWS reserves the first four and the last address of
  /// every subnet, so those are never given out.
  func allocateIP(_ rng: inout SeededRandom) -> String? {
    let usable = size - 5
    guard UInt32(used.count) < usable else { return nil }
    var offset = 4 + UInt32(rng.below(UInt64(usable)))
    while used.contains(offset) { offset = offset + 1 >= size - 1 ? 4 : offset + 1 }
    used.insert(offset)
    return IPv4CIDR(base: base + offset, prefix: 32).address
  }

  func releaseIP(_ ip: String) {
    guard let addr = IPv4CIDR(ip + "/32") else { return }
    used.remove(addr.base &- base)
  }
}
