/// A cluster-query-language expression that could not be read.
///
/// Carries the 1-based character offset so the scenario loader and the command line can point
/// at the exact spot in a `memberOf` expression or a `--filter`, not just say "invalid".
public struct ClusterQueryError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 1-based character offset in the expression where the problem is.
  public var offset: Int
  public init(_ message: String, offset: Int) { self.message = message; self.offset = offset }
  public init(message: String, offset: Int) { self.init(message, offset: offset) }
  public var description: String { "column \(offset): \(message)" }
}

/// An expression of ECS's cluster query language: the argument of a `memberOf` placement
/// constraint and of `ListContainerInstances --filter`, e.g.
/// `attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone != us-east-1d`.
///
/// Parsed once into a tree (patterns compiled, dates and versions read) because placement asks
/// it of every candidate instance for every task it places; `matches` allocates nothing.
///
/// Syntax: `subject operator [argument]`, combined with `and`/`&&`, `or`/`||`, `not`/`!` and
/// parentheses; `not` binds tighter than `and`, which binds tighter than `or`.
/// - Subjects: `agentConnected`, `agentVersion`, `attribute:<name>`, `ec2InstanceId`,
///   `registeredAt`, `runningTasksCount`, `task:group`.
/// - Operators: `==`/`equals`, `!=`/`not_equals`, `>`/`greater_than`, `>=`/`greater_than_equal`,
///   `<`/`less_than`, `<=`/`less_than_equal`, `exists`, `!exists`/`not_exists`, `in`,
///   `!in`/`not_in`, `=~`/`matches`, `!~`/`not_matches`; each fixed subject accepts only the
///   operators the ECS documentation lists for it.
/// - Arguments: bare words (`t2.micro`, `service:production`), `'single'` or `"double"` quoted
///   strings (no escapes), lists `[a, b]` or `(a, b)` after `in`/`!in`, Java-style regular
///   expressions matched against the whole value after `=~`/`!~`.
/// - Orderings: `agentVersion` compares versions component-wise, `registeredAt` compares
///   instants (a bare date is midnight UTC), `runningTasksCount` compares integers, attributes
///   compare numerically when both sides are plain numbers and by Unicode scalars otherwise.
public struct ClusterQuery: Sendable, Equatable, CustomStringConvertible {
  /// The expression as written, kept for DescribeServices/DescribeTaskDefinition output.
  public let text: String
  let root: ClusterQueryNode

  /// The most characters ECS accepts in a placement constraint expression.
  public static let maxLength = 2_000

  public static func parse(_ text: String) throws(ClusterQueryError) -> ClusterQuery {
    if text.count > maxLength {
      throw ClusterQueryError(
        "the expression is \(text.count) characters long; the maximum is \(maxLength)", offset: maxLength + 1)
    }
    var parser = ClusterQueryParser(text)
    return ClusterQuery(text: text, root: try parser.parseQuery())
  }

  /// Whether the container instance belongs to the group the expression describes.
  public func matches(_ subject: some ClusterQuerySubject) -> Bool {
    root.evaluate(subject)
  }

  public var description: String { text }

  /// Two queries are equal when written the same way (the tree is derived from the text).
  public static func == (a: ClusterQuery, b: ClusterQuery) -> Bool { a.text == b.text }
}
