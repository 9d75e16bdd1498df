import Testing
@testable import ECSSim

/// A container instance as the query language sees it.
private struct Instance: ClusterQuerySubject {
  /// nil value: a capability attribute (present, no value).
  var attributes: [String: String?] = [:]
  var ec2InstanceId = "i-0abc"
  var agentConnected = true
  var agentVersion = "1.87.0"
  var registeredAtISO = "2024-03-01T12:00:00Z"
  var runningTasksCount = 0
  var taskGroups: [String] = []

  func attributeValue(_ name: String) -> String?? { attributes[name] }

  static func az(_ zone: String, type: String = "t2.micro") -> Instance {
    Instance(attributes: ["ecs.availability-zone": zone, "ecs.instance-type": type])
  }
}

private func q(_ text: String) throws -> ClusterQuery { try ClusterQuery.parse(text) }

private func parseError(_ text: String) -> ClusterQueryError? {
  do {
    _ = try ClusterQuery.parse(text)
    return nil
  } catch {
    return error
  }
}

@Suite struct ClusterQueryTests {
  // MARK: The examples of ecs-model §7 (from the AWS cluster-query-language page)

  @Test func instanceTypeMatchesPattern() throws {
    let e = try q("attribute:ecs.instance-type =~ t2.*")
    #expect(e.matches(Instance.az("us-east-1a", type: "t2.micro")))
    #expect(e.matches(Instance.az("us-east-1a", type: "t2.2xlarge")))
    #expect(!e.matches(Instance.az("us-east-1a", type: "m5.large")))
    // Whole-value match: `t2.*` does not find "t2" inside "mt2.large".
    #expect(!e.matches(Instance.az("us-east-1a", type: "mt2.large")))
  }

  @Test func availabilityZoneInList() throws {
    let e = try q("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]")
    #expect(e.matches(Instance.az("us-east-1a")))
    #expect(e.matches(Instance.az("us-east-1b")))
    #expect(!e.matches(Instance.az("us-east-1c")))
  }

  @Test func patternAndNotEquals() throws {
    let e = try q("attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d")
    #expect(e.matches(Instance.az("us-east-1a", type: "g2.2xlarge")))
    #expect(!e.matches(Instance.az("us-east-1d", type: "g2.2xlarge")))
    #expect(!e.matches(Instance.az("us-east-1a", type: "t2.micro")))
  }

  @Test func taskGroupAffinity() throws {
    let e = try q("task:group == service:production")
    #expect(e.matches(Instance(taskGroups: ["family:web", "service:production"])))
    #expect(!e.matches(Instance(taskGroups: ["service:staging"])))
    #expect(!e.matches(Instance(taskGroups: [])))
  }

  @Test func taskGroupAntiAffinity() throws {
    let e = try q("not(task:group == database)")
    #expect(e.matches(Instance(taskGroups: [])))
    #expect(e.matches(Instance(taskGroups: ["web"])))
    #expect(!e.matches(Instance(taskGroups: ["web", "database"])))
  }

  @Test func runningTasksCountEquals() throws {
    let e = try q("runningTasksCount == 1")
    #expect(e.matches(Instance(runningTasksCount: 1)))
    #expect(!e.matches(Instance(runningTasksCount: 0)))
    #expect(!e.matches(Instance(runningTasksCount: 10)))
  }

  @Test func agentVersionComparesComponentWise() throws {
    let e = try q("agentVersion < 1.14.5")
    #expect(e.matches(Instance(agentVersion: "1.9.0")))  // 9 < 14, though "1.9" > "1.14" as text
    #expect(e.matches(Instance(agentVersion: "1.14.4")))
    #expect(e.matches(Instance(agentVersion: "1.14")))
    #expect(!e.matches(Instance(agentVersion: "1.14.5")))
    #expect(!e.matches(Instance(agentVersion: "1.87.0")))
    #expect(try q("agentVersion == 1.14").matches(Instance(agentVersion: "1.14.0")))
    #expect(try q("agentVersion >= 1.87.0").matches(Instance(agentVersion: "1.87.0")))
    #expect(try q("agentVersion > 1.8").matches(Instance(agentVersion: "1.87.0")))
  }

