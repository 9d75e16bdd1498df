/// The regular expressions of `=~` / `matches` and `!~` / `not_matches`.
///
/// ECS documents these as Java regular expressions matched against the whole value (Java's
/// `Matcher.matches()`), so `t2.*` selects `t2.micro` and `t2` alone does not. The target may not
/// import Foundation or a regex library, and placement evaluates an expression once per candidate
/// instance, so the pattern is compiled once at parse time into a Thompson automaton whose
/// epsilon closures are precomputed as bit sets; matching walks the value's scalars once, keeps
/// its two state sets on the stack, and never backtracks (no pattern can make it slow).
///
/// Supported (the subset people write in placement expressions): literals, `.`, classes
/// `[a-z0-9]`, `[^...]`, `\d \w \s \D \W \S`, escapes such as `\.`, `\t`, `\xhh`, `\uhhhh`,
/// `\Q...\E`, groups `(...)`, `(?:...)`, `(?<name>...)`, alternation `|`, quantifiers `* + ?`,
/// `{n}`, `{n,}`, `{n,m}` and their lazy forms (which match the same whole values), anchors `^`,
/// `$`, `\A`, `\z`, `\Z`. Rejected with a clear error: lookaround, backreferences, possessive
/// quantifiers, inline flags, `\b`, `\p{...}`, class intersections.
struct ClusterQueryRegex: Sendable {
  /// A matcher for one Unicode scalar.
  enum ScalarTest: Sendable {
    case scalar(UInt32)
    /// Java's `.`: anything but a line terminator.
    case any
    case set(ranges: [ClosedRange<UInt32>], negated: Bool)
    /// The accepting state: consumes nothing.
    case accept

    func accepts(_ v: UInt32) -> Bool {
      switch self {
      case .scalar(let s): return s == v
      case .any: return !(v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029)
      case .set(let ranges, let negated):
        var inside = false
        for r in ranges where r.contains(v) { inside = true; break }
        return inside != negated
      case .accept: return false
      }
    }
  }

  /// One `UInt64` per 64 states.
  let words: Int
  /// The test of each state that consumes a scalar, plus the accepting state (last).
  let tests: [ScalarTest]
  let acceptState: Int
  /// `startClosure[context * words ..< (context + 1) * words]`: the states live before the first
  /// scalar. Context bit 0: at the start of the value; bit 1: at its end.
  let startClosure: [UInt64]
  /// `follow[((atEnd * tests.count) + state) * words ...]`: states live after `state` consumed a
  /// scalar, where `atEnd` (0 or 1) says whether that scalar was the value's last.
  let follow: [UInt64]

  /// Whether the whole of `value` matches.
  func matches(_ value: String) -> Bool {
    let scalars = value.unicodeScalars
    let words = self.words
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * words) { buffer -> Bool in
      var current = UnsafeMutableBufferPointer(rebasing: buffer[0..<words])
      var next = UnsafeMutableBufferPointer(rebasing: buffer[words..<(2 * words)])
      var index = scalars.startIndex
      let startContext = 1 | (index == scalars.endIndex ? 2 : 0)
      for w in 0..<words { current[w] = startClosure[startContext * words + w] }
      while index != scalars.endIndex {
        let v = scalars[index].value
        scalars.formIndex(after: &index)
        let atEnd = index == scalars.endIndex ? 1 : 0
        for w in 0..<words { next[w] = 0 }
        var any: UInt64 = 0
        for w in 0..<words {
          var bits = current[w]
          while bits != 0 {
            let state = w * 64 + bits.trailingZeroBitCount
            bits &= bits - 1
            guard tests[state].accepts(v) else { continue }
            let base = (atEnd * tests.count + state) * words
            for k in 0..<words {
              next[k] |= follow[base + k]
              any |= follow[base + k]
            }
          }
        }
        if any == 0 { return false }
        swap(&current, &next)
      }
      return current[acceptState / 64] & (1 << UInt64(acceptState % 64)) != 0
    }
  }
}

