/// The keys of one mapping in a scenario, read with paths a user can follow back to the file
/// (`instances[0].count`, `vpc.subnets[1].cidr`, and plain `region` at the top level).
///
/// A thin layer over `NodeMap` (which rejects unknown keys with a "did you mean"): it adds the
/// checks scenarios need everywhere — ranges, non-empty names, lists of items — so each section
/// decoder reads as a list of keys and their rules.
struct ScenarioFields {
  let map: NodeMap
  /// Path of this mapping; empty for the document itself.
  let prefix: String

  init(_ node: Node, path: String, allowed: [String]) throws(LocatedError) {
    map = try NodeMap(node, path: path.isEmpty ? "scenario" : path, allowed: allowed)
    prefix = path
  }

  var node: Node { map.node }
  var location: SourceLocation? { map.node.location }

  func path(_ key: String) -> String { prefix.isEmpty ? key : "\(prefix).\(key)" }

  func has(_ key: String) -> Bool { map.has(key) }

  /// The value of `key`; nil when absent or written as null (`~`, `null`, nothing).
  func child(_ key: String) -> Node? { map.child(key) }

  func require(_ key: String) throws(LocatedError) -> Node { try map.require(key) }

  func string(_ key: String) throws(LocatedError) -> String? {
    try child(key)?.asString(path: path(key))
  }

  /// A required string that may not be empty (names and ids).
  func name(_ key: String) throws(LocatedError) -> String {
    let node = try require(key)
    let s = try node.asString(path: path(key))
    if s.trimmingSpaces.isEmpty {
      throw LocatedError("\(path(key)): must not be empty", at: node.location)
    }
    return s
  }

  func int(_ key: String, in range: ClosedRange<Int>) throws(LocatedError) -> Int? {
    guard let node = child(key) else { return nil }
    let v = try node.asInt(path: path(key))
    guard range.contains(v) else {
      let rule = range.upperBound == Int.max
        ? "must be at least \(range.lowerBound)"
        : "must be between \(range.lowerBound) and \(range.upperBound)"
      throw LocatedError("\(path(key)): \(rule), found \(v)", at: node.location)
    }
    return v
  }

  func bool(_ key: String) throws(LocatedError) -> Bool? {
    try child(key)?.asBool(path: path(key))
  }

  func duration(_ key: String) throws(LocatedError) -> SimTime? {
    try child(key)?.asDuration(path: path(key))
  }

  /// A list of strings; a single string is not accepted, so `[a, b]` and `- a` are the shapes.
  func strings(_ key: String) throws(LocatedError) -> [String]? {
    guard let node = child(key) else { return nil }
    let p = path(key)
    var out: [String] = []
    for (i, item) in try node.asList(path: p).enumerated() {
      out.append(try item.asString(path: "\(p)[\(i)]"))
    }
    return out
  }

  /// A word from a fixed set (an ECS enum), with "did you mean" for a near miss.
  func oneOf(_ key: String, _ choices: [String]) throws(LocatedError) -> String? {
    guard let node = child(key) else { return nil }
    let s = try node.asString(path: path(key))
    guard choices.contains(s) else {
      var msg = "\(path(key)): '\(s)' is not one of \(choices.joined(separator: ", "))"
      if let g = closestMatch(s, in: choices) { msg += "; did you mean '\(g)'?" }
      throw LocatedError(msg, at: node.location)
    }
    return s
  }

  func requireOneOf(_ key: String, _ choices: [String]) throws(LocatedError) -> String {
    _ = try require(key)
    return try oneOf(key, choices)!
  }

  /// Decodes each item of the list under `key`, naming the items `key[i]` in errors.
  func each<T>(
    _ key: String, _ decodeItem: (Node, String) throws(LocatedError) -> T
  ) throws(LocatedError) -> [T]? {
    guard let node = child(key) else { return nil }
    let p = path(key)
    var out: [T] = []
    for (i, item) in try node.asList(path: p).enumerated() {
      out.append(try decodeItem(item, "\(p)[\(i)]"))
    }
    return out
  }
}

/// Rejects a second item with the same name in one list (two clusters called `default`), pointing
/// at the second and saying where the first is.
func checkUnique(
  _ items: [(name: String, location: SourceLocation?)], listPath: String, what: String
) throws(LocatedError) {
  var firstAt: [String: (index: Int, location: SourceLocation?)] = [:]
  for (i, item) in items.enumerated() {
    if let first = firstAt[item.name] {
      var msg = "\(listPath)[\(i)]: duplicate \(what) '\(item.name)' (also \(listPath)[\(first.index)]"
      if let l = first.location { msg += " at \(l)" }
      msg += ")"
      throw LocatedError(msg, at: item.location)
    }
    firstAt[item.name] = (i, item.location)
  }
}