  @Test func registeredAtComparesDates() throws {
    let e = try q("registeredAt < 2018-02-13")
    #expect(e.matches(Instance(registeredAtISO: "2018-02-12T23:59:59Z")))
    #expect(!e.matches(Instance(registeredAtISO: "2018-02-13T00:00:00Z")))
    #expect(!e.matches(Instance(registeredAtISO: "2024-03-01T12:00:00Z")))
    // The documented argument formats; a time without a zone is UTC.
    let at = Instance(registeredAtISO: "2018-06-18T22:28:28Z")
    #expect(try q("registeredAt == 2018-06-18T22:28:28+00:00").matches(at))
    #expect(try q("registeredAt == 2018-06-18T22:28:28Z").matches(at))
    #expect(try q("registeredAt == 2018-06-18T22:28:28").matches(at))
    #expect(try q("registeredAt > 2018-06-18").matches(at))
    // 2018-06-19T00:28:28+02:00 is 2018-06-18T22:28:28Z.
    #expect(try q("registeredAt == 2018-06-19T00:28:28+02:00").matches(at))
    #expect(try q("registeredAt <= 2018-06-18T22:28:28Z").matches(at))
    #expect(!(try q("registeredAt < 2018-06-18T22:28:28Z").matches(at)))
  }

  @Test func ec2InstanceIdInQuotedList() throws {
    let e = try q("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']")
    #expect(e.matches(Instance(ec2InstanceId: "i-abcd1234")))
    #expect(e.matches(Instance(ec2InstanceId: "i-wxyx7890")))
    #expect(!e.matches(Instance(ec2InstanceId: "i-0abc")))
  }

  // MARK: Compound expressions

  @Test func andBindsTighterThanOr() throws {
    // a or (b and c)
    let e = try q("runningTasksCount == 0 or runningTasksCount == 1 and agentConnected == false")
    #expect(e.matches(Instance(runningTasksCount: 0)))
    #expect(!e.matches(Instance(agentConnected: true, runningTasksCount: 1)))
    #expect(e.matches(Instance(agentConnected: false, runningTasksCount: 1)))
    // (a or b) and c
    let p = try q("(runningTasksCount == 0 or runningTasksCount == 1) and agentConnected == false")
    #expect(!p.matches(Instance(agentConnected: true, runningTasksCount: 0)))
    #expect(p.matches(Instance(agentConnected: false, runningTasksCount: 0)))
  }

  @Test func notBindsTighterThanAnd() throws {
    // (not a) and b: an instance where a is false and b is true matches.
    let e = try q("not runningTasksCount == 0 and agentConnected == true")
    #expect(e.matches(Instance(agentConnected: true, runningTasksCount: 2)))
    #expect(!e.matches(Instance(agentConnected: true, runningTasksCount: 0)))
    #expect(!e.matches(Instance(agentConnected: false, runningTasksCount: 2)))
    let bang = try q("!runningTasksCount == 0 && !agentConnected == false")
    #expect(bang.matches(Instance(agentConnected: true, runningTasksCount: 2)))
    #expect(!bang.matches(Instance(agentConnected: false, runningTasksCount: 2)))
    #expect(try q("not not runningTasksCount == 0").matches(Instance(runningTasksCount: 0)))
  }

  @Test func symbolsAndWordsMix() throws {
    let e = try q("runningTasksCount == 3 || (agentConnected equals false && ec2InstanceId == i-1)")
    #expect(e.matches(Instance(runningTasksCount: 3)))
    #expect(e.matches(Instance(ec2InstanceId: "i-1", agentConnected: false)))
    #expect(!e.matches(Instance(ec2InstanceId: "i-1", agentConnected: true)))
  }

  @Test func keywordsNeedWordBoundaries() throws {
    // `android` and `order` are values, not `and`/`or`; `instance` is not `in`.
    let e = try q("attribute:os == android or attribute:kind == order")
    #expect(e.matches(Instance(attributes: ["os": "android"])))
    #expect(e.matches(Instance(attributes: ["kind": "order"])))
    #expect(!e.matches(Instance(attributes: ["os": "linux"])))
  }

