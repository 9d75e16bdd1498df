/// Turns a scenario document (a `Node` tree read from YAML) into a `ScenarioSpec`.
///
/// Everything that can be checked without building the world is checked here, so a typo stops
/// the load with `file:line:col` instead of surfacing minutes into a simulation: unknown keys
/// (with "did you mean"), missing required keys, value types, ECS enum words, instance types,
/// counts, durations, CIDRs, availability zones of the scenario's region, duplicate names.
/// References between resources (a task's cluster, an instance's security group, an image in a
/// repository) need the world and are checked by the engine when it builds it; the exceptions
/// are a load balancer's subnets and the target groups that listeners and services name, which
/// the file itself defines and which are checked once every section is read.
extension ScenarioSpec {
  static let topLevelKeys = [
    "name", "description", "region", "account", "startTime", "vpc", "securityGroups", "clusters",
    "roles", "repositories", "instances", "taskDefinitions", "tasks", "targetGroups", "loadBalancers",
    "services", "schedules", "timeline",
  ]

  /// Decodes a scenario document. Errors carry the line and column of the offending value.
  ///
  /// Sections are decoded in the order they are written, so when a file has several mistakes
  /// the first one reported is the first one in the file. (`region` is read first: other
  /// sections are checked against it.)
  public static func decode(_ root: Node) throws(LocatedError) -> ScenarioSpec {
    if root.isNull {
      throw LocatedError("the scenario is empty: it needs at least a 'name'", at: root.location ?? SourceLocation(line: 1, column: 1))
    }
    let f = try ScenarioFields(root, path: "", allowed: topLevelKeys)
    var spec = ScenarioSpec(name: try f.name("name"))
    if let node = f.child("region") { spec.region = try decodeRegion(node) }
    var vpcGiven = false
    var references = ScenarioReferences()
    for (key, _) in f.map.entries {
      switch key {
      case "description":
        spec.description = try f.string("description") ?? ""
      case "account":
        if let node = f.child("account") { spec.account = try decodeAccount(node) }
      case "startTime":
        if let node = f.child("startTime") { spec.startTime = try decodeStartTime(node) }
      case "vpc":
        if let node = f.child("vpc") {
          spec.vpc = try VPCSpec.decode(node, path: "vpc", region: spec.region)
          vpcGiven = true
        }
      case "securityGroups":
        spec.securityGroups = try f.each(key, SecurityGroupSpec.decode) ?? []
        try checkUnique(spec.securityGroups.map { ($0.groupId, $0.location) }, listPath: key, what: "security group id")
      case "clusters":
        spec.clusters = try f.each(key, ClusterSpec.decode) ?? []
        try checkUnique(spec.clusters.map { ($0.name, $0.location) }, listPath: key, what: "cluster name")
      case "roles":
        spec.roles = try f.each(key, RoleSpec.decode) ?? []
        try checkUnique(spec.roles.map { ($0.name, $0.location) }, listPath: key, what: "role name")
      case "repositories":
        spec.repositories = try f.each(key, RepositorySpec.decode) ?? []
        try checkUnique(spec.repositories.map { ($0.name, $0.location) }, listPath: key, what: "repository name")
      case "instances":
        let region = spec.region
        spec.instances = try f.each(key) { (n, p) throws(LocatedError) in
          try InstanceGroupSpec.decode(n, path: p, region: region)
        } ?? []
      case "taskDefinitions":
        spec.taskDefinitions = try f.each(key) { (n, p) throws(LocatedError) in
          try RegisterTaskDefinitionInput.decode(n, path: p)
        } ?? []
      case "tasks":
        spec.tasks = try f.each(key, RunTaskSpec.decode) ?? []
      case "targetGroups":
        spec.targetGroups = try f.each(key, TargetGroupSpec.decode) ?? []
        try checkUnique(spec.targetGroups.map { ($0.name, $0.location) }, listPath: key, what: "target group name")
      case "loadBalancers":
        spec.loadBalancers = try f.each(key) { (n, p) throws(LocatedError) in
          try LoadBalancerSpec.decode(n, path: p, references: &references)
        } ?? []
        try checkUnique(spec.loadBalancers.map { ($0.name, $0.location) }, listPath: key, what: "load balancer name")
      case "services":
        spec.services = try f.each(key) { (n, p) throws(LocatedError) in
          try CreateServiceInput.decode(n, path: p, references: &references)
        } ?? []
        try checkUniqueServices(spec.services, listPath: key)
      case "schedules":
        spec.schedules = try f.each(key, ScheduleSpec.decode) ?? []
        try checkUnique(spec.schedules.map { ($0.name, $0.location) }, listPath: key, what: "schedule name")
      case "timeline":
        spec.timeline = try decodeTimeline(f.each(key, TimelineEntry.decode) ?? [])
      default:
        break  // name and region, read above
      }
    }
    if !vpcGiven {
      // The default VPC: 10.0.0.0/16 with a public subnet in each of the region's first 3 AZs.
      spec.vpc.subnets = VPCSpec.defaultSubnets(cidr: spec.vpc.cidr, region: spec.region)
    }
    // Target groups named by listeners and services, and load balancer subnets, against the
    // sections that define them (which may come later in the file).
    try references.check(spec)
    // Instance groups without availabilityZones spread over the AZs the VPC has subnets in.
    let vpcZones = spec.vpc.availabilityZones
    for i in spec.instances.indices where spec.instances[i].availabilityZones.isEmpty {
      spec.instances[i].availabilityZones = vpcZones
    }
    return spec
  }

