/// The scenario's network: one VPC with its subnets, and security groups.
extension VPCSpec {
  static let keys = ["vpcId", "cidr", "subnets"]

  /// The AZs that have a subnet, in subnet order, each once.
  public var availabilityZones: [String] {
    var out: [String] = []
    for s in subnets where !out.contains(s.availabilityZone) { out.append(s.availabilityZone) }
    return out
  }

  /// Subnet ids of the default VPC, one per AZ `<region>a`, `b`, `c`. Fixed (not random) so that
  /// scenarios, scripts and tests can name them.
  public static let defaultSubnetIds = [
    "subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719", "subnet-0a1b2c3d4e5f6071a",
  ]

  /// Three public subnets in `<region>a`, `b` and `c`, carved from the start of `cidr`: /20s of a
  /// /16 (`10.0.0.0/20`, `10.0.16.0/20`, `10.0.32.0/20`), a quarter each of a smaller VPC.
  /// Empty when the VPC is too small for three subnets of at least /28 (AWS's smallest).
  public static func defaultSubnets(cidr: String, region: String) -> [SubnetSpec] {
    guard let vpc = IPv4CIDR(cidr) else { return [] }
    let prefix = max(vpc.prefix + 2, 20)
    guard prefix <= 28 else { return [] }
    let size = UInt32(1) << UInt32(32 - prefix)
    return ["a", "b", "c"].enumerated().map { i, zone in
      let block = IPv4CIDR(base: vpc.base + UInt32(i) * size, prefix: prefix)
      return SubnetSpec(subnetId: defaultSubnetIds[i], availabilityZone: region + zone, cidr: block.description)
    }
  }

  static func decode(_ node: Node, path: String, region: String) throws(LocatedError) -> VPCSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var vpc = VPCSpec()
    if let idNode = f.child("vpcId") {
      vpc.vpcId = try idNode.asString(path: f.path("vpcId"))
      try checkIdPrefix(vpc.vpcId, "vpc-", path: f.path("vpcId"), at: idNode.location)
    }
    var vpcBlock = IPv4CIDR(vpc.cidr)!
    if let cidrNode = f.child("cidr") {
      vpcBlock = try decodeCIDR(cidrNode, path: f.path("cidr"), prefixes: 16...28)
      vpc.cidr = cidrNode.scalar!
    }
    // SubnetSpec has no location field: keep each item's location beside it for the checks below.
    if let items = try f.each("subnets", { (n, p) throws(LocatedError) in
      (spec: try SubnetSpec.decode(n, path: p, region: region, vpc: vpcBlock), location: n.location)
    }) {
      vpc.subnets = items.map(\.spec)
      try checkUnique(items.map { ($0.spec.subnetId, $0.location) }, listPath: f.path("subnets"), what: "subnet id")
      // Subnets of one VPC may not overlap (EC2 rejects the second with a CIDR conflict).
      let blocks = items.map { IPv4CIDR($0.spec.cidr)! }
      for i in blocks.indices {
        for j in 0..<i where blocks[i].overlaps(blocks[j]) {
          throw LocatedError(
            "\(f.path("subnets"))[\(i)].cidr: \(blocks[i]) overlaps \(f.path("subnets"))[\(j)] (\(blocks[j]))",
            at: items[i].location)
        }
      }
    } else {
      vpc.subnets = defaultSubnets(cidr: vpc.cidr, region: region)
      if vpc.subnets.isEmpty {
        throw LocatedError(
          "\(f.path("cidr")): a /\(vpcBlock.prefix) VPC is too small for the three default subnets; list 'subnets'",
          at: f.child("cidr")?.location ?? node.location)
      }
    }
    return vpc
  }
}

extension SubnetSpec {
  static let keys = ["subnetId", "availabilityZone", "cidr", "routeToInternet", "natGateway"]

  static func decode(_ node: Node, path: String, region: String, vpc: IPv4CIDR) throws(LocatedError) -> SubnetSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let id = try f.name("subnetId")
    try checkIdPrefix(id, "subnet-", path: f.path("subnetId"), at: f.child("subnetId")?.location)
    let zoneNode = try f.require("availabilityZone")
    let zone = try decodeAvailabilityZone(zoneNode, path: f.path("availabilityZone"), region: region)
    let cidrNode = try f.require("cidr")
    let block = try decodeCIDR(cidrNode, path: f.path("cidr"), prefixes: 16...28)
    guard vpc.contains(block) else {
      throw LocatedError("\(f.path("cidr")): \(block) is outside the VPC's \(vpc)", at: cidrNode.location)
    }
    var subnet = SubnetSpec(
      subnetId: id, availabilityZone: zone, cidr: cidrNode.scalar!,
      routeToInternet: try f.bool("routeToInternet") ?? true)
    subnet.natGateway = try f.bool("natGateway") ?? false
    return subnet
  }
}

