/// Reads typed values out of a `Node` mapping, rejecting unknown keys with a "did you mean".
///
/// Each decoder of an input shape (a scenario, a task definition, a container definition) opens a
/// `NodeMap` with the keys it accepts; anything else is a located error, because a misspelt key
/// silently ignored is the most expensive kind of configuration bug.
public struct NodeMap {
  public let node: Node
  public let path: String
  private let pairs: [(key: Node, value: Node)]

  public init(_ node: Node, path: String, allowed: [String]) throws(LocatedError) {
    guard case .mapping(let pairs) = node.kind else {
      throw LocatedError("\(path): expected a mapping, found \(node.kindName)", at: node.location)
    }
    self.node = node
    self.path = path
    self.pairs = pairs
    var seen: Set<String> = []
    for (key, _) in pairs {
      guard let name = key.scalar else {
        throw LocatedError("\(path): expected a key name, found \(key.kindName)", at: key.location)
      }
      if !allowed.contains(name) {
        var msg = "\(path): unknown key '\(name)'"
        if let guess = closestMatch(name, in: allowed) { msg += "; did you mean '\(guess)'?" }
        else { msg += "; expected one of: \(allowed.joined(separator: ", "))" }
        throw LocatedError(msg, at: key.location)
      }
      if !seen.insert(name).inserted {
        throw LocatedError("\(path): key '\(name)' appears twice", at: key.location)
      }
    }
  }

  public func has(_ key: String) -> Bool { pairs.contains { $0.key.scalar == key } }

  public func child(_ key: String) -> Node? {
    guard let v = pairs.first(where: { $0.key.scalar == key })?.value, !v.isNull else { return nil }
    return v
  }

  public func require(_ key: String) throws(LocatedError) -> Node {
    guard let v = child(key) else {
      throw LocatedError("\(path): missing required key '\(key)'", at: node.location)
    }
    return v
  }

  public func string(_ key: String) throws(LocatedError) -> String? {
    guard let v = child(key) else { return nil }
    return try v.asString(path: "\(path).\(key)")
  }

  public func requireString(_ key: String) throws(LocatedError) -> String {
    try require(key).asString(path: "\(path).\(key)")
  }

  public func int(_ key: String) throws(LocatedError) -> Int? {
    guard let v = child(key) else { return nil }
    return try v.asInt(path: "\(path).\(key)")
  }

  public func bool(_ key: String) throws(LocatedError) -> Bool? {
    guard let v = child(key) else { return nil }
    return try v.asBool(path: "\(path).\(key)")
  }

  public func duration(_ key: String) throws(LocatedError) -> SimTime? {
    guard let v = child(key) else { return nil }
    return try v.asDuration(path: "\(path).\(key)")
  }

  public func strings(_ key: String) throws(LocatedError) -> [String]? {
    guard let v = child(key) else { return nil }
    return try v.asList(path: "\(path).\(key)").enumerated().map { (i, n) throws(LocatedError) in
      try n.asString(path: "\(path).\(key)[\(i)]")
    }
  }

  public func list(_ key: String) throws(LocatedError) -> [Node]? {
    guard let v = child(key) else { return nil }
    return try v.asList(path: "\(path).\(key)")
  }

  /// A value restricted to a fixed set of words (an ECS enum).
  public func oneOf(_ key: String, _ choices: [String]) throws(LocatedError) -> String? {
    guard let v = child(key) else { return nil }
    let s = try v.asString(path: "\(path).\(key)")
    guard choices.contains(s) else {
      var msg = "\(path).\(key): '\(s)' is not one of \(choices.joined(separator: ", "))"
      if let g = closestMatch(s, in: choices) { msg += "; did you mean '\(g)'?" }
      throw LocatedError(msg, at: v.location)
    }
    return s
  }

  /// The key/value pairs in written order (for free-form maps such as attributes).
  public var entries: [(key: String, value: Node)] { pairs.map { ($0.key.scalar ?? "", $0.value) } }
}

extension Node {
  public func asString(path: String) throws(LocatedError) -> String {
    guard let s = scalar else {
      throw LocatedError("\(path): expected a string, found \(kindName)", at: location)
    }
    return s
  }

  public func asInt(path: String) throws(LocatedError) -> Int {
    guard let s = scalar, let v = Int(s) else {
      throw LocatedError("\(path): expected an integer, found \(describeForError)", at: location)
    }
    return v
  }

  public func asBool(path: String) throws(LocatedError) -> Bool {
    switch scalar?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw LocatedError("\(path): expected true or false, found \(describeForError)", at: location)
    }
  }

  public func asDuration(path: String) throws(LocatedError) -> SimTime {
    guard let s = scalar, let d = SimTime.parseDuration(s) else {
      throw LocatedError("\(path): expected a duration such as 30s, 5m or 1h, found \(describeForError)", at: location)
    }
    return d
  }

  public func asList(path: String) throws(LocatedError) -> [Node] {
    guard case .sequence(let items) = kind else {
      throw LocatedError("\(path): expected a list, found \(kindName)", at: location)
    }
    return items
  }

  var describeForError: String {
    if let s = scalar { return "'\(s)'" }
    return kindName
  }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
public func closestMatch(_ word: String, in candidates: [String]) -> String? {
  let w = Array(word.lowercased())
  var best: (String, Int)?
  for c in candidates {
    let d = editDistance(w, Array(c.lowercased()))
    if d <= max(2, w.count / 3), best == nil || d < best!.1 { best = (c, d) }
  }
  return best?.0
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var prev = Array(0...b.count)
  var cur = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    cur[0] = i
    for j in 1...b.count {
      cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    swap(&prev, &cur)
  }
  return prev[b.count]
}
