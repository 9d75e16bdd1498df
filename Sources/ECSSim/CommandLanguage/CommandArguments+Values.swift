/// Typed getters for a verb's builder. They take the verb's `CommandFlag` constants, not names,
/// and refuse (in debug builds, where the table test runs every builder) a flag the verb does
/// not declare: such a read would always give nil.
extension CommandArguments {
  func given(_ flag: CommandFlag) -> Given? {
    assert(verb.flag(flag.name) != nil, "\(verb.name) reads --\(flag.name), which it does not declare")
    return givenByName[flag.name]
  }

  func has(_ flag: CommandFlag) -> Bool { given(flag) != nil }
  func flagColumn(_ flag: CommandFlag) -> Int? { given(flag)?.flagColumn }
  func items(_ flag: CommandFlag) -> [Item] { given(flag)?.items ?? [] }
  func switchValue(_ flag: CommandFlag) -> Bool? { given(flag)?.switchValue }

  func text(_ flag: CommandFlag) -> String? { items(flag).first?.text }
  func texts(_ flag: CommandFlag) -> [String] { items(flag).map(\.text) }

  func required(_ flag: CommandFlag) throws(CommandError) -> String {
    guard let v = text(flag) else {
      throw CommandError("\(name): missing required option --\(flag.name)", column: verbColumn)
    }
    return v
  }

  func int(_ flag: CommandFlag) -> Int? {
    if case .integer(let v)? = items(flag).first?.value { return v }
    return nil
  }

  func duration(_ flag: CommandFlag) -> SimTime? {
    if case .time(let v)? = items(flag).first?.value { return v }
    return nil
  }

  func requiredTime(_ flag: CommandFlag) throws(CommandError) -> SimTime {
    guard let v = duration(flag) else {
      throw CommandError("\(name): missing required option --\(flag.name)", column: verbColumn)
    }
    return v
  }

  func nodes(_ flag: CommandFlag) -> [Node] {
    items(flag).flatMap { item -> [Node] in
      if case .nodes(let n) = item.value { return n }
      return []
    }
  }

  func column(of error: LocatedError) -> Int? {
    guard let loc = error.location, loc.line == 1 else { return verbColumn }
    return loc.column
  }

  /// Runs a decoder over located nodes, turning its errors into this verb's command errors.
  func located<T>(_ body: () throws(LocatedError) -> T) throws(CommandError) -> T {
    do throws(LocatedError) {
      return try body()
    } catch {
      throw CommandError("\(name): \(error.message)", column: column(of: error))
    }
  }

  /// Decodes each structure of a list flag with the keys ECS accepts for it.
  func decodeEach<T>(
    _ flag: CommandFlag, keys: [String], _ body: (NodeMap) throws(LocatedError) -> T
  ) throws(CommandError) -> [T] {
    var out: [T] = []
    for node in nodes(flag) {
      out.append(try located { () throws(LocatedError) in try body(try NodeMap(node, path: "--\(flag.name)", allowed: keys)) })
    }
    return out
  }
}
