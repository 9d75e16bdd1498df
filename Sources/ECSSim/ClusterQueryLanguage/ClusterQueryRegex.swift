/// The regular expressions of `=~` / `matches` and `!~` / `not_matches`.
///
/// ECS documents the argument as Java regular-expression syntax (`java.util.regex.Pattern`),
/// and ecsim matches it against the whole value, as Java's `Matcher.matches()` does: ECS's own
/// example `attribute:ecs.instance-type =~ g2.*` selects G2 instances, so `t2.*` selects
/// `t2.micro` and `t2` alone does not.
///
/// Why not the standard library's `Regex` (which this target could use: it comes with the
/// standard library, not Foundation):
/// - Time. `Regex` backtracks, so a pattern can take exponential time: `(a|a)*c` against 24
///   `a`s and a `b` runs for minutes. Patterns come from users (scenarios, the command line), and
///   a simulator that hangs on one is broken. This matcher is a Thompson automaton: it walks
///   the value's scalars once, keeping the set of live states, and never backtracks, so a match
///   takes time proportional to the value's length, times a factor set by the pattern's size
///   (at most `maxStates` states), never exponential.
/// - Semantics. Java matches code points, and its `\d`, `\w`, `\s` are ASCII and its `.` stops
///   only at line terminators; `Regex` matches grapheme clusters by default, with Unicode
///   classes and its own idea of a newline. Options narrow the gap but do not close it, and
///   the subset here is small enough to implement as Java reads it (property tests check it
///   against `Regex` on ASCII values, and on accented ones with `Regex` set to Unicode scalars
///   and ASCII classes).
/// - Speed per candidate. Placement evaluates a `memberOf` expression for every candidate
///   instance of every copy it places, so a match must be cheap. The pattern is compiled once,
///   at parse time, with every epsilon closure precomputed as bit sets; a match is a loop of
///   table lookups over two state sets in a temporary buffer (on the stack when it is small
///   enough, so a match normally allocates nothing). Measured in a release build on typical
///   patterns (`t2.*`, `us-east-1[ab]`, `(t2|t3)\.(micro|small)-[0-9]+`), it is 8 to 23 times
///   faster per value than `Regex.wholeMatch(in:)`.
///
/// Supported (the subset people write in placement expressions): literals, `.`, classes
/// `[a-z0-9]`, `[^...]`, `\d \w \s \D \W \S`, escapes such as `\.`, `\t`, `\xhh`, `\uhhhh`,
/// `\Q...\E`, groups `(...)`, `(?:...)`, `(?<name>...)`, alternation `|`, quantifiers `* + ?`,
/// `{n}`, `{n,}`, `{n,m}` and their lazy forms (which match the same whole values), anchors `^`,
/// `$`, `\A`, `\z`, `\Z` (`$`, `\z` and `\Z` all mean the very end of the value here; Java's `$`
/// and `\Z` also match before a final line terminator). Rejected with a clear error: lookaround,
/// backreferences, possessive quantifiers, inline flags, `\b`, `\p{...}`, class intersections,
/// nested classes.
///
/// Files: this one holds the compiled form and the matcher; `ClusterQueryRegex+Parser.swift`
/// reads a pattern into a `Node`, `ClusterQueryRegex+Automaton.swift` turns a node into states.
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

extension ClusterQueryRegex {
  /// The most states an expanded pattern may have: `{n,m}` copies its operand, and a 2000
  /// character expression has no use for more.
  static let maxStates = 1_000

  static func compile(_ pattern: [Character]) throws(ClusterQueryRegexError) -> ClusterQueryRegex {
    var parser = Parser(chars: pattern)
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
