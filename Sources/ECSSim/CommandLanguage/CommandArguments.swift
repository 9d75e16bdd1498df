/// A verb's flags after scanning: names checked against the table, values checked against
/// their kinds, positional words assigned, alias presets applied and required flags present.
///
/// Builders read the values through the typed getters of `CommandArguments+Values.swift`.
struct CommandArguments {
  /// One value word and what it parsed to.
  struct Item {
    enum Value { case text(String), integer(Int), time(SimTime), nodes([Node]) }
    var token: CommandToken
    var value: Value
    /// The value as checked: a choice in the table's spelling, anything else as typed.
    var text: String {
      if case .text(let s) = value { return s }
      return token.text
    }
    var stringNode: Node { Node(.scalar(token.text, quoted: true), at: SourceLocation(line: 1, column: token.column)) }
  }

  struct Given {
    var flagColumn: Int
    var items: [Item] = []
    var switchValue: Bool?
  }

  let verb: CommandVerb
  /// The verb as typed (an alias stays an alias), for messages.
  let name: String
  let verbColumn: Int
  /// Keyed by flag name; read through `given(_:)`, which checks the verb declares the flag.
  private(set) var givenByName: [String: Given] = [:]

  init(verb: CommandVerb, alias: CommandAlias?, verbToken: CommandToken, words: [CommandToken]) throws(CommandError) {
    self.verb = verb
    self.name = verbToken.text
    self.verbColumn = verbToken.column
    let presets = alias?.presets ?? []
    let accepted = verb.flags.filter { f in !f.isPositionalOnly && !presets.contains { $0.flag == f.name } }
    var positional: [CommandToken] = []
    var k = 0
    func isFlag(_ t: CommandToken) -> Bool { t.text.hasPrefix("--") }
    while k < words.count {
      let word = words[k]
      k += 1
      guard isFlag(word) else { positional.append(word); continue }
      var flagName = String(word.text.dropFirst(2))
      var inline: CommandToken?
      if let eq = flagName.firstIndex(of: "=") {
        let nameOnly = String(flagName[..<eq])
        inline = Self.inlineValue(of: word, flagName: nameOnly, text: String(flagName[flagName.index(after: eq)...]))
        flagName = nameOnly
      }
      if CommandVerb.ignoredGlobalSwitches.contains(flagName) { continue }
      if CommandVerb.ignoredGlobalOptions.contains(flagName) {
        if inline == nil {
          guard k < words.count, !isFlag(words[k]) else {
            throw CommandError("\(name): --\(flagName) expects a value", column: word.column)
          }
          k += 1
        }
        continue
      }
      var switchValue = true
      var flag = accepted.first { $0.name == flagName }
      if flag == nil, flagName.hasPrefix("no-") {
        let positive = String(flagName.dropFirst(3))
        if let f = accepted.first(where: { $0.name == positive && $0.kind == .boolean }) { flag = f; switchValue = false }
      }
      guard let flag else {
        var message = "\(name): unknown option '--\(flagName)'"
        let names = accepted.map { "--" + $0.name }
        if let guess = closestMatch("--" + flagName, in: names) {
          message += "; did you mean '\(guess)'?"
        } else if names.isEmpty {
          message += "; \(name) takes no options"
        } else {
          message += "; expected one of \(names.joined(separator: ", "))"
        }
        throw CommandError(message, column: word.column)
      }
      guard givenByName[flag.name] == nil else {
        throw CommandError("\(name): --\(flag.name) is given twice", column: word.column)
      }
      if flag.kind == .boolean {
        if inline != nil { throw CommandError("\(name): --\(flagName) takes no value", column: word.column) }
        givenByName[flag.name] = Given(flagColumn: word.column, switchValue: switchValue)
        continue
      }
      var values: [CommandToken] = []
      if let inline {
        values = [inline]
      } else if flag.isList {
        while k < words.count, !isFlag(words[k]) { values.append(words[k]); k += 1 }
      } else if k < words.count, !isFlag(words[k]) {
        values = [words[k]]; k += 1
      }
      guard !values.isEmpty else {
        throw CommandError("\(name): --\(flag.name) expects \(Self.expectation(flag))", column: word.column)
      }
      try record(flag, values, flagColumn: word.column)
    }
    for p in presets {
      guard let flag = verb.flag(p.flag) else { continue }
      if flag.kind == .boolean {
        // A switch preset (`redeploy` is `--force-new-deployment`) sets the switch.
        givenByName[flag.name] = Given(flagColumn: verbColumn, switchValue: p.value == "true")
        continue
      }
      try record(flag, [CommandToken(text: p.value, column: verbColumn, raw: p.value)], flagColumn: verbColumn)
    }
    let slots = alias?.positionals ?? verb.positionals
    var next = 0
    for slot in slots where givenByName[slot] == nil && next < positional.count {
      guard let flag = verb.flag(slot) else { continue }
      let take = flag.isList ? Array(positional[next...]) : [positional[next]]
      next += take.count
      try record(flag, take, flagColumn: take[0].column)
    }
    if next < positional.count {
      let extra = positional[next]
      throw CommandError("\(name): unexpected argument '\(extra.text)'", column: extra.column)
    }
    for f in verb.flags where (f.isRequired || alias?.positionals?.contains(f.name) == true) && givenByName[f.name] == nil {
      throw CommandError("\(name): missing required option --\(f.name)", column: verbColumn)
    }
  }

