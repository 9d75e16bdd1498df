/// EC2 instances launched for the cluster: what EC2 and the instance's user data decide, before
/// the agent registers them.
extension InstanceGroupSpec {
  static let keys = [
    "instanceType", "count", "availabilityZones", "purchaseOption", "ami", "iamRole",
    "securityGroups", "cachedImages", "ecsConfig", "instanceIds",
  ]

  /// An instance group. `availabilityZones` left out means every AZ the VPC has a subnet in
  /// (filled in by `ScenarioSpec.decode`, which knows the VPC). `iamRole: ~` launches without an
  /// instance profile, which is how a scenario shows an agent that cannot register.
  static func decode(_ node: Node, path: String, region: String) throws(LocatedError) -> InstanceGroupSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let typeNode = try f.require("instanceType")
    let typeName = try typeNode.asString(path: f.path("instanceType"))
    guard InstanceType.named(typeName) != nil else {
      let known = InstanceType.catalogue.map(\.name)
      var msg = "\(f.path("instanceType")): unknown instance type '\(typeName)'"
      if let g = closestMatch(typeName, in: known) { msg += "; did you mean '\(g)'?" }
      else { msg += "; known types include \(known.prefix(8).joined(separator: ", "))" }
      throw LocatedError(msg, at: typeNode.location)
    }
    var group = InstanceGroupSpec(instanceType: typeName)
    group.count = try f.int("count", in: 1...Int.max) ?? 1
    if let zones = try f.each("availabilityZones", { (n, p) throws(LocatedError) in
      try decodeAvailabilityZone(n, path: p, region: region)
    }) {
      if zones.isEmpty {
        throw LocatedError("\(f.path("availabilityZones")): list at least one availability zone, or leave the key out for all of them", at: f.child("availabilityZones")?.location)
      }
      group.availabilityZones = zones
    }
    if let s = try f.oneOf("purchaseOption", PurchaseOption.allCases.map(\.rawValue)) {
      group.purchaseOption = PurchaseOption(rawValue: s)!
    }
    if let s = try f.oneOf("ami", AMIKind.allCases.map(\.rawValue)) {
      group.ami = AMIKind(rawValue: s)!
    }
    if f.has("iamRole") {
      group.iamRole = try f.string("iamRole")  // explicit null: no instance profile
    }
    group.securityGroups = try f.strings("securityGroups") ?? []
    group.cachedImages = try f.strings("cachedImages") ?? []
    if let config = f.child("ecsConfig") {
      group.ecsConfig = try config.asString(path: f.path("ecsConfig"))
      // The YAML reader places a block scalar (`ecsConfig: |`) at its first content line, so
      // line N of the text is line `location.line + N - 1` of the file.
      group.ecsConfigLocation = config.location
    }
    // Fixed EC2 ids, so a timeline can name an instance (`drain i-…`, `spot-interrupt i-…`);
    // ids are otherwise drawn from the seeded random source.
    if let ids = try f.strings("instanceIds") {
      let idsNode = f.child("instanceIds")
      guard ids.count == group.count else {
        throw LocatedError("\(f.path("instanceIds")): list one id per instance: count is \(group.count), found \(ids.count)", at: idsNode?.location)
      }
      for id in ids where !isEC2InstanceID(id) {
        throw LocatedError("\(f.path("instanceIds")): '\(id)' is not an EC2 instance id (i- followed by 8 or 17 hexadecimal digits)", at: idsNode?.location)
      }
      if Set(ids).count != ids.count {
        throw LocatedError("\(f.path("instanceIds")): an instance id appears twice", at: idsNode?.location)
      }
      group.instanceIds = ids
    }
    group.location = node.location
    return group
  }
}

/// `i-` + 8 (old format) or 17 lowercase hex digits.
func isEC2InstanceID(_ s: String) -> Bool {
  guard s.hasPrefix("i-") else { return false }
  let hex = s.dropFirst(2)
  return (hex.count == 8 || hex.count == 17) && hex.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
}
