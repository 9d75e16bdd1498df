/// Application Load Balancers and their target groups, written in the ELBv2 API's input shapes
/// (CreateTargetGroup, CreateLoadBalancer, CreateListener) with camelCase keys.
///
/// Checked here with ELB's own rules: names, protocols, ports and health-check ranges. What
/// needs another section — a listener's target group, a load balancer's subnets and their
/// Availability Zones — is recorded in `ScenarioReferences` and checked once the whole file
/// is read, because sections may come in any order.
extension TargetGroupSpec {
  static let keys = ["name", "protocol", "port", "targetType", "healthCheck", "deregistrationDelaySeconds"]
  /// What an ALB's target groups speak; NLB and GWLB protocols (TCP, GENEVE, …) are not simulated.
  static let protocols = ["HTTP", "HTTPS"]
  /// `instance` for bridge/host tasks, `ip` for awsvpc tasks; `lambda` and `alb` are not simulated.
  static let targetTypes = ["instance", "ip"]

  /// `protocol` and `port` may be left out (HTTP on 80) although CreateTargetGroup requires them
  /// for these target types [SIM]: a scenario's target group is for ECS, and ECS registers each
  /// target with its own port, so the group's port rarely matters.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> TargetGroupSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var group = TargetGroupSpec(name: try decodeELBName(f, what: "target group"))
    if let p = try f.oneOf("protocol", protocols) { group.protocol = p }
    if let port = try f.int("port", in: 1...65535) { group.port = port }
    if let t = try f.oneOf("targetType", targetTypes) { group.targetType = t }
    if let hc = f.child("healthCheck") {
      group.healthCheck = try HealthCheckSettings.decode(hc, path: f.path("healthCheck"))
    }
    if let delay = try f.int("deregistrationDelaySeconds", in: 0...3600) { group.deregistrationDelaySeconds = delay }
    group.location = node.location
    return group
  }
}

extension HealthCheckSettings {
  static let keys = [
    "protocol", "port", "path", "intervalSeconds", "timeoutSeconds", "healthyThresholdCount",
    "unhealthyThresholdCount", "matcher",
  ]

  /// The ranges are ALB's: interval 5–300 s, timeout 2–120 s and shorter than the interval,
  /// thresholds 2–10, HTTP codes 200–499.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> HealthCheckSettings {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var hc = HealthCheckSettings()
    if let p = try f.oneOf("protocol", TargetGroupSpec.protocols) { hc.protocol = p }
    if let portNode = f.child("port") {
      let port = try portNode.asString(path: f.path("port"))
      guard port == "traffic-port" || (Int(port).map { (1...65535).contains($0) } ?? false) else {
        throw LocatedError(
          "\(f.path("port")): expected traffic-port or a port number from 1 to 65535, found '\(port)'",
          at: portNode.location)
      }
      hc.port = port
    }
    if let pathNode = f.child("path") {
      let p = try pathNode.asString(path: f.path("path"))
      if let problem = healthCheckPathProblem(p) {
        throw LocatedError("\(f.path("path")): \(problem)", at: pathNode.location)
      }
      hc.path = p
    }
    if let v = try f.int("intervalSeconds", in: 5...300) { hc.intervalSeconds = v }
    if let v = try f.int("timeoutSeconds", in: 2...120) { hc.timeoutSeconds = v }
    if let v = try f.int("healthyThresholdCount", in: 2...10) { hc.healthyThresholdCount = v }
    if let v = try f.int("unhealthyThresholdCount", in: 2...10) { hc.unhealthyThresholdCount = v }
    if let matcherNode = f.child("matcher") {
      // The string, or the API's `Matcher` shape `{HttpCode: 200-299}` as pasted from JSON.
      var codesNode = matcherNode
      var codesPath = f.path("matcher")
      if case .mapping = matcherNode.kind {
        let m = try ScenarioFields(matcherNode, path: codesPath, allowed: ["HttpCode"])
        codesNode = try m.require("HttpCode")
        codesPath = m.path("HttpCode")
      }
      let codes = try codesNode.asString(path: codesPath)
      guard isValidHTTPCodeMatcher(codes) else {
        throw LocatedError(
          "\(codesPath): expected HTTP codes from 200 to 499 such as 200, 200,202 or 200-299, found '\(codes)'",
          at: codesNode.location)
      }
      hc.matcher = codes
    }
    // ELB refuses a timeout that is not shorter than the interval (with defaults filled in).
    if hc.timeoutSeconds >= hc.intervalSeconds {
      throw LocatedError(
        "\(path): timeoutSeconds (\(hc.timeoutSeconds)) must be smaller than intervalSeconds (\(hc.intervalSeconds))",
        at: f.child("timeoutSeconds")?.location ?? f.child("intervalSeconds")?.location ?? node.location)
    }
    return hc
  }
}

/// What is wrong with a health-check path, or nil: ELB wants an absolute path of at most 1024
/// characters. Public so that CreateTargetGroup and ModifyTargetGroup check what a scenario does.
public func healthCheckPathProblem(_ path: String) -> String? {
  if !path.hasPrefix("/") { return "must start with '/', found '\(path)'" }
  if path.count > 1024 { return "can have at most 1024 characters, found \(path.count)" }
  return nil
}

