/// Names that one section uses for things another section defines, with where they were
/// written, checked by `check(_:)` once the whole file is read.
struct ScenarioReferences {
  struct Subnet {
    var id: String
    var path: String
    var location: SourceLocation?
  }

  enum Use {
    /// A listener's `defaultTargetGroup` or a service's `targetGroupArn`/`targetGroupName`.
    case targetGroup(name: String, path: String, location: SourceLocation?)
    /// A load balancer's `subnets`: they must be the VPC's, one per AZ, in at least two AZs.
    case loadBalancerSubnets(path: String, location: SourceLocation?, subnets: [Subnet])
  }

  /// In the order written, so the first problem reported is the first in the file.
  var uses: [Use] = []

  func check(_ spec: ScenarioSpec) throws(LocatedError) {
    let groupNames = spec.targetGroups.map(\.name)
    for use in uses {
      switch use {
      case .targetGroup(let ref, let path, let location):
        let name = Self.targetGroupName(ref)
        guard !groupNames.contains(name) else { continue }
        var msg = "\(path): no target group named '\(name)' in targetGroups"
        if let g = closestMatch(name, in: groupNames) { msg += "; did you mean '\(g)'?" }
        throw LocatedError(msg, at: location)
      case .loadBalancerSubnets(let path, let location, let subnets):
        try Self.checkLoadBalancerSubnets(path: path, location: location, subnets: subnets, vpc: spec.vpc)
      }
    }
  }

  /// A target group's name from an ELB ARN (`arn:aws:elasticloadbalancing:…:targetgroup/NAME/ID`);
  /// anything else is taken as a name.
  static func targetGroupName(_ ref: String) -> String {
    let parts = ref.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn" else { return ref }
    let resource = parts[5].split(separator: "/", omittingEmptySubsequences: false)
    guard resource.count >= 2, resource[0] == "targetgroup" else { return ref }
    return String(resource[1])
  }

  /// An Application Load Balancer lives in at least two Availability Zones, with one subnet in
  /// each (ELB rejects two subnets of one AZ).
  static func checkLoadBalancerSubnets(
    path: String, location: SourceLocation?, subnets: [Subnet], vpc: VPCSpec
  ) throws(LocatedError) {
    var zones: [String] = []
    for (i, s) in subnets.enumerated() {
      guard let subnet = vpc.subnets.first(where: { $0.subnetId == s.id }) else {
        var msg = "\(s.path): no subnet '\(s.id)' in the VPC"
        if let g = closestMatch(s.id, in: vpc.subnets.map(\.subnetId)) { msg += "; did you mean '\(g)'?" }
        throw LocatedError(msg, at: s.location)
      }
      if let j = subnets[..<i].firstIndex(where: { $0.id == s.id }) {
        throw LocatedError("\(s.path): subnet '\(s.id)' is listed twice (also \(path)[\(j)])", at: s.location)
      }
      if zones.contains(subnet.availabilityZone) {
        let other = subnets[..<i].first { prev in
          vpc.subnets.first { $0.subnetId == prev.id }?.availabilityZone == subnet.availabilityZone
        }!
        throw LocatedError(
          "\(s.path): '\(s.id)' is in \(subnet.availabilityZone) like '\(other.id)'; a load balancer takes one subnet per Availability Zone",
          at: s.location)
      }
      zones.append(subnet.availabilityZone)
    }
    guard zones.count >= 2 else {
      let found = zones.isEmpty ? "none is given" : "all are in \(zones[0])"
      throw LocatedError(
        "\(path): an Application Load Balancer needs subnets in at least two Availability Zones; \(found)",
        at: location)
    }
  }
}
