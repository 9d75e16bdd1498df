import Testing
@testable import ECSSim

/// Parse errors: what they say and where they point.
@Suite struct ClusterQueryErrorTests {
  // MARK: Errors

  @Test func missingOperator() {
    #expect(
      queryError("attribute:ecs.instance-type")
        == ClusterQueryError("expected an operator after 'attribute:ecs.instance-type'", offset: 28))
    #expect(
      queryError("attribute:x = y")
        == ClusterQueryError("expected an operator after 'attribute:x', found '='; did you mean '=='?", offset: 13))
    #expect(
      queryError("task:group equal web")
        == ClusterQueryError(
          "expected an operator after 'task:group', found 'equal'; did you mean 'equals'?", offset: 12))
  }

  @Test func unknownSubject() {
    #expect(
      queryError("atribute:x == y")
        == ClusterQueryError("unknown subject 'atribute:x'; did you mean 'attribute:x'?", offset: 1))
    #expect(
      queryError("runningTaskCount > 1")
        == ClusterQueryError("unknown subject 'runningTaskCount'; did you mean 'runningTasksCount'?", offset: 1))
    #expect(
      queryError("runningTasksCount == 1 and task:grop == x")
        == ClusterQueryError("unknown subject 'task:grop'; did you mean 'task:group'?", offset: 28))
    #expect(
      queryError("instanceType == t2.micro")
        == ClusterQueryError(
          "unknown subject 'instanceType'; expected one of: agentConnected, agentVersion, attribute:<name>, "
            + "ec2InstanceId, registeredAt, runningTasksCount, task:group", offset: 1))
    #expect(
      queryError("attribute: == x") == ClusterQueryError("expected an attribute name after 'attribute:'", offset: 11))
  }

  @Test func unbalancedParentheses() {
    #expect(
      queryError("(attribute:a == b")
        == ClusterQueryError("unbalanced parenthesis: '(' at offset 1 is never closed", offset: 1))
    #expect(
      queryError("attribute:a == b)")
        == ClusterQueryError("unbalanced parenthesis: ')' has no matching '('", offset: 17))
    #expect(
      queryError("not((attribute:a == b)")
        == ClusterQueryError("unbalanced parenthesis: '(' at offset 4 is never closed", offset: 4))
  }

  @Test func badArguments() {
    #expect(
      queryError("ec2InstanceId in i-1")
        == ClusterQueryError("expected a list such as [a, b] after 'in', found 'i-1'", offset: 18))
    #expect(
      queryError("ec2InstanceId not_in")
        == ClusterQueryError(
          "expected a list such as [a, b] after 'not_in', found the end of the expression", offset: 21))
    #expect(
      queryError("ec2InstanceId in [a, b")
        == ClusterQueryError("unclosed list: missing ']' for the '[' at offset 18", offset: 18))
    #expect(
      queryError("ec2InstanceId in ['a' 'b']")
        == ClusterQueryError("expected ',' or ']' in the list after 'in', found \"'b'\"", offset: 23))
    #expect(
      queryError("attribute:a ==")
        == ClusterQueryError("expected a value after '==', found the end of the expression", offset: 15))
    #expect(
      queryError("attribute:a == [x, y]")
        == ClusterQueryError(
          "expected a single value after '==', found a list; use 'in' to compare with a list", offset: 16))
    #expect(
      queryError("attribute:x == 'abc") == ClusterQueryError("unterminated string: missing closing '", offset: 16))
    #expect(
      queryError("runningTasksCount == many")
        == ClusterQueryError("runningTasksCount compares with a whole number, found 'many'", offset: 22))
    #expect(
      queryError("agentVersion < latest")
        == ClusterQueryError("agentVersion compares with a version such as 1.14.5, found 'latest'", offset: 16))
    #expect(
      queryError("registeredAt < 2018-02-30")
        == ClusterQueryError(
          "registeredAt compares with a date such as 2018-06-18 or 2018-06-18T22:28:28Z, found '2018-02-30'",
          offset: 16))
    #expect(
      queryError("agentConnected == yes")
        == ClusterQueryError("agentConnected compares with true or false, found 'yes'", offset: 19))
  }

  @Test func operatorsOutsideASubjectsDocumentedSet() {
    #expect(
      queryError("agentVersion =~ 1.*")
        == ClusterQueryError(
          "operator '=~' cannot be used with agentVersion; valid operators: ==, !=, >, >=, <, <=", offset: 14))
    #expect(
      queryError("ec2InstanceId > i-1")
        == ClusterQueryError(
          "operator '>' cannot be used with ec2InstanceId; valid operators: ==, !=, in, !in, =~, !~", offset: 15))
    #expect(
      queryError("runningTasksCount exists")
        == ClusterQueryError(
          "operator 'exists' cannot be used with runningTasksCount; valid operators: ==, !=, >, >=, <, <=",
          offset: 19))
  }

  @Test func structureErrors() {
    #expect(
      queryError("")
        == ClusterQueryError(
          "the expression is empty; expected a subject such as attribute:<name> or task:group", offset: 1))
    #expect(
      queryError("attribute:a == b c == d")
        == ClusterQueryError("unexpected 'c'; expected 'and', 'or' or the end of the expression", offset: 18))
    #expect(
      queryError("(attribute:a == b c)")
        == ClusterQueryError("unexpected 'c'; expected 'and', 'or' or ')'", offset: 19))
    #expect(
      queryError("runningTasksCount == 1 and")
        == ClusterQueryError(
          "expected a subject (agentConnected, agentVersion, attribute:<name>, ec2InstanceId, registeredAt, "
            + "runningTasksCount, task:group), found the end of the expression", offset: 27))
    let long = "attribute:x in [" + String(repeating: "a, ", count: 700) + "a]"
    #expect(
      queryError(long)
        == ClusterQueryError("the expression is 2118 characters long; the maximum is 2000", offset: 2001))
  }

  @Test func regexErrorsPointIntoThePattern() {
    #expect(
      queryError("attribute:x =~ t2**")
        == ClusterQueryError(
          "invalid regular expression after '=~': dangling '*': a quantifier cannot follow another quantifier",
          offset: 19))
    #expect(
      queryError("attribute:x =~ *x")
        == ClusterQueryError("invalid regular expression after '=~': '*' has nothing to repeat", offset: 16))
    #expect(
      queryError("attribute:x matches 'a[bc'")
        == ClusterQueryError(
          "invalid regular expression after 'matches': unclosed character class: missing ']'", offset: 23))
    #expect(
      queryError("attribute:x =~ '(ab'")
        == ClusterQueryError("invalid regular expression after '=~': unclosed group: missing ')'", offset: 17))
    #expect(
      queryError("attribute:x =~ 'ab)'")
        == ClusterQueryError("invalid regular expression after '=~': unmatched ')'", offset: 19))
    #expect(
      queryError("attribute:x =~ (?=a)b")
        == ClusterQueryError(
          "invalid regular expression after '=~': lookahead ('(?=') is not supported", offset: 16))
    #expect(
      queryError("attribute:x !~ 'a{3,1}'")
        == ClusterQueryError(
          "invalid regular expression after '!~': illegal repetition range {3,1}: the maximum is below the minimum",
          offset: 18))
    #expect(
      queryError("attribute:x =~ [z-a]")
        == ClusterQueryError(
          "invalid regular expression after '=~': illegal character range: 'z-a' runs backwards", offset: 17))
    #expect(
      queryError("attribute:x =~ (a)\\1")
        == ClusterQueryError(
          "invalid regular expression after '=~': backreferences ('\\1') are not supported", offset: 19))
    #expect(
      queryError("attribute:x =~ a{5000}")
        == ClusterQueryError(
          "invalid regular expression after '=~': the pattern is too large (over 1000 states); use smaller repetition counts",
          offset: 16))
  }

  @Test func errorDescriptionNamesTheColumn() {
    #expect(
      queryError("attribute:ecs.instance-type")?.description
        == "column 28: expected an operator after 'attribute:ecs.instance-type'")
  }

  @Test func textIsKeptAsWritten() throws {
    let text = "attribute:ecs.instance-type =~ t2.*"
    #expect(try query(text).text == text)
    #expect(try query(text).description == text)
    #expect(try query(text) == query(text))
  }
}
