/// Reads cluster-query-language text into a `ClusterQueryNode`.
///
/// Grammar (precedence `not` > `and` > `or`, as in the ECS examples):
///
///     expression := conjunction (("or" | "||") conjunction)*
///     conjunction := negation (("and" | "&&") negation)*
///     negation   := ("not" | "!") negation | "(" expression ")" | comparison
///     comparison := subject operator [argument]
///
/// The scanner is driven by the parser rather than run ahead of it, because what a character
/// means depends on where it is: `[a-z]+` after `=~` is a pattern, after `in` a list; a `)` ends
/// a bare value but may belong to a pattern's group.
struct ClusterQueryParser {
  let chars: [Character]
  var pos = 0

  init(_ text: String) { chars = Array(text) }

  typealias Failure = ClusterQueryError

  // MARK: Errors

  /// `index` is 0-based; messages carry the 1-based offset people count in.
  func fail(_ message: String, at index: Int) -> ClusterQueryError {
    ClusterQueryError(message, offset: index + 1)
  }

  /// What stands at `index`, for "found ..." in messages.
  func found(at index: Int) -> String {
    guard index < chars.count else { return "the end of the expression" }
    var end = index
    if chars[index] == "'" || chars[index] == "\"" {
      end += 1
      while end < chars.count, chars[end] != chars[index], end - index < 40 { end += 1 }
      end = min(end + 1, chars.count)
      return "\(chars[index] == "'" ? "\"" : "'")\(String(chars[index..<end]))\(chars[index] == "'" ? "\"" : "'")"
    } else if isWordChar(chars[end]) {
      while end < chars.count, isWordChar(chars[end]), end - index < 40 { end += 1 }
    } else {
      while end < chars.count, !chars[end].isWhitespace, !isWordChar(chars[end]), end - index < 3 { end += 1 }
    }
    return "'\(String(chars[index..<end]))'"
  }

  // MARK: Character classes

  /// Characters of subjects (`attribute:com.amazonaws.ecs.capability.task-iam-role`).
  func isSubjectChar(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "." || c == "-" || c == "_" || c == ":" || c == "/" || c == "\\" || c == "@"
  }

  /// Characters that continue a word, so that `and` in `android` or `in` in `instance` is not a
  /// keyword.
  func isWordChar(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "_" || c == "." || c == "-" || c == ":"
  }

  var atEnd: Bool { pos >= chars.count }
  var peek: Character? { pos < chars.count ? chars[pos] : nil }

  mutating func skipSpace() {
    while pos < chars.count, chars[pos].isWhitespace { pos += 1 }
  }

  func hasPrefix(_ s: String, at index: Int) -> Bool {
    var i = index
    for c in s {
      guard i < chars.count, chars[i] == c else { return false }
      i += 1
    }
    return true
  }

  /// Whether the word `w` stands at `index` and ends there (not a prefix of a longer word).
  func hasKeyword(_ w: String, at index: Int) -> Bool {
    guard hasPrefix(w, at: index) else { return false }
    let after = index + w.count
    return after >= chars.count || !isWordChar(chars[after])
  }

  // MARK: Expressions

  mutating func parseQuery() throws(Failure) -> ClusterQueryNode {
    skipSpace()
    if atEnd {
      throw fail("the expression is empty; expected a subject such as attribute:<name> or task:group", at: 0)
    }
    let node = try parseDisjunction()
    skipSpace()
    if !atEnd {
      if chars[pos] == ")" { throw fail("unbalanced parenthesis: ')' has no matching '('", at: pos) }
      throw fail("unexpected \(found(at: pos)); expected 'and', 'or' or the end of the expression", at: pos)
    }
    return node
  }

  mutating func parseDisjunction() throws(Failure) -> ClusterQueryNode {
    var items = [try parseConjunction()]
    while true {
      skipSpace()
      if hasPrefix("||", at: pos) { pos += 2 } else if hasKeyword("or", at: pos) { pos += 2 } else { break }
      items.append(try parseConjunction())
    }
    return items.count == 1 ? items[0] : .any(items)
  }

