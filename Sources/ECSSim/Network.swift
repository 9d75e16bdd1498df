/// A subnet of the scenario's VPC: where instances and task ENIs get their private IPs.
public final class Subnet {
  public let subnetId: String
  public let availabilityZone: String
  public let cidr: String
  public let routeToInternet: Bool
  let base: UInt32
  let size: UInt32
  var used: Set<UInt32> = []

  init(spec: SubnetSpec) throws(ECSError) {
    subnetId = spec.subnetId
    availabilityZone = spec.availabilityZone
    cidr = spec.cidr
    routeToInternet = spec.routeToInternet
    guard let (b, prefix) = parseCIDR(spec.cidr), prefix >= 16, prefix <= 28 else {
      throw .invalidParameter("Invalid CIDR block \(spec.cidr) for \(spec.subnetId): expected a.b.c.d/16 to /28.")
    }
    base = b
    size = UInt32(1) << UInt32(32 - prefix)
  }

  /// Hands out a free private address. AWS reserves the first four and the last address of
  /// every subnet, so those are never given out.
  func allocateIP(_ rng: inout SeededRandom) -> String? {
    let usable = size - 5
    guard UInt32(used.count) < usable else { return nil }
    var offset = 4 + UInt32(rng.below(UInt64(usable)))
    while used.contains(offset) { offset = offset + 1 >= size - 1 ? 4 : offset + 1 }
    used.insert(offset)
    return formatIPv4(base + offset)
  }

  func releaseIP(_ ip: String) {
    guard let (addr, _) = parseCIDR(ip + "/32") else { return }
    used.remove(addr &- base)
  }
}

/// A security group with its ingress rules (checked by load-balancer health checks).
public struct SecurityGroup: Sendable {
  public var groupId: String
  public var groupName: String
  public var ingress: [IngressRuleSpec]
}

func parseCIDR(_ text: String) -> (UInt32, Int)? {
  let parts = text.split(separator: "/")
  guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix) else { return nil }
  let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
  guard octets.count == 4 else { return nil }
  var value: UInt32 = 0
  for o in octets {
    guard let v = UInt32(o), v < 256 else { return nil }
    value = value << 8 | v
  }
  let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << UInt32(32 - prefix)
  return (value & mask, prefix)
}

func formatIPv4(_ v: UInt32) -> String {
  "\(v >> 24).\((v >> 16) & 255).\((v >> 8) & 255).\(v & 255)"
}