  @Test func noSpacesNeeded() throws {
    let e = try q("attribute:ecs.instance-type==t2.micro&&runningTasksCount<2")
    #expect(e.matches(Instance(attributes: ["ecs.instance-type": "t2.micro"], runningTasksCount: 1)))
    #expect(!e.matches(Instance(attributes: ["ecs.instance-type": "t2.micro"], runningTasksCount: 2)))
  }

  // MARK: Operators

  @Test func wordOperators() throws {
    let i = Instance(
      attributes: ["ecs.availability-zone": "us-east-1a", "cores": "8"], ec2InstanceId: "i-0abc",
      runningTasksCount: 4)
    #expect(try q("attribute:ecs.availability-zone equals us-east-1a").matches(i))
    #expect(try q("attribute:ecs.availability-zone not_equals us-east-1b").matches(i))
    #expect(try q("runningTasksCount greater_than 3").matches(i))
    #expect(try q("runningTasksCount greater_than_equal 4").matches(i))
    #expect(try q("runningTasksCount less_than 5").matches(i))
    #expect(try q("runningTasksCount less_than_equal 4").matches(i))
    #expect(!(try q("runningTasksCount less_than 4").matches(i)))
    #expect(try q("attribute:cores exists").matches(i))
    #expect(try q("attribute:gpu not_exists").matches(i))
    #expect(try q("ec2InstanceId not_in [i-1, i-2]").matches(i))
    #expect(try q("ec2InstanceId !in (i-1, i-2)").matches(i))
    #expect(try q("ec2InstanceId matches i-0.*").matches(i))
    #expect(try q("ec2InstanceId not_matches i-1.*").matches(i))
    #expect(try q("ec2InstanceId !~ i-1.*").matches(i))
  }

  @Test func listsInParenthesesAndDoubleQuotes() throws {
    let e = try q("attribute:ecs.availability-zone in (\"us-east-1a\", us-east-1c)")
    #expect(e.matches(Instance.az("us-east-1c")))
    #expect(!e.matches(Instance.az("us-east-1b")))
    let not = try q("attribute:ecs.availability-zone !in [us-east-1a]")
    #expect(not.matches(Instance.az("us-east-1b")))
    #expect(!not.matches(Instance.az("us-east-1a")))
  }

  @Test func agentConnected() throws {
    #expect(try q("agentConnected == true").matches(Instance(agentConnected: true)))
    #expect(!(try q("agentConnected == true").matches(Instance(agentConnected: false))))
    #expect(try q("agentConnected != true").matches(Instance(agentConnected: false)))
    #expect(try q("agentConnected == FALSE").matches(Instance(agentConnected: false)))
    #expect(try q("agentConnected in [false]").matches(Instance(agentConnected: false)))
    #expect(try q("agentConnected =~ t.*").matches(Instance(agentConnected: true)))
  }

  @Test func attributeOrderingIsNumericForNumbers() throws {
    let i = Instance(attributes: ["cores": "16", "tier": "gold"])
    #expect(try q("attribute:cores > 8").matches(i))  // 16 > 8, though "16" < "8" as text
    #expect(try q("attribute:cores <= 16.0").matches(i))
    #expect(!(try q("attribute:cores < 9").matches(i)))
    #expect(try q("attribute:tier < silver").matches(i))  // lexicographic
    #expect(!(try q("attribute:tier > silver").matches(i)))
    // String equality for ==: "16.0" is not "16".
    #expect(!(try q("attribute:cores == 16.0").matches(i)))
  }

  // MARK: Missing and valueless attributes, task groups [U]/[SIM] choices

  @Test func missingAttributeMatchesOnlyNotExists() throws {
    let bare = Instance()
    #expect(try q("attribute:stack !exists").matches(bare))
    #expect(!(try q("attribute:stack exists").matches(bare)))
    #expect(!(try q("attribute:stack == prod").matches(bare)))
    // Choice: ECS says an expression on an attribute the instance lacks does not match; that
    // includes the negated operators.
    #expect(!(try q("attribute:stack != prod").matches(bare)))
    #expect(!(try q("attribute:stack !in [prod]").matches(bare)))
    #expect(!(try q("attribute:stack !~ p.*").matches(bare)))
    #expect(!(try q("attribute:stack > 1").matches(bare)))
    #expect(try q("attribute:stack != prod or attribute:stack !exists").matches(bare))
  }

