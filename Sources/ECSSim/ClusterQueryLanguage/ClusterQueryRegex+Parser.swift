extension ClusterQueryRegex {
  /// A parsed pattern, before it becomes an automaton.
  indirect enum Node {
    case empty
    case test(ClusterQueryRegex.ScalarTest)
    case sequence([Node])
    case choice([Node])
    case repeating(Node, min: Int, max: Int?)
    case atStart
    case atEnd
  }

  /// Reads the supported subset of Java's pattern syntax into a `Node`, with an error that
  /// points at the offending character for anything outside it.
  struct Parser {
    let chars: [Character]
    var pos = 0

    init(chars: [Character]) { self.chars = chars }

    var atEnd: Bool { pos >= chars.count }
    var peek: Character? { pos < chars.count ? chars[pos] : nil }

    func fail(_ message: String, at offset: Int) -> ClusterQueryRegexError {
      ClusterQueryRegexError(message: message, offset: offset)
    }

    mutating func parseChoice() throws(ClusterQueryRegexError) -> Node {
      var branches = [try parseSequence()]
      while peek == "|" {
        pos += 1
        branches.append(try parseSequence())
      }
      return branches.count == 1 ? branches[0] : .choice(branches)
    }

    mutating func parseSequence() throws(ClusterQueryRegexError) -> Node {
      var items: [Node] = []
      while let c = peek, c != "|", c != ")" {
        let atomStart = pos
        var atom = try parseAtom()
        // Quantifiers.
        var quantified = false
        while let q = peek, q == "*" || q == "+" || q == "?" || q == "{" {
          if quantified {
            throw fail("dangling '\(q)': a quantifier cannot follow another quantifier", at: pos)
          }
          // A quantifier after `\Q...\E` or after a character of several scalars repeats only
          // the last scalar, as in Java (which reads `\Qab\E*` as `ab*`); a group's sequence
          // repeats whole.
          if case .sequence(let parts) = atom, chars[atomStart] != "(" {
            guard let last = parts.last else { throw fail("'\(q)' has nothing to repeat", at: pos) }
            items += parts.dropLast()
            atom = last
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
      func number(_ p: inout Parser) -> Int? {
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

    mutating func parseAtom() throws(ClusterQueryRegexError) -> Node {
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

    func literal(_ c: Character) -> Node {
      let scalars = c.unicodeScalars.map { Node.test(.scalar($0.value)) }
      return scalars.count == 1 ? scalars[0] : .sequence(scalars)
    }

    /// Escape outside a class; `at` is the offset of the backslash.
    mutating func parseEscape(at start: Int) throws(ClusterQueryRegexError) -> Node {
      guard let e = peek else { throw fail("'\\' at the end of the pattern escapes nothing", at: start) }
      switch e {
      case "A": pos += 1; return .atStart
      case "z", "Z": pos += 1; return .atEnd
      case "Q":
        pos += 1
        var items: [Node] = []
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

    mutating func parseClass(openedAt start: Int) throws(ClusterQueryRegexError) -> Node {
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
}