/// A regular expression that the simulator cannot read; `offset` is 0-based within the pattern.
struct ClusterQueryRegexError: Error {
  var message: String
  var offset: Int
}

// MARK: - Pattern syntax

private indirect enum RegexNode {
  case empty
  case test(ClusterQueryRegex.ScalarTest)
  case sequence([RegexNode])
  case choice([RegexNode])
  case repeating(RegexNode, min: Int, max: Int?)
  case atStart
  case atEnd
}

extension ClusterQueryRegex {
  /// The most states an expanded pattern may have: `{n,m}` copies its operand, and a 2000
  /// character expression has no use for more.
  static let maxStates = 1_000

  static func compile(_ pattern: [Character]) throws(ClusterQueryRegexError) -> ClusterQueryRegex {
    var parser = RegexParser(chars: pattern)
    let node = try parser.parseChoice()
    if parser.pos < pattern.count {
      // parseChoice stops only at ')' here.
      throw ClusterQueryRegexError(message: "unmatched ')'", offset: parser.pos)
    }
    var builder = AutomatonBuilder()
    let accept = builder.add(.consume(.accept, next: -1))
    let start = try builder.emit(node, next: accept)
    return builder.finish(start: start, accept: accept)
  }
}

private struct RegexParser {
  let chars: [Character]
  var pos = 0

  init(chars: [Character]) { self.chars = chars }

  var atEnd: Bool { pos >= chars.count }
  var peek: Character? { pos < chars.count ? chars[pos] : nil }

  func fail(_ message: String, at offset: Int) -> ClusterQueryRegexError {
    ClusterQueryRegexError(message: message, offset: offset)
  }

  mutating func parseChoice() throws(ClusterQueryRegexError) -> RegexNode {
    var branches = [try parseSequence()]
    while peek == "|" {
      pos += 1
      branches.append(try parseSequence())
    }
    return branches.count == 1 ? branches[0] : .choice(branches)
  }

  mutating func parseSequence() throws(ClusterQueryRegexError) -> RegexNode {
    var items: [RegexNode] = []
    while let c = peek, c != "|", c != ")" {
      var atom = try parseAtom()
      // Quantifiers.
      var quantified = false
      while let q = peek, q == "*" || q == "+" || q == "?" || q == "{" {
        if quantified {
          throw fail("dangling '\(q)': a quantifier cannot follow another quantifier", at: pos)
        }
        if case .atStart = atom { throw fail("'\(q)' has nothing to repeat", at: pos) }
        if case .atEnd = atom { throw fail("'\(q)' has nothing to repeat", at: pos) }
        let qStart = pos
        pos += 1
        switch q {
        case "*": atom = .repeating(atom, min: 0, max: nil)
        case "+": atom = .repeating(atom, min: 1, max: nil)
        case "?": atom = .repeating(atom, min: 0, max: 1)
        default:
          let (lo, hi) = try parseBounds(openedAt: qStart)
          atom = .repeating(atom, min: lo, max: hi)
        }
        quantified = true
        if peek == "?" {
          pos += 1  // Lazy: the same whole-value matches as greedy.
        } else if peek == "+" {
          throw fail("possessive quantifiers ('\(q)+') are not supported", at: pos)
        }
      }
      items.append(atom)
    }
    if items.isEmpty { return .empty }
    return items.count == 1 ? items[0] : .sequence(items)
  }

  mutating func parseBounds(openedAt start: Int) throws(ClusterQueryRegexError) -> (Int, Int?) {
    func number(_ p: inout RegexParser) -> Int? {
      var value: Int?
      while let c = p.peek, let d = c.wholeNumberValue, c.isASCII {
        value = (value ?? 0) * 10 + d
        if value! > ClusterQueryRegex.maxStates { value = ClusterQueryRegex.maxStates + 1 }
        p.pos += 1
      }
      return value
    }
    let illegal = fail("illegal repetition: '{' must start a count such as {2}, {2,} or {2,5}", at: start)
    guard let lo = number(&self) else { throw illegal }
    if peek == "}" { pos += 1; return (lo, lo) }
    guard peek == "," else { throw illegal }
    pos += 1
    let hi = number(&self)
    guard peek == "}" else { throw illegal }
    pos += 1
    if let hi, hi < lo {
      throw fail("illegal repetition range {\(lo),\(hi)}: the maximum is below the minimum", at: start)
    }
    return (lo, hi)
  }