  mutating func parseConjunction() throws(Failure) -> ClusterQueryNode {
    var items = [try parseNegation()]
    while true {
      skipSpace()
      if hasPrefix("&&", at: pos) { pos += 2 } else if hasKeyword("and", at: pos) { pos += 3 } else { break }
      items.append(try parseNegation())
    }
    return items.count == 1 ? items[0] : .all(items)
  }

  mutating func parseNegation() throws(Failure) -> ClusterQueryNode {
    skipSpace()
    if peek == "!" {
      pos += 1
      return .not(try parseNegation())
    }
    if hasKeyword("not", at: pos) {
      pos += 3
      return .not(try parseNegation())
    }
    if peek == "(" {
      let open = pos
      pos += 1
      let inner = try parseDisjunction()
      skipSpace()
      guard !atEnd else {
        throw fail("unbalanced parenthesis: '(' at offset \(open + 1) is never closed", at: open)
      }
      guard peek == ")" else {
        throw fail("unexpected \(found(at: pos)); expected 'and', 'or' or ')'", at: pos)
      }
      pos += 1
      return inner
    }
    return .test(try parseComparison())
  }

  // MARK: Comparisons

  mutating func parseComparison() throws(Failure) -> ClusterQueryTest {
    skipSpace()
    let subjectStart = pos
    while pos < chars.count, isSubjectChar(chars[pos]) { pos += 1 }
    let word = String(chars[subjectStart..<pos])
    if word.isEmpty {
      if peek == ")" { throw fail("unbalanced parenthesis: ')' has no matching '(' or closes an empty group", at: pos) }
      throw fail(
        "expected a subject (\(ClusterQueryField.spellings.joined(separator: ", "))), found \(found(at: pos))",
        at: pos)
    }
    let field = try field(named: word, at: subjectStart)

    skipSpace()
    let opStart = pos
    let (op, opText) = try parseOperator(after: word)
    if let allowed = field.allowedOperators, !allowed.contains(op) {
      throw fail(
        "operator '\(opText)' cannot be used with \(field.spelling); valid operators: "
          + allowed.map(\.symbol).joined(separator: ", "),
        at: opStart)
    }

    let (positive, negated) = op.positive
    let predicate: ClusterQueryPredicate
    switch positive {
    case .exists:
      predicate = .exists
    case .in:
      predicate = .oneOf(try parseList(after: opText, subject: field))
    case .matches:
      predicate = .matches(try parsePattern(after: opText))
    case .equals:
      predicate = .equals(try parseValue(after: opText, subject: field))
    case .greaterThan, .greaterThanOrEqual, .lessThan, .lessThanOrEqual:
      let l = try parseValue(after: opText, subject: field)
      predicate = .ordered(
        l,
        less: positive == .lessThan || positive == .lessThanOrEqual,
        equal: positive == .greaterThanOrEqual || positive == .lessThanOrEqual,
        greater: positive == .greaterThan || positive == .greaterThanOrEqual)
    case .notEquals, .notExists, .notIn, .notMatches:
      fatalError("positive forms only")
    }
    return ClusterQueryTest(field: field, predicate: predicate, negated: negated)
  }

  func field(named word: String, at start: Int) throws(Failure) -> ClusterQueryField {
    switch word {
    case "agentConnected": return .agentConnected
    case "agentVersion": return .agentVersion
    case "ec2InstanceId": return .ec2InstanceId
    case "registeredAt": return .registeredAt
    case "runningTasksCount": return .runningTasksCount
    case "task:group": return .taskGroup
    default: break
    }
    if word.hasPrefix("attribute:") {
      let name = String(word.dropFirst("attribute:".count))
      if name.isEmpty { throw fail("expected an attribute name after 'attribute:'", at: start + word.count) }
      return .attribute(name)
    }
    // A typo: suggest the closest subject; for `atribute:x`, suggest `attribute:x`.
    var guess: String?
    if let colon = word.firstIndex(of: ":"), closestMatch(String(word[...colon]), in: ["attribute:"]) != nil,
      word[...colon] != "task:"
    {
      guess = "attribute:" + word[word.index(after: colon)...]
    } else if closestMatch(word, in: ["attribute"]) != nil {
      guess = "attribute:<name>"
    } else {
      guess = closestMatch(word, in: [
        "agentConnected", "agentVersion", "ec2InstanceId", "registeredAt", "runningTasksCount", "task:group",
      ])
    }
    var message = "unknown subject '\(word)'"
    if let guess {
      message += "; did you mean '\(guess)'?"
    } else {
      message += "; expected one of: \(ClusterQueryField.spellings.joined(separator: ", "))"
    }
    throw fail(message, at: start)
  }

