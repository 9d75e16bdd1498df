import ECSSim
import Foundation
import PropertyBased
import Testing

/// `JSONParser` against Foundation's `JSONSerialization`: random JSON values, written with
/// random whitespace, escapes and number spellings, must read back the same through both; and
/// malformed documents must be refused by both.
///
/// Known differences, left out on purpose: Foundation accepts trailing commas (`[1,]`,
/// `{"a":1,}`), which RFC 8259 and `JSONParser` refuse; Foundation refuses numbers out of
/// `Double`'s range (`1e400`), which `JSONParser` keeps as written; Foundation keeps the last
/// of duplicate keys, `JSONParser` keeps them all (a decoder reports duplicates with a location);
/// Foundation on Linux drops a raw U+FEFF inside a string in some places (at its start, at the
/// end of a top-level one), which `JSONParser` keeps;
/// Foundation's numbers can be a few units in the last place off, so they compare within that.
@Suite struct JSONParserPropertyTests {
  /// A JSON value in a form both parsers' results reduce to. Strings compare as scalars, not
  /// by Swift's canonical equivalence, so a parser that normalised `e\u{301}` to `é` would fail.
  indirect enum Value: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string([Unicode.Scalar])
    case array([Value])
    case object([String: Value])

    var description: String {
      switch self {
      case .null: return "null"
      case .bool(let b): return "\(b)"
      case .number(let d): return "\(d)"
      case .string(let s): return String(String.UnicodeScalarView(s)).debugDescription
      case .array(let a): return "\(a)"
      case .object(let o): return "\(o)"
      }
    }

