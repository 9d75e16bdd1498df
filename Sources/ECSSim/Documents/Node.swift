/// A parsed configuration value (from YAML or JSON) that remembers where each piece was written.
///
/// Scenarios, task definitions pasted from the console and `--container-definitions` JSON all
/// decode from this one tree, so every input error can name a line and column.
public struct Node: Sendable {
  public enum Kind: Sendable {
    /// A scalar as written; `quoted` tells `"80"` (a string) from `80` (a number).
    case scalar(String, quoted: Bool)
    case null
    case sequence([Node])
    case mapping([(key: Node, value: Node)])
  }

  public var kind: Kind
  public var location: SourceLocation?

  public init(_ kind: Kind, at location: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
  }

  public static func string(_ s: String) -> Node { Node(.scalar(s, quoted: true)) }
  public static func plain(_ s: String) -> Node { Node(.scalar(s, quoted: false)) }
  public static func list(_ items: [Node]) -> Node { Node(.sequence(items)) }
  public static func map(_ pairs: [(String, Node)]) -> Node {
    Node(.mapping(pairs.map { (key: Node.string($0.0), value: $0.1) }))
  }

  /// What the value is, in the words an error message uses.
  public var kindName: String {
    switch kind {
    case .scalar: return "a scalar"
    case .null: return "null"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }

  public var scalar: String? {
    if case .scalar(let s, _) = kind { return s }
    return nil
  }

  public var isNull: Bool {
    if case .null = kind { return true }
    return false
  }

  /// The value of `key` in a mapping, if present.
  public subscript(key: String) -> Node? {
    guard case .mapping(let pairs) = kind else { return nil }
    return pairs.first { $0.key.scalar == key }?.value
  }
}
