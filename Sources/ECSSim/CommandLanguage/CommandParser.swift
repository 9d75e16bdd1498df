/// Reads the command language: the AWS CLI's verbs and flags (so a line typed here would run
/// against AWS), plus short aliases and simulator verbs. The verbs, their flags and how each
/// builds its `Command` are declarations in `CommandVerb.all`; this type finds the verb, checks
/// the words against its flags (`CommandArguments`) and calls the verb's builder.
///
/// `[aws] [ecs|elbv2|scheduler|ecr|ec2|iam|sim] VERB [--flag value | --flag=value | --switch | --no-switch | WORD]…`
public enum CommandParser {
  /// Parses one line of the command language. Blank lines and `#` comments give nil.
  public static func parse(_ line: String) throws(CommandError) -> Command? {
    try parseVerb(line)?.command
  }

  /// The line's command and the verb that built it, whose declaration says whether it only
  /// reads and which API operation it stands for.
  static func parseVerb(_ line: String) throws(CommandError) -> (verb: CommandVerb, command: Command)? {
    guard let args = try arguments(line) else { return nil }
    return (args.verb, try args.verb.build(args))
  }

  /// The verb table (names, aliases, flags, `isMutating`): the dashboard's help overlay and Tab
  /// completion read it, so what they offer is exactly what `parse` accepts.
  public static var verbs: [CommandVerb] { CommandVerb.all }

  /// The checked flags of a line, before they become a `Command`.
  static func arguments(_ line: String) throws(CommandError) -> CommandArguments? {
    let tokens = try CommandTokenizer.tokenize(line)
    guard !tokens.isEmpty else { return nil }
    var i = 0
    if tokens[i].text == "aws" { i += 1 }
    if i < tokens.count, CommandService(rawValue: tokens[i].text) != nil { i += 1 }
    guard i < tokens.count else {
      let last = tokens[i - 1]
      throw CommandError("expected a command after '\(last.text)'", column: last.column)
    }
    let verbToken = tokens[i]
    guard let (verb, alias) = CommandVerb.named(verbToken.text) else {
      var message = "unknown command '\(verbToken.text)'"
      if let guess = closestMatch(verbToken.text, in: CommandVerb.allWords) { message += "; did you mean '\(guess)'?" }
      throw CommandError(message, column: verbToken.column)
    }
    return try CommandArguments(verb: verb, alias: alias, verbToken: verbToken, words: Array(tokens[(i + 1)...]))
  }

  // MARK: - Value syntax

  /// `HH:MM:SS[.mmm]`, `MM:SS`, or a duration since the start of the simulation.
  public static func parseClockTime(_ text: String) -> SimTime? {
    guard text.contains(":") else { return SimTime.parseDuration(text) }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    for (n, p) in parts.enumerated() {
      let allowed: (Character) -> Bool = n == parts.count - 1 ? { $0.isASCII && ($0.isNumber || $0 == ".") } : { $0.isASCII && $0.isNumber }
      guard !p.isEmpty, p.first != ".", p.allSatisfy(allowed) else { return nil }
    }
    let h = parts.count == 3 ? parts[0] : "0"
    return SimTime.parseDuration("\(h)h\(parts[parts.count - 2])m\(parts[parts.count - 1])s")
  }

  /// `120`, `120MB`, `120MiB` (megabytes), `1.5GB`, `2GiB` (×1024).
  public static func parseSizeMB(_ text: String) -> Int? {
    let lower = text.lowercased()
    var number = lower
    var factor = 1
    for (suffix, f) in [("mib", 1), ("mb", 1), ("gib", 1024), ("gb", 1024), ("m", 1), ("g", 1024)] where lower.hasSuffix(suffix) {
      number = String(lower.dropLast(suffix.count)).trimmingSpaces
      factor = f
      break
    }
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, !parts[0].isEmpty, let whole = Int(parts[0]), whole >= 0 else { return nil }
    var value = whole * factor
    if parts.count == 2 {
      let frac = parts[1]
      guard !frac.isEmpty, frac.count <= 6, let f = Int(frac) else { return nil }
      var scale = 1
      for _ in 0..<frac.count { scale *= 10 }
      value += f * factor / scale
    }
    return value
  }
}
