import ECSSim

/// Tab completion for the `:` prompt: verbs, their flags, flag choices and the live names of
/// the objects a flag takes, all read from the command language's verb table (`CommandVerb.all`)
/// so completion and the parser cannot disagree.
public struct CommandCompleter {
  public let sim: Simulator

  public init(sim: Simulator) { self.sim = sim }

  /// Candidates for the last word of `line` (the word being typed, possibly empty).
  public func completions(for line: String) -> [String] {
    let endsWithSpace = line.last == " "
    var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let current = endsWithSpace ? "" : (words.popLast() ?? "")
    words = Self.droppingPrefix(words)
    guard let verbWord = words.first else {
      let all = CommandVerb.allWords + (line.hasPrefix("aws") ? [] : ["aws"])
      return unique(all.filter { $0.hasPrefix(current) }).sorted()
    }
    guard let (verb, alias) = CommandVerb.named(verbWord) else { return [] }
    let given = Set(words.dropFirst().filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) })
    if current.hasPrefix("--") {
      let prefix = current.dropFirst(2)
      return verb.flags.filter { !$0.isPositionalOnly && !given.contains($0.name) && $0.name.hasPrefix(prefix) }
        .map { "--" + $0.name }
    }
    // A value: of the flag just before it, or of the next positional slot.
    let flag: CommandFlag?
    if let previous = words.last, previous.hasPrefix("--"), words.count > 1 {
      flag = verb.flag(String(previous.dropFirst(2)))
    } else {
      var bare = 0
      var i = 1
      while i < words.count {
        if words[i].hasPrefix("--") {
          i += (verb.flag(String(words[i].dropFirst(2)))?.kind == .boolean) ? 1 : 2
          continue
        }
        bare += 1
        i += 1
      }
      let slots = (alias?.positionals ?? verb.positionals).filter { !given.contains($0) }
      flag = bare < slots.count ? verb.flag(slots[bare]) : nil
    }
    guard let flag else { return [] }
    var values = flag.choices
    if let kind = flag.completion { values += names(kind) }
    return unique(values.filter { $0.hasPrefix(current) })
  }

  /// Live names for a kind of object, in the engine's order.
  public func names(_ kind: CommandCompletion) -> [String] {
    switch kind {
    case .cluster: return sim.clusters.values.filter { $0.status != .inactive }.map(\.name)
    case .taskDefinition:
      return sim.taskDefinitions.flatMap { family, revs in
        revs.filter { $0.status == .active }.map(\.familyRevision) + [family]
      }
    case .taskDefinitionFamily: return Array(sim.taskDefinitions.keys)
    case .task: return sim.tasks.filter { $0.lastStatus != .stopped }.prefix(500).map(\.id.hex)
    case .containerInstance, .ec2Instance:
      return sim.instances.filter { $0.status != .inactive }.map(\.ec2InstanceId)
    case .repository: return Array(sim.repositories.keys)
    case .image:
      return sim.repositories.values.flatMap { r in r.images.flatMap { $0.tags.map { "\(r.name):\($0)" } } }
    case .instanceType: return InstanceType.names
    case .availabilityZone: return sim.availabilityZones
    case .service: return sim.clusters.values.flatMap { $0.serviceOrder.filter { $0.status != .inactive }.map(\.name) }
    case .targetGroup: return Array(sim.targetGroups.keys)
    case .loadBalancer: return Array(sim.loadBalancers.keys)
    case .schedule: return Array(sim.schedules.keys)
    }
  }

  /// The words of a command line from its verb on: `aws ecs describe-tasks` and `ecs
  /// describe-tasks` read as `describe-tasks`, as the parser reads them.
  static func droppingPrefix(_ words: [String]) -> [String] {
    var words = words[...]
    if words.first == "aws" { words = words.dropFirst() }
    if let first = words.first, CommandService(rawValue: first) != nil { words = words.dropFirst() }
    return Array(words)
  }

  func unique(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
