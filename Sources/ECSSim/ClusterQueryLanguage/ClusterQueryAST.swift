/// The parsed form of a cluster query: built once by `ClusterQuery.parse`, evaluated once per
/// container instance by placement and `ListContainerInstances --filter`.

/// What an expression asks about.
enum ClusterQueryField: Sendable, Equatable {
  case agentConnected
  case agentVersion
  case attribute(String)
  case ec2InstanceId
  case registeredAt
  case runningTasksCount
  case taskGroup

  /// The subjects as written, for error messages and suggestions.
  static let spellings = [
    "agentConnected", "agentVersion", "attribute:<name>", "ec2InstanceId", "registeredAt",
    "runningTasksCount", "task:group",
  ]

  var spelling: String {
    switch self {
    case .agentConnected: return "agentConnected"
    case .agentVersion: return "agentVersion"
    case .attribute(let name): return "attribute:\(name)"
    case .ec2InstanceId: return "ec2InstanceId"
    case .registeredAt: return "registeredAt"
    case .runningTasksCount: return "runningTasksCount"
    case .taskGroup: return "task:group"
    }
  }

  /// How the subject's values compare.
  var kind: ClusterQueryValueKind {
    switch self {
    case .agentConnected: return .boolean
    case .agentVersion: return .version
    case .registeredAt: return .date
    case .runningTasksCount: return .integer
    case .attribute, .ec2InstanceId, .taskGroup: return .text
    }
  }

  /// The operators the ECS documentation lists as valid for each subject (nil: any). `exists` on
  /// `task:group` is an addition: it asks whether the instance runs any task at all.
  var allowedOperators: [ClusterQueryOperator]? {
    switch self {
    case .agentConnected, .ec2InstanceId:
      return [.equals, .notEquals, .in, .notIn, .matches, .notMatches]
    case .agentVersion, .registeredAt, .runningTasksCount:
      return [.equals, .notEquals, .greaterThan, .greaterThanOrEqual, .lessThan, .lessThanOrEqual]
    case .taskGroup:
      return [.equals, .notEquals, .in, .notIn, .matches, .notMatches, .exists, .notExists]
    case .attribute:
      return nil
    }
  }
}

enum ClusterQueryValueKind: Sendable {
  case text, version, date, integer, boolean
}

enum ClusterQueryOperator: Sendable, Equatable, CaseIterable {
  case equals, notEquals
  case greaterThan, greaterThanOrEqual, lessThan, lessThanOrEqual
  case exists, notExists
  case `in`, notIn
  case matches, notMatches

  /// Symbol spellings first (the canonical form in messages), then word spellings.
  var spellings: [String] {
    switch self {
    case .equals: return ["==", "equals"]
    case .notEquals: return ["!=", "not_equals"]
    case .greaterThan: return [">", "greater_than"]
    case .greaterThanOrEqual: return [">=", "greater_than_equal"]
    case .lessThan: return ["<", "less_than"]
    case .lessThanOrEqual: return ["<=", "less_than_equal"]
    case .exists: return ["exists"]
    case .notExists: return ["!exists", "not_exists"]
    case .in: return ["in"]
    case .notIn: return ["!in", "not_in"]
    case .matches: return ["=~", "matches"]
    case .notMatches: return ["!~", "not_matches"]
    }
  }

  var symbol: String { spellings[0] }

  /// The positive form and whether this operator negates it (`!=` is "not `==`").
  var positive: (ClusterQueryOperator, negated: Bool) {
    switch self {
    case .notEquals: return (.equals, true)
    case .notExists: return (.exists, true)
    case .notIn: return (.in, true)
    case .notMatches: return (.matches, true)
    default: return (self, false)
    }
  }
}

/// An argument, read once in every form the subject might compare it as.
struct ClusterQueryLiteral: Sendable {
  var text: String
  var number: Double?
  var integer: Int?
  var version: [Int]?
  var instant: Int64?
  var boolean: Bool?
}

/// What a single `subject operator [argument]` expression tests of one value.
enum ClusterQueryPredicate: Sendable {
  case exists
  case equals(ClusterQueryLiteral)
  case oneOf([ClusterQueryLiteral])
  case matches(ClusterQueryRegex)
  /// `<`, `<=`, `>`, `>=`: which orderings of (value, argument) satisfy it.
  case ordered(ClusterQueryLiteral, less: Bool, equal: Bool, greater: Bool)
}

struct ClusterQueryTest: Sendable {
  var field: ClusterQueryField
  var predicate: ClusterQueryPredicate
  /// `!=`, `!exists`, `!in`, `!~`: the predicate must fail (for `task:group`: fail for every
  /// group).
  var negated: Bool
}

indirect enum ClusterQueryNode: Sendable {
  case test(ClusterQueryTest)
  case all([ClusterQueryNode])
  case any([ClusterQueryNode])
  case not(ClusterQueryNode)
}