    /// Equal, but numbers only to within a few units in the last place: Foundation's number
    /// reading is not always correctly rounded (`6.0000000000000005e-15` reads as
    /// `6.000000000000002e-15`), where JSONParser's text goes through Swift's `Double(_:)`.
    func isClose(to other: Value) -> Bool {
      switch (self, other) {
      case (.number(let a), .number(let b)): return a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
      case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.isClose(to: $1) }
      case (.object(let a), .object(let b)):
        return a.count == b.count && a.allSatisfy { k, v in b[k].map { v.isClose(to: $0) } ?? false }
      default: return self == other
      }
    }

    init(_ node: Node) {
      switch node.kind {
      case .null: self = .null
      case .scalar(let s, quoted: true): self = .string(Array(s.unicodeScalars))
      case .scalar(let s, quoted: false): self = s == "true" ? .bool(true) : s == "false" ? .bool(false) : .number(Double(s) ?? .nan)
      case .sequence(let items): self = .array(items.map(Value.init))
      case .mapping(let pairs):
        var o: [String: Value] = [:]
        for (k, v) in pairs { o[k.scalar ?? ""] = Value(v) }
        self = .object(o)
      }
    }

    init(foundation v: Any) {
      switch v {
      case is NSNull: self = .null
      case let s as String: self = .string(Array(s.unicodeScalars))
      case let n as NSNumber:
        // JSONSerialization gives a Bool as an NSNumber of the boolean class.
        self = type(of: n) == type(of: NSNumber(value: true)) ? .bool(n.boolValue) : .number(n.doubleValue)
      case let a as [Any]: self = .array(a.map { Value(foundation: $0) })
      case let o as [String: Any]: self = .object(o.mapValues { Value(foundation: $0) })
      default: self = .string(Array("unexpected \(type(of: v))".unicodeScalars))
      }
    }
  }

  /// Random values and a random spelling of each as JSON text.
  struct Writer {
    var r: SeededRandom
    static let scalars: [Unicode.Scalar] = [
      "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}",
      "é", "e", "\u{301}", "\u{2028}", "\u{FEFF}", "€", "中", "\u{FFFF}", "😀", "\u{10FFFF}",
    ]

    mutating func below(_ n: Int) -> Int { Int(r.below(UInt64(n))) }

    mutating func value(depth: Int) -> Value {
      switch below(depth > 3 ? 4 : 6) {
      case 0: return below(4) == 0 ? .null : .bool(below(2) == 0)
      case 1, 2: return .number(number())
      case 3: return .string(string())
      case 4: return .array((0..<below(4)).map { _ in value(depth: depth + 1) })
      default:
        var o: [String: Value] = [:]
        // No combining mark in keys: Swift's dictionaries would merge `é` and `e\u{301}`.
        for _ in 0..<below(4) { o[String(String.UnicodeScalarView(string().filter { $0 != "\u{301}" }))] = value(depth: depth + 1) }
        return .object(o)
      }
    }

    /// Numbers whose decimal spellings below are exact enough for both parsers to agree.
    mutating func number() -> Double {
      switch below(4) {
      case 0: return Double(below(2_000_001) - 1_000_000)
      case 1: return Double(below(2_000_001) - 1_000_000) / 1_000
      case 2: return Double(below(9) + 1) * pow(10, Double(below(61) - 30))
      default: return [0, -0.0, 9_007_199_254_740_992, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 0.1][below(6)]
      }
    }

    mutating func string() -> [Unicode.Scalar] { (0..<below(6)).map { _ in Self.scalars[below(Self.scalars.count)] } }

    mutating func space() -> String {
      (0..<(below(3) == 0 ? below(3) : 0)).map { _ in [" ", "\t", "\n", "\r"][below(4)] }.joined()
    }

    mutating func text(_ v: Value) -> String {
      let body: String
      switch v {
      case .null: body = "null"
      case .bool(let b): body = b ? "true" : "false"
      case .number(let d): body = spell(d)
      case .string(let s): body = quote(s)
      case .array(let items): body = "[" + space() + items.map { text($0) }.joined(separator: "," + space()) + "]"
      case .object(let o):
        body = "{" + space() + o.map { (k, v) in quote(Array(k.unicodeScalars)) + space() + ":" + text(v) }.joined(separator: ",") + "}"
      }
      return space() + body + space()
    }

    mutating func spell(_ d: Double) -> String {
      if d == d.rounded(), abs(d) < 1e15, below(2) == 0 { return (d.sign == .minus ? "-" : "") + String(Int64(abs(d))) }
      let plain = "\(d)"  // Swift's shortest round-trip spelling, e.g. `1e-05`, `0.001`, `-0.0`.
      guard below(3) == 0, let e = plain.firstIndex(of: "e") else { return plain }
      var exponent = plain[plain.index(after: e)...]
      let negative = exponent.first == "-"
      if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
      return plain[..<e] + ["e", "E"][below(2)] + (negative ? "-" : ["", "+"][below(2)]) + exponent
    }

    mutating func quote(_ s: [Unicode.Scalar]) -> String {
      var out = "\""
      for c in s {
        // Foundation drops a raw U+FEFF in some places (as if it were a byte order mark), so it
        // is always escaped here; rawUFEFFIsKeptInStrings checks JSONParser on the raw one.
        let escapeAnyway = below(4) == 0 || c == "\u{FEFF}"
        switch c {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "/" where escapeAnyway: out += "\\/"
        case "\n": out += below(2) == 0 ? "\\n" : "\\u000a"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        default:
          if c.value < 0x20 || escapeAnyway {
            for unit in String(c).utf16 { out += "\\u" + hex4(unit, upper: below(2) == 0) }
          } else {
            out.unicodeScalars.append(c)
          }
        }
      }
      return out + "\""
    }

    func hex4(_ v: UInt16, upper: Bool) -> String {
      let h = String(v, radix: 16, uppercase: upper)
      return String(repeating: "0", count: 4 - h.count) + h
    }
  }

  static func foundation(_ text: String) -> Any? {
    try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
  }

  @Test func bothParsersReadTheSameValues() async {
    await propertyCheck(count: 300, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var w = Writer(r: SeededRandom(seed: seed))
      let value = w.value(depth: 0)
      let text = w.text(value)
      let ours = try Value(JSONParser.parse(text))
      let theirs = try #require(Self.foundation(text), "Foundation refused \(text.debugDescription)")
      #expect(ours.isClose(to: Value(foundation: theirs)), "\(text.debugDescription)")
      #expect(ours == value, "\(text.debugDescription)")
    }
  }

  @Test func rawUFEFFIsKeptInStrings() throws {
    let node = try JSONParser.parse("[\"\u{FEFF}a\u{FEFF}b\u{FEFF}\", \"\u{FEFF}\"]")
    #expect(Value(node) == .array([.string(["\u{FEFF}", "a", "\u{FEFF}", "b", "\u{FEFF}"]), .string(["\u{FEFF}"])]))
    // At the very start of the document it is a byte order mark, and skipped.
    #expect(Value(try JSONParser.parse("\u{FEFF}\"\u{FEFF}\"")) == .string(["\u{FEFF}"]))
  }

  static let malformed = [
    "", " ", "[", "]", "[1", "[1]]", "{", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{a:1}", "{'a':1}", "{\"a\":1 \"b\":2}",
    "[1 2]", "[,1]", "[1,,2]", "01", "-01", "-", "+1", ".5", "1.", "1.e5", "1e", "1e+", "0x10", "NaN", "Infinity",
    "-Infinity", "tru", "nul", "True", "NULL", "'a'", "\"abc", "\"a\u{01}b\"", "\"a\nb\"", "\"\\x\"", "\"\\u12\"",
    "\"\\u12G4\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"", "[1] x", "1 2", "// c\n1", "/* c */ 1", "{}}",
    "[\"a\":1]", "{\"a\":1]", "[1}",
  ]

  @Test func bothParsersRefuseMalformedDocuments() {
    for text in Self.malformed {
      #expect(Self.foundation(text) == nil, "Foundation accepts \(text.debugDescription)")
      #expect(throws: LocatedError.self, "JSONParser accepts \(text.debugDescription)") { try JSONParser.parse(text) }
    }
  }

  /// Valid documents broken in one place (cut short, or a bracket, brace, colon or quote
  /// dropped): the two parsers agree on whether what is left is JSON.
  @Test func bothParsersAgreeOnDocumentsBrokenAtRandom() async {
    await propertyCheck(count: 200, input: Gen.uint64(in: 0...UInt64.max)) { seed in
      var w = Writer(r: SeededRandom(seed: seed))
      let text = w.text(.array([w.value(depth: 1), w.value(depth: 1)]))
      var scalars = Array(text.unicodeScalars)
      let structural = scalars.indices.filter { "[]{}:\"".unicodeScalars.contains(scalars[$0]) }
      if w.below(2) == 0, let cut = structural.last {
        scalars = Array(scalars[..<cut])
      } else {
        scalars.remove(at: structural[w.below(structural.count)])
      }
      let broken = String(String.UnicodeScalarView(scalars))
      let theirs = Self.foundation(broken)
      let ours = try? JSONParser.parse(broken)
      #expect((ours == nil) == (theirs == nil), "\(broken.debugDescription): JSONParser \(ours == nil ? "refuses" : "accepts"), Foundation \(theirs == nil ? "refuses" : "accepts")")
    }
  }
}
