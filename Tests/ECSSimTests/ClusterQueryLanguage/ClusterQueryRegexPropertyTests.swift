import PropertyBased
import Testing
@testable import ECSSim

/// `ClusterQueryRegex` against the standard library's `Regex` on random patterns of the
/// supported subset: both must say the same about whole-value matches.
///
/// Where Java and `Regex` differ the values stay out: line terminators and other vertical
/// whitespace (Java's `.` matches a vertical tab or form feed, `Regex`'s does not; `Regex`'s `$`
/// and `\Z` also match before a final newline). Quantified quotes (`\Qab\E*`) are wrapped in a
/// group, because `Regex` rejects them; ClusterQueryPatternTests covers Java's reading.
@Suite struct ClusterQueryRegexPropertyTests {
  enum PatternGen {
    static let literals = ["a", "b", "c", "1", "-", "_", " ", "\\.", "\\-", "\\*", "\\(", "\\x61", "\\u0062", "\\t"]
    static let classes = ["[a-c]", "[^ab]", "[\\d]", "[a\\-]", "[^\\s]", "[b-c1]", "[.]", "[-a]", "[a-]", "[\\w.]"]
    static let escapes = ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "."]
    static let quantifiers = ["*", "+", "?", "{2}", "{1,}", "{0,2}", "{1,3}", "*?", "+?", "??", "{1,2}?"]

    static func pick(_ options: [String], _ r: inout SeededRandom) -> String { options[Int(r.below(UInt64(options.count)))] }

    static func atom(_ r: inout SeededRandom, depth: Int, groups: inout Int) -> String {
      switch r.below(depth > 2 ? 3 : 5) {
      case 0: return pick(literals, &r)
      case 1: return pick(classes, &r)
      case 2: return pick(escapes, &r)
      case 3:
        groups += 1
        return pick(["(", "(?:", "(?<g\(groups)>"], &r) + choice(&r, depth: depth + 1, groups: &groups) + ")"
      default: return "(?:\\Q" + pick(["a.", "*b", "c"], &r) + "\\E)"
      }
    }

    static func sequence(_ r: inout SeededRandom, depth: Int, groups: inout Int) -> String {
      var out = r.below(8) == 0 ? pick(["^", "\\A"], &r) : ""
      for _ in 0...r.below(3) {
        out += atom(&r, depth: depth, groups: &groups)
        if r.below(3) == 0 { out += pick(quantifiers, &r) }
      }
      if r.below(8) == 0 { out += pick(["$", "\\z", "\\Z"], &r) }
      return out
    }

    static func choice(_ r: inout SeededRandom, depth: Int, groups: inout Int) -> String {
      var branches = [sequence(&r, depth: depth, groups: &groups)]
      while r.below(4) == 0 { branches.append(sequence(&r, depth: depth, groups: &groups)) }
      return branches.joined(separator: "|")
    }

    static func pattern(_ r: inout SeededRandom) -> String {
      var groups = 0
      return choice(&r, depth: 0, groups: &groups)
    }

    static func value(_ r: inout SeededRandom, alphabet: [Character]) -> String {
      String((0..<r.below(7)).map { _ in alphabet[Int(r.below(UInt64(alphabet.count)))] })
    }
  }

  static let ascii: [Character] = ["a", "b", "c", "1", "-", "_", " ", ".", "*", "(", "\t", "A"]

  /// ASCII values: `Regex` as it comes, exactly the comparison `try Regex(p).wholeMatch(in:)`.
  @Test func agreesWithTheStandardLibraryOnASCIIValues() async {
    await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var r = SeededRandom(seed: seed)
      let pattern = PatternGen.pattern(&r)
      let ours = try ClusterQueryRegex.compile(Array(pattern))
      let theirs = try Regex(pattern)
      for _ in 0..<20 {
        let value = PatternGen.value(&r, alphabet: Self.ascii)
        let expected = try theirs.wholeMatch(in: value) != nil
        #expect(ours.matches(value) == expected, "pattern \(pattern.debugDescription), value \(value.debugDescription)")
      }
    }
  }

  /// Accented letters, precomposed and combining: Java matches code points and its classes are
  /// ASCII, so `Regex` is asked for Unicode scalar semantics and ASCII-only classes.
  @Test func agreesWithTheStandardLibraryOnScalarsWithJavasClasses() async {
    let alphabet = Self.ascii + ["é", "e\u{301}"]
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var r = SeededRandom(seed: seed)
      let pattern = PatternGen.pattern(&r)
      let ours = try ClusterQueryRegex.compile(Array(pattern))
      let theirs = try Regex(pattern).matchingSemantics(.unicodeScalar)
        .asciiOnlyWordCharacters().asciiOnlyDigits().asciiOnlyWhitespace()
      for _ in 0..<20 {
        let value = PatternGen.value(&r, alphabet: alphabet)
        let expected = try theirs.wholeMatch(in: value) != nil
        #expect(ours.matches(value) == expected, "pattern \(pattern.debugDescription), value \(value.debugDescription)")
      }
    }
  }
}