/// `200`, `200,202`, `200-299` or a mix (`200-299,302`): ALB's HttpCode matcher, codes 200–499.
/// Public so that CreateTargetGroup and ModifyTargetGroup check what a scenario does.
public func isValidHTTPCodeMatcher(_ text: String) -> Bool {
  func code(_ s: Substring) -> Int? {
    guard s.count == 3, s.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(s), (200...499).contains(v) else {
      return nil
    }
    return v
  }
  let items = text.split(separator: ",", omittingEmptySubsequences: false)
  return !items.isEmpty && items.allSatisfy { item in
    let ends = item.split(separator: "-", omittingEmptySubsequences: false)
    switch ends.count {
    case 1: return code(ends[0]) != nil
    case 2:
      guard let low = code(ends[0]), let high = code(ends[1]) else { return false }
      return low <= high
    default: return false
    }
  }
}

/// What is wrong with a load balancer or target group name, or nil. ELB's rule for both: at
/// most 32 characters, only letters, digits and hyphens, not beginning or ending with a hyphen;
/// a load balancer's may not begin with `internal-` (ELB's DNS names use that prefix). Public so
/// that the ELBv2 verbs check what a scenario does.
public func elbNameProblem(_ name: String, isLoadBalancer: Bool) -> String? {
  if name.count > 32 { return "can have at most 32 characters, found \(name.count)" }
  if !name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
    return "may contain only letters, digits and hyphens"
  }
  if name.hasPrefix("-") || name.hasSuffix("-") { return "must not begin or end with a hyphen" }
  if isLoadBalancer, name.lowercased().hasPrefix("internal-") { return "must not begin with 'internal-'" }
  return nil
}

/// The required `name` of a target group or load balancer, checked with ELB's rule.
private func decodeELBName(_ f: ScenarioFields, what: String) throws(LocatedError) -> String {
  let name = try f.name("name")
  if let problem = elbNameProblem(name, isLoadBalancer: what == "load balancer") {
    throw LocatedError("\(f.path("name")): \(what) name '\(name)' \(problem)", at: f.child("name")?.location)
  }
  return name
}

extension LoadBalancerSpec {
  static let keys = ["name", "scheme", "subnets", "securityGroups", "listeners"]

  static func decode(
    _ node: Node, path: String, references: inout ScenarioReferences
  ) throws(LocatedError) -> LoadBalancerSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    var lb = LoadBalancerSpec(name: try decodeELBName(f, what: "load balancer"))
    if let scheme = try f.oneOf("scheme", ["internet-facing", "internal"]) { lb.scheme = scheme }
    // Subnets are required: they decide the load balancer's Availability Zones. Whether they
    // exist and span two AZs is checked against the VPC once the file is read.
    let subnetsNode = try f.require("subnets")
    var subnetUses: [ScenarioReferences.Subnet] = []
    for (i, item) in try subnetsNode.asList(path: f.path("subnets")).enumerated() {
      let p = "\(f.path("subnets"))[\(i)]"
      subnetUses.append(.init(id: try item.asString(path: p), path: p, location: item.location))
    }
    lb.subnets = subnetUses.map(\.id)
    references.uses.append(.loadBalancerSubnets(path: f.path("subnets"), location: subnetsNode.location, subnets: subnetUses))
    lb.securityGroups = try f.strings("securityGroups") ?? []
    let listeners = try f.each("listeners") { (n, p) throws(LocatedError) in
      (spec: try ListenerSpec.decode(n, path: p, references: &references), location: n.location)
    } ?? []
    // ELB: one listener per port on a load balancer (DuplicateListener).
    try checkUnique(listeners.map { (String($0.spec.port), $0.location) }, listPath: f.path("listeners"), what: "listener port")
    lb.listeners = listeners.map(\.spec)
    lb.location = node.location
    return lb
  }
}

extension ListenerSpec {
  static let keys = ["port", "protocol", "defaultTargetGroup", "redirectToPort"]

  /// `{port: 80, defaultTargetGroup: web}` forwards; `{port: 80, redirectToPort: 443}` answers
  /// with a redirect to HTTPS on that port (the usual 80 → 443 listener).
  static func decode(
    _ node: Node, path: String, references: inout ScenarioReferences
  ) throws(LocatedError) -> ListenerSpec {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    _ = try f.require("port")
    var listener = ListenerSpec(port: try f.int("port", in: 1...65535)!)
    if let p = try f.oneOf("protocol", TargetGroupSpec.protocols) { listener.protocol = p }
    switch (f.child("defaultTargetGroup"), f.child("redirectToPort")) {
    case (let tg?, nil):
      let name = try tg.asString(path: f.path("defaultTargetGroup"))
      listener.defaultTargetGroup = name
      references.uses.append(.targetGroup(name: name, path: f.path("defaultTargetGroup"), location: tg.location))
    case (nil, _?):
      listener.redirectToPort = try f.int("redirectToPort", in: 1...65535)
    case (_?, let redirect?):
      throw LocatedError("\(path): give either defaultTargetGroup or redirectToPort, not both", at: redirect.location)
    case (nil, nil):
      throw LocatedError("\(path): a listener needs defaultTargetGroup (forward) or redirectToPort (redirect)", at: node.location)
    }
    return listener
  }
}