  @Test func capabilityAttributeHasNoValue() throws {
    let i = Instance(attributes: ["com.amazonaws.ecs.capability.task-iam-role": nil])
    #expect(try q("attribute:com.amazonaws.ecs.capability.task-iam-role exists").matches(i))
    #expect(!(try q("attribute:com.amazonaws.ecs.capability.task-iam-role !exists").matches(i)))
    #expect(!(try q("attribute:com.amazonaws.ecs.capability.task-iam-role == true").matches(i)))
    #expect(!(try q("attribute:com.amazonaws.ecs.capability.task-iam-role != true").matches(i)))
    #expect(!(try q("attribute:com.amazonaws.ecs.capability.task-iam-role =~ .*").matches(i)))
  }

  @Test func attributeNamesWithColonsSlashesAndAts() throws {
    let i = Instance(attributes: ["team:owner/area@x": "infra"])
    #expect(try q("attribute:team:owner/area@x == infra").matches(i))
  }

  @Test func taskGroupAnyAndNone() throws {
    let web = Instance(taskGroups: ["service:web", "family:web"])
    let idle = Instance(taskGroups: [])
    // Positive operators: some group satisfies it.
    #expect(try q("task:group in [service:api, service:web]").matches(web))
    #expect(try q("task:group =~ family:.*").matches(web))
    // Negated operators: no group satisfies the positive form.
    #expect(!(try q("task:group != service:web").matches(web)))
    #expect(try q("task:group != database").matches(web))
    #expect(try q("task:group != database").matches(idle))
    #expect(!(try q("task:group !in [family:web]").matches(web)))
    #expect(try q("task:group !~ service:db.*").matches(web))
    // exists: the instance runs any task.
    #expect(try q("task:group exists").matches(web))
    #expect(!(try q("task:group exists").matches(idle)))
    #expect(try q("task:group !exists").matches(idle))
  }

  // MARK: Patterns

  @Test func patterns() throws {
    func m(_ pattern: String, _ value: String) throws -> Bool {
      try q("attribute:v =~ '\(pattern)'").matches(Instance(attributes: ["v": value]))
    }
    #expect(try m("t2\\.micro", "t2.micro"))
    #expect(!(try m("t2\\.micro", "t2xmicro")))
    #expect(try m("t2.micro", "t2xmicro"))
    #expect(try m("us-east-1[a-c]", "us-east-1b"))
    #expect(!(try m("us-east-1[a-c]", "us-east-1d")))
    #expect(try m("us-east-1[^a-c]", "us-east-1d"))
    #expect(try m("[a-z0-9]+\\.large", "m5.large"))
    #expect(!(try m("[a-z0-9]+\\.large", "M5.large")))
    #expect(try m("(t2|t3)\\.(micro|small)", "t3.small"))
    #expect(!(try m("(t2|t3)\\.(micro|small)", "t3.medium")))
    #expect(try m("colou?r", "color"))
    #expect(try m("colou?r", "colour"))
    #expect(try m("i-\\d{3,4}", "i-1234"))
    #expect(!(try m("i-\\d{3,4}", "i-12345")))
    #expect(try m("^g[0-9][a-z]*\\..*$", "g4dn.xlarge"))
    #expect(!(try m("^g[0-9]+\\..*$", "g4dn.xlarge")))
    #expect(try m("a{2}b*?", "aabbb"))
    #expect(try m("(?:ab)+", "ababab"))
    #expect(try m("\\w+-\\w+", "us_x-1"))
    #expect(try m("", ""))
    #expect(!(try m("", "x")))
    #expect(try m(".*", ""))
    // `.` matches anything but a line terminator, as in Java.
    #expect(!(try m("a.b", "a\nb")))
    // Anchors hold only at the ends of the value.
    #expect(!(try m("a^b", "ab")))
    #expect(!(try m("a$b", "ab")))
    #expect(try m("(^a|b)+", "ab"))
    #expect(!(try m("(^a|b)+", "ba")))
    #expect(try m("\\Q1.5\\E", "1.5"))
    #expect(!(try m("\\Q1.5\\E", "105")))
  }