  static let wordOperators = ClusterQueryOperator.allCases.flatMap(\.spellings).filter { $0.first!.isLetter }

  /// Reads an operator; returns it and its spelling as written.
  mutating func parseOperator(after subject: String) throws(Failure) -> (ClusterQueryOperator, String) {
    let start = pos
    // Symbols, longest first; `!exists` and `!in` need a word boundary (`!in` vs `!instance`).
    for (text, op) in [("!exists", ClusterQueryOperator.notExists), ("!in", .notIn)] where hasKeyword(text, at: pos) {
      pos += text.count
      return (op, text)
    }
    for (text, op) in [
      ("==", ClusterQueryOperator.equals), ("!=", .notEquals), ("=~", .matches), ("!~", .notMatches),
      (">=", .greaterThanOrEqual), ("<=", .lessThanOrEqual), (">", .greaterThan), ("<", .lessThan),
    ] where hasPrefix(text, at: pos) {
      pos += text.count
      return (op, text)
    }
    var end = pos
    while end < chars.count, chars[end].isLetter || chars[end] == "_" { end += 1 }
    let word = String(chars[pos..<end])
    if !word.isEmpty, end >= chars.count || !isWordChar(chars[end]) {
      for op in ClusterQueryOperator.allCases where op.spellings.contains(word) {
        pos = end
        return (op, word)
      }
    }
    var message = "expected an operator after '\(subject)'"
    if start < chars.count {
      message += ", found \(found(at: start))"
      if chars[start] == "=" {
        message += "; did you mean '=='?"
      } else if !word.isEmpty, let guess = closestMatch(word, in: Self.wordOperators) {
        message += "; did you mean '\(guess)'?"
      }
    }
    throw fail(message, at: start)
  }

  // MARK: Arguments

  /// A quoted string (`'i-abcd1234'`, `"us-east-1a"`), or a bare word (`t2.micro`,
  /// `service:production`, `2018-02-13`). Quoted strings have no escapes: what is between the
  /// quotes is the value, so patterns keep their backslashes. Returns nil when no value starts
  /// here.
  mutating func parseRawValue() throws(Failure) -> (text: String, start: Int)? {
    skipSpace()
    guard let c = peek else { return nil }
    if c == "'" || c == "\"" {
      let open = pos
      var end = pos + 1
      while end < chars.count, chars[end] != c { end += 1 }
      guard end < chars.count else { throw fail("unterminated string: missing closing \(c)", at: open) }
      pos = end + 1
      return (String(chars[(open + 1)..<end]), open + 1)
    }
    let start = pos
    while pos < chars.count {
      let d = chars[pos]
      if d.isWhitespace || d == "(" || d == ")" || d == "[" || d == "]" || d == "," || d == "'" || d == "\"" { break }
      if hasPrefix("&&", at: pos) || hasPrefix("||", at: pos) { break }
      pos += 1
    }
    return pos > start ? (String(chars[start..<pos]), start) : nil
  }

  mutating func parseValue(after op: String, subject: ClusterQueryField) throws(Failure) -> ClusterQueryLiteral {
    skipSpace()
    let at = pos
    guard let (text, start) = try parseRawValue() else {
      if peek == "[" || peek == "(" {
        throw fail("expected a single value after '\(op)', found a list; use 'in' to compare with a list", at: at)
      }
      throw fail("expected a value after '\(op)', found \(found(at: at))", at: at)
    }
    return try literal(text, at: start, subject: subject)
  }