// MARK: - Evaluation

extension ClusterQueryNode {
  func evaluate(_ subject: some ClusterQuerySubject) -> Bool {
    switch self {
    case .test(let t): return t.evaluate(subject)
    case .all(let nodes):
      for n in nodes where !n.evaluate(subject) { return false }
      return true
    case .any(let nodes):
      for n in nodes where n.evaluate(subject) { return true }
      return false
    case .not(let n): return !n.evaluate(subject)
    }
  }
}

extension ClusterQueryTest {
  /// The choices where ECS leaves a gap (each has a test in ClusterQueryTests):
  /// - A missing attribute satisfies nothing but `!exists`: ECS says an expression on an
  ///   attribute the instance lacks does not match, and that covers `!=`, `!in` and `!~` too
  ///   (write `attribute:x != v or attribute:x !exists` to include such instances).
  /// - A capability attribute (present, no value) satisfies `exists` and nothing that compares
  ///   a value, negated or not.
  /// - `task:group`: `==`, `in`, `=~` hold when ANY of the instance's groups matches; `!=`,
  ///   `!in`, `!~` hold when NO group matches, so `task:group != database` is the
  ///   anti-affinity people mean (an instance with no tasks matches it). `exists` holds when
  ///   the instance runs any task.
  func evaluate(_ subject: some ClusterQuerySubject) -> Bool {
    switch field {
    case .attribute(let name):
      switch subject.attributeValue(name) {
      case .none:
        return isExists && negated
      case .some(.none):
        return isExists && !negated
      case .some(.some(let value)):
        if isExists { return !negated }
        return holds(for: value) != negated
      }
    case .taskGroup:
      let groups = subject.taskGroups
      if isExists { return groups.isEmpty == negated }
      for g in groups where holds(for: g) { return !negated }
      return negated
    case .ec2InstanceId:
      return holds(for: subject.ec2InstanceId) != negated
    case .agentConnected:
      return holdsBoolean(subject.agentConnected) != negated
    case .agentVersion:
      let v = subject.agentVersion
      return holdsOrdered { ClusterQueryValues.compareVersion(v, $0.version ?? []) } != negated
    case .registeredAt:
      guard let at = ClusterQueryValues.instant(subject.registeredAtISO) else { return false }
      return holdsOrdered { l in
        let a = l.instant ?? 0
        return at < a ? -1 : (at > a ? 1 : 0)
      } != negated
    case .runningTasksCount:
      let n = subject.runningTasksCount
      return holdsOrdered { l in
        let a = l.integer ?? 0
        return n < a ? -1 : (n > a ? 1 : 0)
      } != negated
    }
  }

  private var isExists: Bool {
    if case .exists = predicate { return true }
    return false
  }

  /// The positive predicate against a text value (attributes, instance id, one task group).
  private func holds(for value: String) -> Bool {
    switch predicate {
    case .exists: return true
    case .equals(let l): return value == l.text
    case .oneOf(let list):
      for l in list where value == l.text { return true }
      return false
    case .matches(let regex): return regex.matches(value)
    case .ordered(let l, let less, let equal, let greater):
      let c = Self.compareText(value, l)
      return c < 0 ? less : (c > 0 ? greater : equal)
    }
  }

  /// Text ordering: numeric when both sides are plain numbers (`attribute:cores > 8`), else by
  /// Unicode scalar values (deterministic, locale-free).
  private static func compareText(_ value: String, _ l: ClusterQueryLiteral) -> Int {
    if let a = l.number, let v = ClusterQueryValues.number(value) {
      return v < a ? -1 : (v > a ? 1 : 0)
    }
    var i = value.unicodeScalars.makeIterator()
    var j = l.text.unicodeScalars.makeIterator()
    while true {
      switch (i.next(), j.next()) {
      case (nil, nil): return 0
      case (nil, _): return -1
      case (_, nil): return 1
      case (let x?, let y?): if x != y { return x.value < y.value ? -1 : 1 }
      }
    }
  }

  private func holdsBoolean(_ value: Bool) -> Bool {
    switch predicate {
    case .equals(let l): return l.boolean == value
    case .oneOf(let list):
      for l in list where l.boolean == value { return true }
      return false
    case .matches(let regex): return regex.matches(value ? "true" : "false")
    case .exists, .ordered: return false  // rejected at parse time
    }
  }

  /// `compare` orders the instance's value against a literal (-1, 0, 1).
  private func holdsOrdered(_ compare: (ClusterQueryLiteral) -> Int) -> Bool {
    switch predicate {
    case .equals(let l): return compare(l) == 0
    case .oneOf(let list):
      for l in list where compare(l) == 0 { return true }
      return false
    case .ordered(let l, let less, let equal, let greater):
      let c = compare(l)
      return c < 0 ? less : (c > 0 ? greater : equal)
    case .exists, .matches: return false  // rejected at parse time
    }
  }
}