  /// Timeline entries run in time order whatever order they are written in; entries at the same
  /// time keep their file order (a stable sort), so "create, then use" at one instant works.
  static func decodeTimeline(_ entries: [TimelineEntry]) -> [TimelineEntry] {
    entries.enumerated()
      .sorted { a, b in
        a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
      }
      .map(\.element)
  }

  /// `us-east-1`, `eu-west-3`, `us-gov-west-1`, `ap-southeast-2`: a lowercase area, words, a number.
  static func decodeRegion(_ node: Node) throws(LocatedError) -> String {
    let s = try node.asString(path: "region")
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    let ok = parts.count >= 3
      && parts[0].count == 2
      && parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 >= "a" && $0 <= "z" } }
      && !parts.last!.isEmpty && parts.last!.allSatisfy { $0 >= "0" && $0 <= "9" }
    guard ok else {
      throw LocatedError("region: '\(s)' is not a region name such as us-east-1 or eu-west-1", at: node.location)
    }
    return s
  }

  /// Twelve digits. Written quoted (`"123456789012"`) or plain: the text is kept either way.
  static func decodeAccount(_ node: Node) throws(LocatedError) -> String {
    let s = try node.asString(path: "account")
    guard s.count == 12, s.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
      throw LocatedError("account: expected a 12-digit AWS account id such as \"123456789012\", found '\(s)'", at: node.location)
    }
    return s
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` (UTC): the form ECS prints, so output timestamps need no time zone.
  static func decodeStartTime(_ node: Node) throws(LocatedError) -> String {
    let s = try node.asString(path: "startTime")
    let c = Array(s)
    func digits(_ r: Range<Int>) -> Int? {
      guard r.upperBound <= c.count else { return nil }
      var v = 0
      for i in r {
        guard let d = c[i].wholeNumberValue, c[i].isASCII else { return nil }
        v = v * 10 + d
      }
      return v
    }
    let shapeOK = c.count == 20 && c[4] == "-" && c[7] == "-" && c[10] == "T" && c[13] == ":"
      && c[16] == ":" && c[19] == "Z"
    if shapeOK, let _ = digits(0..<4), let mo = digits(5..<7), let d = digits(8..<10),
      let h = digits(11..<13), let mi = digits(14..<16), let sec = digits(17..<19),
      (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 60
    {
      return s
    }
    throw LocatedError("startTime: expected a UTC time such as 2026-01-05T09:00:00Z, found '\(s)'", at: node.location)
  }
}

extension TimelineEntry {
  static let keys = ["at", "command"]

  /// `{at: 90s, command: run-task …}`. The command is kept as text: the engine parses it with
  /// the command language when it loads the scenario.
  ///
  /// `location` is where the command text starts (not the `at:` line), so a command-language
  /// error at column N of the command maps onto the file as `location.column + N - 1`.
  static func decode(_ node: Node, path: String) throws(LocatedError) -> TimelineEntry {
    let f = try ScenarioFields(node, path: path, allowed: keys)
    let at = try f.require("at").asDuration(path: f.path("at"))
    let command = try f.name("command")
    let location = f.child("command")?.location ?? node.location
    return TimelineEntry(at: at, command: command, location: location)
  }
}