  @Test func arbitraryTextNeverTraps() {
    // Random expressions built from the language's own pieces: each must parse or throw, and a
    // parsed one must evaluate; the point is that no input reaches an index out of range.
    let pieces = [
      "attribute:", "x", "task:group", "runningTasksCount", "agentVersion", "registeredAt", " ", "==", "!=",
      "=~", "!~", "in", "!in", "exists", "!exists", "and", "or", "not", "!", "(", ")", "[", "]", ",", "'",
      "\"", "\\", "*", "+", "?", "{", "}", "{2,", "1", ".", "-", "^", "$", "|", "a", "&&", "||", "<", ">=",
      "2018-02-13", "1.14.5", "(?", "[^", "\\d",
    ]
    var random = SeededRandom(seed: 7)
    let instance = Instance(attributes: ["x": "aa", "y": nil], taskGroups: ["a"])
    var parsed = 0
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<random.int(in: 1...12) { text += pieces[random.int(in: 0...(pieces.count - 1))] }
      if let query = try? ClusterQuery.parse(text) {
        parsed += 1
        _ = query.matches(instance)
      } else if let error = parseError(text) {
        #expect(error.offset >= 1 && error.offset <= text.count + 1, "\(text): \(error)")
      }
    }
    #expect(parsed > 0)
  }

  @Test func barePatternsEndAtUnbalancedParenthesis() throws {
    let e = try q("not(attribute:ecs.instance-type =~ (t2|t3)\\..*)")
    #expect(!e.matches(Instance.az("us-east-1a", type: "t3.micro")))
    #expect(e.matches(Instance.az("us-east-1a", type: "m5.large")))
    let c = try q("(attribute:v =~ [)]x)")
    #expect(c.matches(Instance(attributes: ["v": ")x"])))
  }

  @Test func pathologicalPatternsStayLinear() throws {
    // Exponential for a backtracking matcher; one pass here.
    let e = try q("attribute:v =~ (a|a)*(a*)*b")
    let value = String(repeating: "a", count: 5_000)
    #expect(!e.matches(Instance(attributes: ["v": value])))
    #expect(e.matches(Instance(attributes: ["v": value + "b"])))
    // More than 64 states: the automaton spans several words.
    let wide = try q("attribute:v =~ [a-z]{70,80}")
    #expect(wide.matches(Instance(attributes: ["v": String(repeating: "q", count: 75)])))
    #expect(!wide.matches(Instance(attributes: ["v": String(repeating: "q", count: 69)])))
    #expect(!wide.matches(Instance(attributes: ["v": String(repeating: "q", count: 81)])))
  }

  // MARK: Errors

  @Test func missingOperator() {
    #expect(
      parseError("attribute:ecs.instance-type")
        == ClusterQueryError("expected an operator after 'attribute:ecs.instance-type'", offset: 28))
    #expect(
      parseError("attribute:x = y")
        == ClusterQueryError("expected an operator after 'attribute:x', found '='; did you mean '=='?", offset: 13))
    #expect(
      parseError("task:group equal web")
        == ClusterQueryError(
          "expected an operator after 'task:group', found 'equal'; did you mean 'equals'?", offset: 12))
  }

  @Test func unknownSubject() {
    #expect(
      parseError("atribute:x == y")
        == ClusterQueryError("unknown subject 'atribute:x'; did you mean 'attribute:x'?", offset: 1))
    #expect(
      parseError("runningTaskCount > 1")
        == ClusterQueryError("unknown subject 'runningTaskCount'; did you mean 'runningTasksCount'?", offset: 1))
    #expect(
      parseError("runningTasksCount == 1 and task:grop == x")
        == ClusterQueryError("unknown subject 'task:grop'; did you mean 'task:group'?", offset: 28))
    #expect(
      parseError("instanceType == t2.micro")
        == ClusterQueryError(
          "unknown subject 'instanceType'; expected one of: agentConnected, agentVersion, attribute:<name>, "
            + "ec2InstanceId, registeredAt, runningTasksCount, task:group", offset: 1))
    #expect(
      parseError("attribute: == x") == ClusterQueryError("expected an attribute name after 'attribute:'", offset: 11))
  }

  @Test func unbalancedParentheses() {
    #expect(
      parseError("(attribute:a == b")
        == ClusterQueryError("unbalanced parenthesis: '(' at offset 1 is never closed", offset: 1))
    #expect(
      parseError("attribute:a == b)")
        == ClusterQueryError("unbalanced parenthesis: ')' has no matching '('", offset: 17))
    #expect(
      parseError("not((attribute:a == b)")
        == ClusterQueryError("unbalanced parenthesis: '(' at offset 4 is never closed", offset: 4))
  }

  @Test func badArguments() {
    #expect(
      parseError("ec2InstanceId in i-1")
        == ClusterQueryError("expected a list such as [a, b] after 'in', found 'i-1'", offset: 18))
    #expect(
      parseError("ec2InstanceId not_in")
        == ClusterQueryError(
          "expected a list such as [a, b] after 'not_in', found the end of the expression", offset: 21))
    #expect(
      parseError("ec2InstanceId in [a, b")
        == ClusterQueryError("unclosed list: missing ']' for the '[' at offset 18", offset: 18))
    #expect(
      parseError("ec2InstanceId in ['a' 'b']")
        == ClusterQueryError("expected ',' or ']' in the list after 'in', found \"'b'\"", offset: 23))
    #expect(
      parseError("attribute:a ==")
        == ClusterQueryError("expected a value after '==', found the end of the expression", offset: 15))
    #expect(
      parseError("attribute:a == [x, y]")
        == ClusterQueryError(
          "expected a single value after '==', found a list; use 'in' to compare with a list", offset: 16))
    #expect(
      parseError("attribute:x == 'abc") == ClusterQueryError("unterminated string: missing closing '", offset: 16))
    #expect(
      parseError("runningTasksCount == many")
        == ClusterQueryError("runningTasksCount compares with a whole number, found 'many'", offset: 22))
    #expect(
      parseError("agentVersion < latest")
        == ClusterQueryError("agentVersion compares with a version such as 1.14.5, found 'latest'", offset: 16))
    #expect(
      parseError("registeredAt < 2018-02-30")
        == ClusterQueryError(
          "registeredAt compares with a date such as 2018-06-18 or 2018-06-18T22:28:28Z, found '2018-02-30'",
          offset: 16))
    #expect(
      parseError("agentConnected == yes")
        == ClusterQueryError("agentConnected compares with true or false, found 'yes'", offset: 19))
  }

  @Test func operatorsOutsideASubjectsDocumentedSet() {
    #expect(
      parseError("agentVersion =~ 1.*")
        == ClusterQueryError(
          "operator '=~' cannot be used with agentVersion; valid operators: ==, !=, >, >=, <, <=", offset: 14))
    #expect(
      parseError("ec2InstanceId > i-1")
        == ClusterQueryError(
          "operator '>' cannot be used with ec2InstanceId; valid operators: ==, !=, in, !in, =~, !~", offset: 15))
    #expect(
      parseError("runningTasksCount exists")
        == ClusterQueryError(
          "operator 'exists' cannot be used with runningTasksCount; valid operators: ==, !=, >, >=, <, <=",
          offset: 19))
  }

  @Test func structureErrors() {
    #expect(
      parseError("")
        == ClusterQueryError(
          "the expression is empty; expected a subject such as attribute:<name> or task:group", offset: 1))
    #expect(
      parseError("attribute:a == b c == d")
        == ClusterQueryError("unexpected 'c'; expected 'and', 'or' or the end of the expression", offset: 18))
    #expect(
      parseError("(attribute:a == b c)")
        == ClusterQueryError("unexpected 'c'; expected 'and', 'or' or ')'", offset: 19))
    #expect(
      parseError("runningTasksCount == 1 and")
        == ClusterQueryError(
          "expected a subject (agentConnected, agentVersion, attribute:<name>, ec2InstanceId, registeredAt, "
            + "runningTasksCount, task:group), found the end of the expression", offset: 27))
    let long = "attribute:x in [" + String(repeating: "a, ", count: 700) + "a]"
    #expect(
      parseError(long)
        == ClusterQueryError("the expression is 2118 characters long; the maximum is 2000", offset: 2001))
  }

  @Test func regexErrorsPointIntoThePattern() {
    #expect(
      parseError("attribute:x =~ t2**")
        == ClusterQueryError(
          "invalid regular expression after '=~': dangling '*': a quantifier cannot follow another quantifier",
          offset: 19))
    #expect(
      parseError("attribute:x =~ *x")
        == ClusterQueryError("invalid regular expression after '=~': '*' has nothing to repeat", offset: 16))
    #expect(
      parseError("attribute:x matches 'a[bc'")
        == ClusterQueryError(
          "invalid regular expression after 'matches': unclosed character class: missing ']'", offset: 23))
    #expect(
      parseError("attribute:x =~ '(ab'")
        == ClusterQueryError("invalid regular expression after '=~': unclosed group: missing ')'", offset: 17))
    #expect(
      parseError("attribute:x =~ 'ab)'")
        == ClusterQueryError("invalid regular expression after '=~': unmatched ')'", offset: 19))
    #expect(
      parseError("attribute:x =~ (?=a)b")
        == ClusterQueryError(
          "invalid regular expression after '=~': lookahead ('(?=') is not supported", offset: 16))
    #expect(
      parseError("attribute:x !~ 'a{3,1}'")
        == ClusterQueryError(
          "invalid regular expression after '!~': illegal repetition range {3,1}: the maximum is below the minimum",
          offset: 18))
    #expect(
      parseError("attribute:x =~ [z-a]")
        == ClusterQueryError(
          "invalid regular expression after '=~': illegal character range: 'z-a' runs backwards", offset: 17))
    #expect(
      parseError("attribute:x =~ (a)\\1")
        == ClusterQueryError(
          "invalid regular expression after '=~': backreferences ('\\1') are not supported", offset: 19))
    #expect(
      parseError("attribute:x =~ a{5000}")
        == ClusterQueryError(
          "invalid regular expression after '=~': the pattern is too large (over 1000 states); use smaller repetition counts",
          offset: 16))
  }

  @Test func errorDescriptionNamesTheColumn() {
    #expect(
      parseError("attribute:ecs.instance-type")?.description
        == "column 28: expected an operator after 'attribute:ecs.instance-type'")
  }

  @Test func textIsKeptAsWritten() throws {
    let text = "attribute:ecs.instance-type =~ t2.*"
    #expect(try q(text).text == text)
    #expect(try q(text).description == text)
    #expect(try q(text) == q(text))
  }

  // MARK: Value readers

  @Test func instants() {
    #expect(ClusterQueryValues.instant("1970-01-01") == 0)
    #expect(ClusterQueryValues.instant("1970-01-02T00:00:01Z") == 86_401)
    #expect(ClusterQueryValues.instant("2000-03-01T00:00:00Z") == 951_868_800)
    #expect(ClusterQueryValues.instant("2018-06-18T22:28:28.250Z") == ClusterQueryValues.instant("2018-06-18T22:28:28Z"))
    #expect(ClusterQueryValues.instant("2018-06-18T22:28:28-05:00") == ClusterQueryValues.instant("2018-06-19T03:28:28Z"))
    #expect(ClusterQueryValues.instant("2019-02-29") == nil)
    #expect(ClusterQueryValues.instant("2020-02-29") != nil)
    #expect(ClusterQueryValues.instant("2018-06-18T24:00:00Z") == nil)
    #expect(ClusterQueryValues.instant("2018-06-18T22:28:28Zjunk") == nil)
  }

  @Test func versions() {
    #expect(ClusterQueryValues.version("1.14.5") == [1, 14, 5])
    #expect(ClusterQueryValues.version("1..2") == nil)
    #expect(ClusterQueryValues.version("v1") == nil)
    #expect(ClusterQueryValues.compareVersion("1.87.0-beta", [1, 87]) == 0)
    #expect(ClusterQueryValues.compareVersion("1.87.1", [1, 87]) == 1)
    #expect(ClusterQueryValues.compareVersion("1.8", [1, 8, 1]) == -1)
    #expect(ClusterQueryValues.compareVersion("2", [10]) == -1)
  }
}