  mutating func parseAtom() throws(ClusterQueryRegexError) -> RegexNode {
    let start = pos
    let c = chars[pos]
    pos += 1
    switch c {
    case "(":
      if peek == "?" {
        let kind = pos + 1 < chars.count ? chars[pos + 1] : " "
        let next = pos + 2 < chars.count ? chars[pos + 2] : " "
        if kind == ":" {
          pos += 2
        } else if kind == "<" && next != "=" && next != "!" {
          // Named group: the name does not matter for a yes/no match.
          pos += 2
          while let n = peek, n != ">" { pos += 1 }
          guard peek == ">" else { throw fail("unclosed group name: missing '>'", at: start) }
          pos += 1
        } else {
          let what: String
          switch kind {
          case "=", "!": what = "lookahead"
          case "<": what = "lookbehind"
          case ">": what = "an atomic group"
          default: what = "an inline flag or special group"
          }
          throw fail("\(what) ('(?\(kind)') is not supported", at: start)
        }
      }
      let inner = try parseChoice()
      guard peek == ")" else { throw fail("unclosed group: missing ')'", at: start) }
      pos += 1
      return inner
    case "[":
      return try parseClass(openedAt: start)
    case ".":
      return .test(.any)
    case "^":
      return .atStart
    case "$":
      return .atEnd
    case "*", "+", "?":
      throw fail("'\(c)' has nothing to repeat", at: start)
    case "{":
      throw fail("'{' has nothing to repeat", at: start)
    case "\\":
      return try parseEscape(at: start)
    default:
      return literal(c)
    }
  }

  func literal(_ c: Character) -> RegexNode {
    let scalars = c.unicodeScalars.map { RegexNode.test(.scalar($0.value)) }
    return scalars.count == 1 ? scalars[0] : .sequence(scalars)
  }

  /// Escape outside a class; `at` is the offset of the backslash.
  mutating func parseEscape(at start: Int) throws(ClusterQueryRegexError) -> RegexNode {
    guard let e = peek else { throw fail("'\\' at the end of the pattern escapes nothing", at: start) }
    switch e {
    case "A": pos += 1; return .atStart
    case "z", "Z": pos += 1; return .atEnd
    case "Q":
      pos += 1
      var items: [RegexNode] = []
      while pos < chars.count {
        if chars[pos] == "\\", pos + 1 < chars.count, chars[pos + 1] == "E" { pos += 2; return .sequence(items) }
        items.append(literal(chars[pos]))
        pos += 1
      }
      return .sequence(items)
    default:
      let ranges = try parseEscapeRanges(at: start)
      if ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound {
        return .test(.scalar(ranges[0].lowerBound))
      }
      return .test(.set(ranges: ranges, negated: false))
    }
  }