  mutating func parseList(after op: String, subject: ClusterQueryField) throws(Failure)
    -> [ClusterQueryLiteral]
  {
    skipSpace()
    let open = pos
    guard let opener = peek, opener == "[" || opener == "(" else {
      throw fail("expected a list such as [a, b] after '\(op)', found \(found(at: pos))", at: pos)
    }
    let closer: Character = opener == "[" ? "]" : ")"
    let unclosed = fail("unclosed list: missing '\(closer)' for the '\(opener)' at offset \(open + 1)", at: open)
    pos += 1
    var items: [ClusterQueryLiteral] = []
    while true {
      skipSpace()
      let at = pos
      guard let (text, start) = try parseRawValue() else {
        if atEnd { throw unclosed }
        throw fail("expected a value in the list after '\(op)', found \(found(at: at))", at: at)
      }
      items.append(try literal(text, at: start, subject: subject))
      skipSpace()
      if peek == "," { pos += 1; continue }
      if peek == closer { pos += 1; break }
      if atEnd { throw unclosed }
      throw fail("expected ',' or '\(closer)' in the list after '\(op)', found \(found(at: pos))", at: pos)
    }
    return items
  }

  /// A pattern: quoted, or bare up to whitespace or a `)` that closes no group of the pattern
  /// (so `not(attribute:x =~ t2.*)` ends the pattern before the last `)`).
  mutating func parsePattern(after op: String) throws(Failure) -> ClusterQueryRegex {
    skipSpace()
    let start: Int
    let pattern: [Character]
    if let c = peek, c == "'" || c == "\"" {
      guard let (text, s) = try parseRawValue() else { fatalError("quoted value expected") }
      start = s
      pattern = Array(text)
    } else {
      start = pos
      var depth = 0
      var inClass = false
      while pos < chars.count {
        let d = chars[pos]
        if d.isWhitespace { break }
        if d == "\\" { pos += min(2, chars.count - pos); continue }
        if inClass {
          if d == "]" { inClass = false }
        } else if d == "[" {
          inClass = true
          if pos + 1 < chars.count, chars[pos + 1] == "]" { pos += 1 }  // `[]...]`: literal ']'
        } else if d == "(" {
          depth += 1
        } else if d == ")" {
          if depth == 0 { break }
          depth -= 1
        } else if depth == 0, hasPrefix("&&", at: pos) || hasPrefix("||", at: pos) {
          break
        }
        pos += 1
      }
      pattern = Array(chars[start..<pos])
      if pattern.isEmpty {
        throw fail("expected a regular expression after '\(op)', found \(found(at: pos))", at: pos)
      }
    }
    do {
      return try ClusterQueryRegex.compile(pattern)
    } catch {
      throw fail("invalid regular expression after '\(op)': \(error.message)", at: start + error.offset)
    }
  }

  /// Reads an argument in the form its subject compares it as, so a bad date or version is
  /// reported here rather than silently never matching.
  func literal(_ text: String, at start: Int, subject: ClusterQueryField) throws(Failure) -> ClusterQueryLiteral {
    var l = ClusterQueryLiteral(text: text)
    switch subject.kind {
    case .text:
      l.number = ClusterQueryValues.number(text)
    case .integer:
      guard let n = ClusterQueryValues.integer(text) else {
        throw fail("\(subject.spelling) compares with a whole number, found '\(text)'", at: start)
      }
      l.integer = n
    case .version:
      guard let v = ClusterQueryValues.version(text) else {
        throw fail("\(subject.spelling) compares with a version such as 1.14.5, found '\(text)'", at: start)
      }
      l.version = v
    case .date:
      guard let t = ClusterQueryValues.instant(text) else {
        throw fail(
          "\(subject.spelling) compares with a date such as 2018-06-18 or 2018-06-18T22:28:28Z, found '\(text)'",
          at: start)
      }
      l.instant = t
    case .boolean:
      switch text.lowercased() {
      case "true": l.boolean = true
      case "false": l.boolean = false
      default: throw fail("\(subject.spelling) compares with true or false, found '\(text)'", at: start)
      }
    }
    return l
  }
}
