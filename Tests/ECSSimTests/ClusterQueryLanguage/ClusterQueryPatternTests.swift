import Testing
@testable import ECSSim

/// `=~` / `!~` patterns as the query language evaluates them.
@Suite struct ClusterQueryPatternTests {
  // MARK: Patterns

  @Test func patterns() throws {
    func m(_ pattern: String, _ value: String) throws -> Bool {
      try query("attribute:v =~ '\(pattern)'").matches(QueryInstance(attributes: ["v": value]))
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
    // A quantifier after a quote repeats its last character, as Java reads `\Qab\E*` as `ab*`.
    #expect(try m("\\Qab\\E*", "abbb"))
    #expect(try m("\\Qab\\E*", "a"))
    #expect(!(try m("\\Qab\\E*", "abab")))
    #expect(try m("(?:\\Qab\\E)*", "abab"))
    #expect(try m("\\Q.\\E+x", "...x"))
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
    let instance = QueryInstance(attributes: ["x": "aa", "y": nil], taskGroups: ["a"])
    var parsed = 0
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<random.int(in: 1...12) { text += pieces[random.int(in: 0...(pieces.count - 1))] }
      if let query = try? ClusterQuery.parse(text) {
        parsed += 1
        _ = query.matches(instance)
      } else if let error = queryError(text) {
        #expect(error.offset >= 1 && error.offset <= text.count + 1, "\(text): \(error)")
      }
    }
    #expect(parsed > 0)
  }

  @Test func barePatternsEndAtUnbalancedParenthesis() throws {
    let e = try query("not(attribute:ecs.instance-type =~ (t2|t3)\\..*)")
    #expect(!e.matches(QueryInstance.az("us-east-1a", type: "t3.micro")))
    #expect(e.matches(QueryInstance.az("us-east-1a", type: "m5.large")))
    let c = try query("(attribute:v =~ [)]x)")
    #expect(c.matches(QueryInstance(attributes: ["v": ")x"])))
  }

  @Test func pathologicalPatternsStayLinear() throws {
    // Exponential for a backtracking matcher; one pass here.
    let e = try query("attribute:v =~ (a|a)*(a*)*b")
    let value = String(repeating: "a", count: 5_000)
    #expect(!e.matches(QueryInstance(attributes: ["v": value])))
    #expect(e.matches(QueryInstance(attributes: ["v": value + "b"])))
    // More than 64 states: the automaton spans several words.
    let wide = try query("attribute:v =~ [a-z]{70,80}")
    #expect(wide.matches(QueryInstance(attributes: ["v": String(repeating: "q", count: 75)])))
    #expect(!wide.matches(QueryInstance(attributes: ["v": String(repeating: "q", count: 69)])))
    #expect(!wide.matches(QueryInstance(attributes: ["v": String(repeating: "q", count: 81)])))
  }
}