extension SecurityGroupSpec {
  static let keys = ["groupId", "groupName", "ingress"]

  static func decode(_ node: Node, path: String) throws(LocatedError) -> SecurityGroupSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let id = try f.name("groupId")
    try checkIdPrefix(id, "sg-", path: f.path("groupId"), at: f.child("groupId")?.location)
    var group = SecurityGroupSpec(groupId: id, groupName: try f.name("groupName"))
    group.ingress = try f.each("ingress", IngressRuleSpec.decode) ?? []
    group.location = node.location
    return group
  }
}

extension IngressRuleSpec {
  static let keys = ["protocol", "port", "fromPort", "toPort", "source"]
  /// EC2's IpProtocol words; `-1` is "all traffic".
  static let protocols = ["tcp", "udp", "icmp", "-1"]

  /// `{protocol: tcp, fromPort: 32768, toPort: 65535, source: sg-…}`, or `port: 80` for a
  /// single port. tcp and udp need ports; `icmp` and `-1` (all traffic) take none and are
  /// stored as 0–65535 so that a port check needs no special case.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> IngressRuleSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let proto = try f.oneOf("protocol", protocols) ?? "tcp"
    let sourceNode = try f.require("source")
    let source = try sourceNode.asString(path: f.path("source"))
    if !source.hasPrefix("sg-") {
      guard IPv4CIDR(source) != nil else {
        throw LocatedError(
          "\(f.path("source")): expected a security group id (sg-…) or a CIDR such as 0.0.0.0/0, found '\(source)'",
          at: sourceNode.location)
      }
    }
    let ports = 0...65535
    var from: Int, to: Int
    if f.has("port") {
      if f.has("fromPort") || f.has("toPort") {
        throw LocatedError("\(path): give either 'port' or 'fromPort' and 'toPort', not both", at: node.location)
      }
      from = try f.int("port", in: ports)!
      to = from
    } else if f.has("fromPort") || f.has("toPort") {
      guard let a = try f.int("fromPort", in: ports) else { throw missing("fromPort", f) }
      guard let b = try f.int("toPort", in: ports) else { throw missing("toPort", f) }
      guard a <= b else {
        throw LocatedError("\(path): fromPort \(a) is greater than toPort \(b)", at: f.child("fromPort")?.location)
      }
      from = a; to = b
    } else if proto == "tcp" || proto == "udp" {
      throw LocatedError("\(path): a \(proto) rule needs 'port' or 'fromPort' and 'toPort'", at: node.location)
    } else {
      from = 0; to = 65535
    }
    var rule = IngressRuleSpec(fromPort: from, toPort: to, source: source)
    rule.protocol = proto
    return rule
  }

  private static func missing(_ key: String, _ f: ScenarioFields) -> LocatedError {
    LocatedError("\(f.prefix): missing required key '\(key)'", at: f.location)
  }
}

/// `us-east-1a`: the scenario's region followed by one zone letter.
func decodeAvailabilityZone(_ node: Node, path: String, region: String) throws(LocatedError) -> String {
  let zone = try node.asString(path: path)
  let letter = zone.dropFirst(region.count)
  guard zone.hasPrefix(region), letter.count == 1, let c = letter.first, c >= "a", c <= "z" else {
    throw LocatedError(
      "\(path): '\(zone)' is not an availability zone of \(region) (such as \(region)a)", at: node.location)
  }
  return zone
}

func checkIdPrefix(_ id: String, _ prefix: String, path: String, at location: SourceLocation?) throws(LocatedError) {
  guard id.hasPrefix(prefix), id.count > prefix.count else {
    throw LocatedError("\(path): expected an id starting with '\(prefix)', found '\(id)'", at: location)
  }
}

func decodeCIDR(_ node: Node, path: String, prefixes: ClosedRange<Int>) throws(LocatedError) -> IPv4CIDR {
  let s = try node.asString(path: path)
  guard let block = IPv4CIDR(s) else {
    throw LocatedError("\(path): expected an IPv4 CIDR block such as 10.0.0.0/16, found '\(s)'", at: node.location)
  }
  guard prefixes.contains(block.prefix) else {
    throw LocatedError(
      "\(path): the block size must be between /\(prefixes.lowerBound) and /\(prefixes.upperBound), found /\(block.prefix)",
      at: node.location)
  }
  guard block.base == block.network else {
    throw LocatedError("\(path): \(s) has host bits set; did you mean '\(IPv4CIDR(base: block.network, prefix: block.prefix))'?", at: node.location)
  }
  return block
}
