/// EC2 verbs (`aws ec2 …`) for the instances that join ECS clusters: simulator verbs shaped
/// like the EC2 API, since AWS does this outside ECS.
enum EC2Verbs {
  static let all: [CommandVerb] = [LaunchInstances.verb, TerminateInstances.verb]

  /// `launch-instances`: EC2 RunInstances reduced to what ECS cares about.
  enum LaunchInstances {
    static let instanceType = CommandFlag(
      "instance-type", required: true, completion: .instanceType, help: "t3.medium, m5.large, …")
    static let count = CommandFlag("count", .integer, default: "1", help: "Number of instances")
    static let availabilityZones = CommandFlag(
      "availability-zones", list: true, completion: .availabilityZone,
      help: "AZs to spread over (default: all of the VPC's, round-robin)")
    static let purchaseOption = CommandFlag(
      "purchase-option", .choice, choices: PurchaseOption.allCases.map(\.rawValue), default: "On-Demand",
      help: "How the instances are bought")
    static let spot = CommandFlag("spot", .boolean, help: "Same as --purchase-option Spot")
    static let ami = CommandFlag(
      "ami", .choice, choices: AMIKind.allCases.map(\.rawValue), default: "ecs-optimized", help: "Which agent defaults apply")
    static let iamRole = CommandFlag(
      "iam-role", default: "ecsInstanceRole", help: "Instance profile role (\"\" or none for no role)")
    static let securityGroups = CommandFlag("security-groups", list: true, help: "Security group IDs")
    static let ecsConfig = CommandFlag("ecs-config", help: "/etc/ecs/ecs.config text; a literal \\n separates lines")

    static let verb = CommandVerb(
      "launch-instances", .ec2, operation: "RunInstances", summary: "Launch EC2 instances whose agent registers with ECS",
      example: "launch-instances m5.large 3 --spot",
      positionals: [instanceType, count],
      aliases: [CommandAlias("launch", summary: "launch TYPE [COUNT]: launch-instances")],
      flags: [instanceType, count, availabilityZones, purchaseOption, spot, ami, iamRole, securityGroups, ecsConfig]
    ) { a throws(CommandError) in .launchInstances(try request(a)) }

    static func request(_ a: CommandArguments) throws(CommandError) -> LaunchInstancesRequest {
      var r = LaunchInstancesRequest(instanceType: try a.required(instanceType))
      if let n = a.int(count) { r.count = n }
      r.availabilityZones = a.texts(availabilityZones)
      if let option = a.text(purchaseOption).flatMap(PurchaseOption.init(rawValue:)) { r.purchaseOption = option }
      if a.switchValue(spot) == true {
        if a.has(purchaseOption), r.purchaseOption != .spot {
          throw CommandError("\(a.name): --spot contradicts --purchase-option \(r.purchaseOption.rawValue)",
                             column: a.flagColumn(spot))
        }
        r.purchaseOption = .spot
      }
      if let kind = a.text(ami).flatMap(AMIKind.init(rawValue:)) { r.ami = kind }
      // [SIM] `--iam-role ""` or `--iam-role none` launches without an instance profile.
      if let role = a.text(iamRole) { r.iamRole = (role.isEmpty || role == "none") ? nil : role }
      r.securityGroups = a.texts(securityGroups)
      if let config = a.text(ecsConfig) { r.ecsConfig = splittingLines(config) }
      return r
    }

    /// A literal backslash-n (two characters) becomes a newline: one command line can carry a
    /// whole ecs.config file.
    static func splittingLines(_ s: String) -> String {
      var out = ""
      var chars = Array(s)[...]
      while let c = chars.popFirst() {
        if c == "\\", chars.first == "n" { out.append("\n"); chars.removeFirst() } else { out.append(c) }
      }
      return out
    }
  }

  /// `aws ec2 terminate-instances`.
  enum TerminateInstances {
    static let instanceIDs = CommandFlag(
      "instance-ids", required: true, list: true, completion: .ec2Instance, help: "EC2 instance IDs")

    static let verb = CommandVerb(
      "terminate-instances", .ec2, operation: "TerminateInstances", summary: "Terminate EC2 instances",
      example: "terminate-instances i-1 i-2",
      positionals: [instanceIDs],
      aliases: [CommandAlias("terminate", summary: "terminate ID…: terminate-instances")],
      flags: [instanceIDs]
    ) { a throws(CommandError) in .terminateInstances(a.texts(instanceIDs)) }
  }
}