  /// An escape that stands for scalars (inside or outside a class); consumes it after the
  /// backslash at `start`.
  mutating func parseEscapeRanges(at start: Int) throws(ClusterQueryRegexError) -> [ClosedRange<UInt32>] {
    guard let e = peek else { throw fail("'\\' at the end of the pattern escapes nothing", at: start) }
    pos += 1
    let digit: [ClosedRange<UInt32>] = [0x30...0x39]
    let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    let space: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x20]
    switch e {
    case "d": return digit
    case "D": return complement(digit)
    case "w": return word
    case "W": return complement(word)
    case "s": return space
    case "S": return complement(space)
    case "t": return [0x09...0x09]
    case "n": return [0x0A...0x0A]
    case "r": return [0x0D...0x0D]
    case "f": return [0x0C...0x0C]
    case "a": return [0x07...0x07]
    case "e": return [0x1B...0x1B]
    case "x", "u":
      let width = e == "x" ? 2 : 4
      var value: UInt32 = 0
      for _ in 0..<width {
        guard let h = peek, let d = h.hexDigitValue, h.isASCII else {
          throw fail("'\\\(e)' needs \(width) hexadecimal digits", at: start)
        }
        value = value * 16 + UInt32(d)
        pos += 1
      }
      return [value...value]
    case "b", "B", "G":
      throw fail("'\\\(e)' (boundary matchers) is not supported", at: start)
    case "p", "P":
      throw fail("'\\\(e){...}' (Unicode classes) is not supported", at: start)
    case "k", "1", "2", "3", "4", "5", "6", "7", "8", "9":
      throw fail("backreferences ('\\\(e)') are not supported", at: start)
    default:
      if e.isLetter || e.isNumber {
        throw fail("illegal escape '\\\(e)'", at: start)
      }
      guard e.unicodeScalars.count == 1, let s = e.unicodeScalars.first else {
        throw fail("cannot escape '\(e)'", at: start)
      }
      return [s.value...s.value]
    }
  }

  mutating func parseClass(openedAt start: Int) throws(ClusterQueryRegexError) -> RegexNode {
    var negated = false
    if peek == "^" { negated = true; pos += 1 }
    var ranges: [ClosedRange<UInt32>] = []
    var first = true
    while true {
      guard let c = peek else { throw fail("unclosed character class: missing ']'", at: start) }
      if c == "]" && !first { pos += 1; break }
      first = false
      let itemStart = pos
      if c == "[" { throw fail("nested character classes are not supported", at: itemStart) }
      if c == "&", pos + 1 < chars.count, chars[pos + 1] == "&" {
        throw fail("character class intersections ('&&') are not supported", at: itemStart)
      }
      // One member: an escape (maybe a whole class such as \d) or a single scalar.
      var low: UInt32
      if c == "\\" {
        pos += 1
        let r = try parseEscapeRanges(at: itemStart)
        if r.count != 1 || r[0].lowerBound != r[0].upperBound { ranges += r; continue }
        low = r[0].lowerBound
      } else {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else {
          throw fail("'\(c)' is more than one Unicode scalar; it cannot be a class member", at: itemStart)
        }
        low = s.value
        pos += 1
      }
      // A range `a-z` (a '-' before ']' is a literal).
      if peek == "-", pos + 1 < chars.count, chars[pos + 1] != "]" {
        pos += 1
        let highStart = pos
        var high: UInt32
        if chars[pos] == "\\" {
          pos += 1
          let r = try parseEscapeRanges(at: highStart)
          guard r.count == 1, r[0].lowerBound == r[0].upperBound else {
            throw fail("illegal character range: a class such as \\d cannot end a range", at: highStart)
          }
          high = r[0].lowerBound
        } else {
          guard chars[pos].unicodeScalars.count == 1, let s = chars[pos].unicodeScalars.first else {
            throw fail("'\(chars[pos])' is more than one Unicode scalar; it cannot end a range", at: highStart)
          }
          high = s.value
          pos += 1
        }
        guard low <= high else {
          throw fail("illegal character range: '\(String(chars[itemStart..<pos]))' runs backwards", at: itemStart)
        }
        ranges.append(low...high)
      } else {
        ranges.append(low...low)
      }
    }
    return .test(.set(ranges: ranges, negated: negated))
  }

  func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
    var out: [ClosedRange<UInt32>] = []
    var next: UInt32 = 0
    for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if r.lowerBound > next { out.append(next...(r.lowerBound - 1)) }
      next = max(next, r.upperBound + 1)
    }
    if next <= 0x10FFFF { out.append(next...0x10FFFF) }
    return out
  }
}

// MARK: - Automaton

