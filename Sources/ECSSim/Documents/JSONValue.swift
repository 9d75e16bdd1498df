/// A JSON document as the simulator writes it: event lines, `describe-*` style state dumps.
///
/// Objects keep their keys in the order written, because ECS output reads in the API's field
/// order (`taskArn` before `lastStatus`) and byte-identical replays need a fixed order anyway.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// Keys in the order written: ECS output reads in the API's field order.
  case object([(String, JSONValue)])

  /// Structural equality: same case, same values, object keys in the same order (order is part
  /// of the output). `.int(1)` and `.double(1)` differ, as their text (`1`, `1.0`) does.
  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      guard x.count == y.count else { return false }
      for i in x.indices where x[i].0 != y[i].0 || x[i].1 != y[i].1 { return false }
      return true
    default: return false
    }
  }

  /// Compact one-line JSON (for event lines), or indented with two spaces.
  ///
  /// Compact has no spaces at all (`{"a":1,"b":[true,null]}`), so an event log is one line per
  /// event and `grep`-able. Pretty matches the AWS CLI's layout (`"key": value`, one member per
  /// line, `{}`/`[]` for empty containers) but with a two-space indent.
  public func serialized(pretty: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(pretty ? 256 : 128)
    write(to: &out, pretty: pretty)
    return out
  }

  /// Appends the JSON text to `out`: lets a writer of 100k events reuse one buffer instead of
  /// building a String per event.
  public func write(to out: inout String, pretty: Bool = false) {
    if pretty { writePretty(to: &out, level: 0) } else { writeCompact(to: &out) }
  }

  private func writeCompact(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let v): out += String(v)
    case .double(let d): JSONValue.writeNumber(d, to: &out)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      out += "["
      var first = true
      for item in items {
        if !first { out += "," }
        first = false
        item.writeCompact(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      var first = true
      for (key, value) in members {
        if !first { out += "," }
        first = false
        JSONValue.writeString(key, to: &out)
        out += ":"
        value.writeCompact(to: &out)
      }
      out += "}"
    }
  }

  private func writePretty(to out: inout String, level: Int) {
    switch self {
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "[\n"
      for (i, item) in items.enumerated() {
        JSONValue.indent(&out, level + 1)
        item.writePretty(to: &out, level: level + 1)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      JSONValue.indent(&out, level)
      out += "]"
    case .object(let members):
      if members.isEmpty { out += "{}"; return }
      out += "{\n"
      for (i, (key, value)) in members.enumerated() {
        JSONValue.indent(&out, level + 1)
        JSONValue.writeString(key, to: &out)
        out += ": "
        value.writePretty(to: &out, level: level + 1)
        out += i + 1 < members.count ? ",\n" : "\n"
      }
      JSONValue.indent(&out, level)
      out += "}"
    default:
      writeCompact(to: &out)
    }
  }

  private static func indent(_ out: inout String, _ level: Int) {
    for _ in 0..<level { out += "  " }
  }

  /// Writes `s` as a JSON string literal.
  ///
  /// Quote, backslash and control characters are escaped (`\n`, `\t`, `\r`, `\b`, `\f`, others
  /// as `\u00XX`); everything else, non-ASCII included, is copied as UTF-8, as the AWS CLI does
  /// with `--output json`. Runs of plain text are appended as whole slices, not per character.
  static func writeString(_ s: String, to out: inout String) {
    out += "\""
    let utf8 = s.utf8
    var runStart = utf8.startIndex
    var i = runStart
    while i != utf8.endIndex {
      let byte = utf8[i]
      if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
        i = utf8.index(after: i)
        continue
      }
      // Only ASCII bytes are escaped, so `runStart..<i` always ends on a scalar boundary.
      if runStart != i { out += s[runStart..<i] }
      switch byte {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      default:
        out += "\\u00"
        out.unicodeScalars.append(hexDigit(byte >> 4))
        out.unicodeScalars.append(hexDigit(byte & 0xF))
      }
      i = utf8.index(after: i)
      runStart = i
    }
    if runStart != utf8.endIndex { out += s[runStart..<utf8.endIndex] }
    out += "\""
  }

  private static func hexDigit(_ v: UInt8) -> Unicode.Scalar {
    Unicode.Scalar(v < 10 ? 0x30 + v : 0x61 + v - 10)
  }

  /// Writes a double deterministically, without exponent in the ranges the simulator produces.
  ///
  /// Rounded to at most 6 decimal places, trailing zeros dropped but at least one kept, so an
  /// epoch timestamp reads `1560788724.507` and a whole value reads `12.0` (like the AWS CLI,
  /// which is Python: the `.0` also tells a reader, and `JSONParser`, that it is a double).
  /// Beyond ±9×10¹² (where 6 decimals no longer fit in 64 bits) Swift's shortest round-trip
  /// form is used, which may carry an exponent (still valid JSON). NaN and infinities have no
  /// JSON form and are written as `null`.
  static func writeNumber(_ d: Double, to out: inout String) {
    guard d.isFinite else { out += "null"; return }
    guard abs(d) < 9e12 else { out += d.description; return }
    let scaled = Int64((abs(d) * 1_000_000).rounded())
    let whole = scaled / 1_000_000
    var fraction = scaled % 1_000_000
    if d < 0 && scaled != 0 { out += "-" }
    out += String(whole)
    out += "."
    var digits = 6
    while digits > 1 && fraction % 10 == 0 { fraction /= 10; digits -= 1 }
    let text = String(fraction)
    for _ in 0..<(digits - text.count) { out += "0" }
    out += text
  }
}

// Literals make expected values in tests and hand-built output read like the JSON they stand for.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int64) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }
}

extension Node {
  /// The tree as a `JSONValue`, for echoing input back (e.g. a task definition as registered).
  ///
  /// Quoted scalars become strings; unquoted ones become `true`/`false`, an integer, a double
  /// (when the text has a fraction or exponent), or — for YAML plain words such as `nginx` —
  /// a string.
  public var jsonValue: JSONValue {
    switch kind {
    case .null: return .null
    case .scalar(let s, let quoted):
      if quoted { return .string(s) }
      if s == "true" { return .bool(true) }
      if s == "false" { return .bool(false) }
      if let i = Int64(s) { return .int(i) }
      if s.utf8.first.map({ $0 == 0x2D || ($0 >= 0x30 && $0 <= 0x39) }) == true, let d = Double(s) {
        return .double(d)
      }
      return .string(s)
    case .sequence(let items): return .array(items.map(\.jsonValue))
    case .mapping(let pairs): return .object(pairs.map { ($0.key.scalar ?? "", $0.value.jsonValue) })
    }
  }
}
