/// One verb of the command language, declared once: its flags, positionals and aliases, whether
/// it changes the world, the AWS API operation it stands for, and how its `Command` is built.
///
/// The parser reads its flags from here and calls `build`; the dashboard draws help, hints and
/// Tab completion from the same table; `Simulator.execute` takes `isMutating` and `operation`
/// from it. Nothing about a verb is repeated elsewhere, so they cannot disagree. The
/// declarations live in `Verbs/`, one file per service (see docs/command-language.md).
public struct CommandVerb: Sendable {
  /// The AWS CLI's name (`run-task`), or the simulator's for `sim` verbs.
  public var name: String
  public var service: CommandService
  public var summary: String
  public var flags: [CommandFlag]
  /// Flags that bare words fill, in order (a slot already given as a flag is skipped). A list
  /// flag in the last slot takes every remaining bare word: `drain i-1 i-2`.
  public var positionals: [String]
  public var aliases: [CommandAlias]
  /// False for describe/list verbs, which only read: the dashboard runs those without asking.
  public var isMutating: Bool
  /// The API operation named in error lines, in the AWS CLI's words: `An error occurred
  /// (ClusterNotFoundException) when calling the RunTask operation: …`.
  public var operation: String
  /// A line that runs this verb with its required flags; the table test parses every verb's
  /// example, so a verb whose builder fails, or builds another verb's command, is caught.
  public var example: String
  /// Turns checked arguments into the verb's `Command`. A closure in the table rather than a
  /// `switch` on the verb's name: a verb cannot be declared without one.
  let build: @Sendable (CommandArguments) throws(CommandError) -> Command

  init(
    _ name: String, _ service: CommandService, operation: String, mutating: Bool = true, summary: String,
    example: String, positionals: [CommandFlag] = [], aliases: [CommandAlias] = [], flags: [CommandFlag] = [],
    build: @escaping @Sendable (CommandArguments) throws(CommandError) -> Command
  ) {
    self.name = name; self.service = service; self.operation = operation; self.isMutating = mutating
    self.summary = summary; self.example = example; self.positionals = positionals.map(\.name)
    self.aliases = aliases; self.flags = flags; self.build = build
  }

  public func flag(_ name: String) -> CommandFlag? { flags.first { $0.name == name } }

  /// `run-task --task-definition <value> [--cluster <value>] …`: required flags first.
  public var usage: String {
    var parts = [name]
    for f in flags where f.isPositionalOnly { parts.append("[\(f.placeholder)]") }
    for f in flags where f.isRequired && !f.isPositionalOnly { parts.append("--\(f.name) \(f.placeholder)") }
    for f in flags where !f.isRequired && !f.isPositionalOnly {
      parts.append(f.kind == .boolean ? "[--\(f.name)]" : "[--\(f.name) \(f.placeholder)]")
    }
    return parts.joined(separator: " ")
  }

  /// The verb for a typed word (its name or an alias), with the alias when one matched.
  public static func named(_ word: String) -> (verb: CommandVerb, alias: CommandAlias?)? {
    for v in all {
      if v.name == word { return (v, nil) }
      if let a = v.aliases.first(where: { $0.name == word }) { return (v, a) }
    }
    return nil
  }

  /// Every word that names a verb (names, then aliases), for "did you mean" and completion.
  public static var allWords: [String] {
    all.map(\.name) + all.flatMap { $0.aliases.map(\.name) }
  }

  /// AWS CLI global options accepted and ignored, so commands pasted from documentation run:
  /// the simulator has one region and one account, and always answers in JSON.
  public static let ignoredGlobalOptions: [String] = ["region", "profile", "output"]
  public static let ignoredGlobalSwitches: [String] = ["no-cli-pager", "no-paginate"]

  /// The whole language, in help order.
  public static let all: [CommandVerb] =
    ECSVerbs.all + ELBv2Verbs.all + SchedulerVerbs.all + ECRVerbs.all + IAMVerbs.all + EC2Verbs.all + SimVerbs.all
}