private struct AutomatonBuilder {
  enum State {
    case consume(ClusterQueryRegex.ScalarTest, next: Int)
    case split(Int, Int)
    case jump(Int)
    case assertStart(Int)
    case assertEnd(Int)
  }

  var states: [State] = []

  mutating func add(_ s: State) -> Int {
    states.append(s)
    return states.count - 1
  }

  /// Emits states that match `node` and then continue at `next`; returns the entry state.
  mutating func emit(_ node: RegexNode, next: Int) throws(ClusterQueryRegexError) -> Int {
    if states.count > ClusterQueryRegex.maxStates {
      throw ClusterQueryRegexError(
        message: "the pattern is too large (over \(ClusterQueryRegex.maxStates) states); use smaller repetition counts",
        offset: 0)
    }
    switch node {
    case .empty:
      return next
    case .test(let t):
      return add(.consume(t, next: next))
    case .sequence(let items):
      var entry = next
      for item in items.reversed() { entry = try emit(item, next: entry) }
      return entry
    case .choice(let branches):
      var entries: [Int] = []
      for b in branches { entries.append(try emit(b, next: next)) }
      var entry = entries[entries.count - 1]
      for e in entries.dropLast().reversed() { entry = add(.split(e, entry)) }
      return entry
    case .atStart:
      return add(.assertStart(next))
    case .atEnd:
      return add(.assertEnd(next))
    case .repeating(let body, let min, let max):
      var entry = next
      if let max {
        for _ in 0..<(max - min) {
          let bodyEntry = try emit(body, next: entry)
          entry = add(.split(bodyEntry, next))
        }
      } else {
        let loop = add(.jump(-1))  // patched below
        let bodyEntry = try emit(body, next: loop)
        states[loop] = .split(bodyEntry, next)
        entry = loop
      }
      for _ in 0..<min { entry = try emit(body, next: entry) }
      return entry
    }
  }

  /// Numbers the consuming states, then precomputes every epsilon closure in each of the four
  /// position contexts (start of value or not × end of value or not).
  func finish(start: Int, accept: Int) -> ClusterQueryRegex {
    var number = [Int](repeating: -1, count: states.count)
    var tests: [ClusterQueryRegex.ScalarTest] = []
    var nexts: [Int] = []
    for (i, s) in states.enumerated() where i != accept {
      if case .consume(let t, let n) = s { number[i] = tests.count; tests.append(t); nexts.append(n) }
    }
    number[accept] = tests.count
    tests.append(.accept)
    nexts.append(-1)
    let words = (tests.count + 63) / 64

    var visited = [Int](repeating: -1, count: states.count)
    var stamp = 0
    var stack: [Int] = []
    func closure(of state: Int, context: Int, into out: inout [UInt64], at base: Int) {
      stamp += 1
      stack.removeAll(keepingCapacity: true)
      stack.append(state)
      while let s = stack.popLast() {
        guard s >= 0, visited[s] != stamp else { continue }
        visited[s] = stamp
        switch states[s] {
        case .consume:
          let n = number[s]
          out[base + n / 64] |= 1 << UInt64(n % 64)
        case .split(let a, let b): stack.append(b); stack.append(a)
        case .jump(let a): stack.append(a)
        case .assertStart(let a): if context & 1 != 0 { stack.append(a) }
        case .assertEnd(let a): if context & 2 != 0 { stack.append(a) }
        }
      }
    }
    var startClosure = [UInt64](repeating: 0, count: 4 * words)
    var follow = [UInt64](repeating: 0, count: 2 * tests.count * words)
    for context in 0..<4 {
      closure(of: start, context: context, into: &startClosure, at: context * words)
      // After consuming a scalar we are never at the start of the value.
      guard context & 1 == 0 else { continue }
      for (i, n) in nexts.enumerated() where n >= 0 {
        closure(of: n, context: context, into: &follow, at: ((context >> 1) * tests.count + i) * words)
      }
    }
    return ClusterQueryRegex(
      words: words, tests: tests, acceptState: tests.count - 1,
      startClosure: startClosure, follow: follow)
  }
}