  /// The value of `--name=value` as its own token, columns included.
  private static func inlineValue(of word: CommandToken, flagName: String, text: String) -> CommandToken {
    let column = word.column + flagName.count + 3
    let prefix = "--\(flagName)="
    if word.raw.hasPrefix(prefix),
       let tokens = try? CommandTokenizer.tokenize(String(word.raw.dropFirst(prefix.count)), startColumn: column),
       tokens.count == 1 {
      return tokens[0]
    }
    return CommandToken(text: text, column: column, raw: text)
  }

  /// What a flag's value should look like, in the words of an error message.
  static func expectation(_ flag: CommandFlag) -> String {
    switch flag.kind {
    case .string: return flag.isList ? "one or more values" : "a value"
    case .integer: return "an integer"
    case .boolean: return "no value"
    case .duration: return "a duration such as 30s, 5m or 1h"
    case .clockTime: return "a time such as 00:05:00, 05:00 or 5m"
    case .sizeMB: return "a size such as 120MB or 1.5GB"
    case .choice: return "one of \(flag.choices.joined(separator: ", "))"
    case .structure: return "key=value,… or JSON"
    case .json: return "JSON"
    }
  }

  private mutating func record(_ flag: CommandFlag, _ tokens: [CommandToken], flagColumn: Int) throws(CommandError) {
    var items: [Item] = []
    for token in tokens { items.append(Item(token: token, value: try parseValue(token, flag))) }
    givenByName[flag.name] = Given(flagColumn: flagColumn, items: items)
  }

  private func parseValue(_ token: CommandToken, _ flag: CommandFlag) throws(CommandError) -> Item.Value {
    let text = token.text
    func bad(_ suffix: String = "") -> CommandError {
      CommandError("\(name): --\(flag.name) expects \(Self.expectation(flag)), got '\(text)'\(suffix)", column: token.column)
    }
    switch flag.kind {
    case .string, .boolean:
      return .text(text)
    case .choice:
      if let match = flag.choices.first(where: { $0.lowercased() == text.lowercased() }) { return .text(match) }
      throw bad(closestMatch(text, in: flag.choices).map { "; did you mean '\($0)'?" } ?? "")
    case .integer:
      guard let v = Int(text) else { throw bad() }
      return .integer(v)
    case .sizeMB:
      guard let v = CommandParser.parseSizeMB(text) else { throw bad() }
      return .integer(v)
    case .duration:
      guard let v = SimTime.parseDuration(text) else { throw bad() }
      return .time(v)
    case .clockTime:
      guard let v = CommandParser.parseClockTime(text) else { throw bad() }
      return .time(v)
    case .structure, .json:
      let column = token.column + (token.isWhollyQuoted ? 1 : 0)
      do throws(LocatedError) {
        let first = text.trimmingSpaces.first
        if flag.kind == .json || first == "[" || first == "{" {
          let parsed: Node
          do throws(LocatedError) {
            parsed = try JSONParser.parse(text)
          } catch {
            // A syntax error's column counts within the JSON text too: make it a command column.
            var moved = error
            moved.location = error.location.map { SourceLocation(line: 1, column: $0.line == 1 ? column + $0.column - 1 : column) }
            throw moved
          }
          let node = Self.relocated(parsed, base: column)
          if flag.isList, case .sequence(let elements) = node.kind { return .nodes(elements) }
          return .nodes([node])
        }
        let source = token.isWhollyQuoted ? text : token.raw
        return .nodes([try CLIShorthand.parse(source, column: column)])
      } catch {
        throw CommandError("\(name): --\(flag.name): \(error.message)", column: error.location?.column ?? token.column)
      }
    }
  }

  /// JSON locations count from the value's first character; make them command-line columns.
  static func relocated(_ node: Node, base: Int) -> Node {
    let at = node.location.map { SourceLocation(line: 1, column: $0.line == 1 ? base + $0.column - 1 : base) }
    switch node.kind {
    case .sequence(let items):
      return Node(.sequence(items.map { relocated($0, base: base) }), at: at)
    case .mapping(let pairs):
      return Node(.mapping(pairs.map { (key: relocated($0.key, base: base), value: relocated($0.value, base: base)) }), at: at)
    case .scalar, .null:
      return Node(node.kind, at: at)
    }
  }
}
