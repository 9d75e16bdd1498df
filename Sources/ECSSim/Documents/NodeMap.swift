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
