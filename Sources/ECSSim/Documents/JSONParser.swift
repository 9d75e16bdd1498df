/// Reads JSON text into a located `Node`, so JSON input (a task definition pasted from the
/// console, `--container-definitions`, `ECS_INSTANCE_ATTRIBUTES`) decodes through the same
/// `NodeMap` path as YAML and every error names a line and column.
///
/// Strict RFC 8259: no comments, no trailing commas, no single quotes, strings must escape
/// control characters. Strings become `.scalar(s, quoted: true)`; numbers, `true` and `false`
/// become `.scalar(text, quoted: false)` with the text exactly as written; `null` becomes
/// `.null`. Columns are 1-based and count Unicode scalars, not bytes.
public enum JSONParser {
  /// Nesting deeper than this is rejected rather than risking the stack on hostile input.
  public static let maximumDepth = 512

  /// Parses JSON text into a located `Node` (line and column of every value).
  public static func parse(_ text: String) throws(LocatedError) -> Node {
    var reader = JSONReader(Array(text.utf8))
    return try reader.document()
  }
}

/// The cursor over the UTF-8 bytes. Lines are tracked as whitespace is skipped (JSON strings
/// cannot hold a raw newline), and columns are computed on demand from a cache that only moves
/// forward, so a long one-line document costs linear time.
private struct JSONReader {
  let bytes: [UInt8]
  var pos = 0
  var line = 1
  var lineStart = 0
  var cachePos = 0
  var cacheColumn = 1
  var depth = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func document() throws(LocatedError) -> Node {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      pos = 3; lineStart = 3; cachePos = 3
    }
    skipWhitespace()
    guard pos < bytes.count else {
      throw LocatedError("expected a JSON value, found end of input", at: location(pos))
    }
    let root = try value()
    skipWhitespace()
    if pos < bytes.count {
      throw LocatedError("unexpected \(describe(pos)) after the JSON value", at: location(pos))
    }
    return root
  }

  // MARK: Locations

  mutating func location(_ p: Int) -> SourceLocation {
    if cachePos < lineStart || cachePos > p {
      cachePos = lineStart
      cacheColumn = 1
    }
    var column = cacheColumn
    var i = cachePos
    while i < p {
      if bytes[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    cachePos = p
    cacheColumn = column
    return SourceLocation(line: line, column: column)
  }

  /// The character at `p` as an error message shows it: `'x'`, `U+0007`, or `end of input`.
  func describe(_ p: Int) -> String {
    guard p < bytes.count else { return "end of input" }
    let b = bytes[p]
    if b < 0x20 || b == 0x7F {
      let hex = String(b, radix: 16, uppercase: true)
      return "character U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }
    var end = p + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return "character '" + String(decoding: bytes[p..<end], as: UTF8.self) + "'"
  }

  mutating func skipWhitespace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0D: pos += 1
      case 0x0A:
        pos += 1
        line += 1
        lineStart = pos
      default: return
      }
    }
  }

  // MARK: Values

  mutating func value() throws(LocatedError) -> Node {
    skipWhitespace()
    let start = pos
    guard start < bytes.count else {
      throw LocatedError("unexpected end of input; expected a value", at: location(start))
    }
    switch bytes[start] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""):
      let loc = location(start)
      return Node(.scalar(try string(), quoted: true), at: loc)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let loc = location(start)
      return Node(.scalar(try number(), quoted: false), at: loc)
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
      let loc = location(start)
      let word = self.word()
      switch word {
      case "true", "false": return Node(.scalar(word, quoted: false), at: loc)
      case "null": return Node(.null, at: loc)
      default:
        let lower = word.lowercased()
        if lower == "true" || lower == "false" || lower == "null" {
          throw LocatedError("'\(word)' is not JSON; write \(lower)", at: loc)
        }
        throw LocatedError("unexpected '\(word)'; strings must be in double quotes", at: loc)
      }
    case UInt8(ascii: "'"):
      throw LocatedError("unexpected character '''; JSON strings use double quotes", at: location(start))
    default:
      throw LocatedError("unexpected \(describe(start)); expected a value", at: location(start))
    }
  }

  mutating func enter(_ at: Int) throws(LocatedError) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw LocatedError("nesting deeper than \(JSONParser.maximumDepth) levels", at: location(at))
    }
  }

  mutating func object() throws(LocatedError) -> Node {
    let loc = location(pos)
    try enter(pos)
    pos += 1
    var pairs: [(key: Node, value: Node)] = []
    skipWhitespace()
    if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
      pos += 1
      depth -= 1
      return Node(.mapping(pairs), at: loc)
    }
    var comma: Int? = nil
    while true {
      skipWhitespace()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else {
        if let comma, pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
          throw LocatedError("trailing comma before '}'", at: location(comma))
        }
        if pos < bytes.count, isWordStart(bytes[pos]) {
          let at = location(pos)
          throw LocatedError("expected a string key, found '\(word())'; keys must be in double quotes", at: at)
        }
        throw LocatedError("expected a string key, found \(describe(pos))", at: location(pos))
      }
      let keyLoc = location(pos)
      let key = Node(.scalar(try string(), quoted: true), at: keyLoc)
      skipWhitespace()
      guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
        throw LocatedError("expected ':' after object key, found \(describe(pos))", at: location(pos))
      }
      pos += 1
      let member = try value()
      pairs.append((key: key, value: member))
      skipWhitespace()
      if pos < bytes.count && bytes[pos] == UInt8(ascii: ",") {
        comma = pos
        pos += 1
        continue
      }
      if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") {
        pos += 1
        depth -= 1
        return Node(.mapping(pairs), at: loc)
      }
      throw LocatedError("expected ',' or '}' after object member, found \(describe(pos))", at: location(pos))
    }
  }

  mutating func array() throws(LocatedError) -> Node {
    let loc = location(pos)
    try enter(pos)
    pos += 1
    var items: [Node] = []
    skipWhitespace()
    if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
      pos += 1
      depth -= 1
      return Node(.sequence(items), at: loc)
    }
    while true {
      skipWhitespace()
      if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") && !items.isEmpty {
        // Only reachable after a comma: `[1,]`.
        throw LocatedError("trailing comma before ']'", at: location(pos))
      }
      items.append(try value())
      skipWhitespace()
      if pos < bytes.count && bytes[pos] == UInt8(ascii: ",") {
        pos += 1
        continue
      }
      if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") {
        pos += 1
        depth -= 1
        return Node(.sequence(items), at: loc)
      }
      throw LocatedError("expected ',' or ']' after array element, found \(describe(pos))", at: location(pos))
    }
  }

  /// Reads a string literal starting at the opening quote. Plain runs are copied in one piece.
  mutating func string() throws(LocatedError) -> String {
    let open = pos
    pos += 1
    var out = ""
    var runStart = pos
    while pos < bytes.count {
      let b = bytes[pos]
      if b == UInt8(ascii: "\"") {
        if runStart < pos { out += String(decoding: bytes[runStart..<pos], as: UTF8.self) }
        pos += 1
        return out
      }
      if b == UInt8(ascii: "\\") {
        if runStart < pos { out += String(decoding: bytes[runStart..<pos], as: UTF8.self) }
        try escape(into: &out)
        runStart = pos
        continue
      }
      if b < 0x20 {
        if b == 0x0A || b == 0x0D { break }
        throw LocatedError("\(describe(pos)) must be escaped in a string", at: location(pos))
      }
      pos += 1
    }
    throw LocatedError("unterminated string", at: location(open))
  }

  /// Decodes one backslash escape at `pos`, including `\uD83D\uDE00` surrogate pairs.
  mutating func escape(into out: inout String) throws(LocatedError) {
    let start = pos
    guard pos + 1 < bytes.count else { throw LocatedError("unterminated string", at: location(start)) }
    let c = bytes[pos + 1]
    pos += 2
    switch c {
    case UInt8(ascii: "\""): out += "\""
    case UInt8(ascii: "\\"): out += "\\"
    case UInt8(ascii: "/"): out += "/"
    case UInt8(ascii: "b"): out += "\u{08}"
    case UInt8(ascii: "f"): out += "\u{0C}"
    case UInt8(ascii: "n"): out += "\n"
    case UInt8(ascii: "r"): out += "\r"
    case UInt8(ascii: "t"): out += "\t"
    case UInt8(ascii: "u"):
      let unit = try hex4(escapeAt: start)
      var scalarValue = UInt32(unit)
      if (0xD800...0xDBFF).contains(unit) {
        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u") else {
          throw LocatedError("unpaired surrogate '\\u\(hexText(unit))' in string", at: location(start))
        }
        let lowStart = pos
        pos += 2
        let low = try hex4(escapeAt: lowStart)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw LocatedError("unpaired surrogate '\\u\(hexText(unit))' in string", at: location(start))
        }
        scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(unit) {
        throw LocatedError("unpaired surrogate '\\u\(hexText(unit))' in string", at: location(start))
      }
      // Non-surrogate values and combined pairs are always valid scalars.
      out.unicodeScalars.append(Unicode.Scalar(scalarValue)!)
    default:
      pos = start + 1
      throw LocatedError("invalid escape '\\\(describeRaw(pos))' in string", at: location(start))
    }
  }

  mutating func hex4(escapeAt start: Int) throws(LocatedError) -> UInt16 {
    var v: UInt16 = 0
    for _ in 0..<4 {
      guard pos < bytes.count, let d = hexValue(bytes[pos]) else {
        throw LocatedError("invalid \\u escape: expected four hexadecimal digits", at: location(start))
      }
      v = v << 4 | UInt16(d)
      pos += 1
    }
    return v
  }

  func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  func hexText(_ v: UInt16) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - s.count) + s
  }

  func describeRaw(_ p: Int) -> String {
    guard p < bytes.count else { return "" }
    var end = p + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[p..<end], as: UTF8.self)
  }

  /// Reads a number per the JSON grammar and returns its text as written.
  mutating func number() throws(LocatedError) -> String {
    let start = pos
    var i = pos
    func digits(_ i: inout Int) -> Int {
      let s = i
      while i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 }
      return i - s
    }
    var valid = true
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    let intStart = i
    let intDigits = digits(&i)
    if intDigits == 0 || (intDigits > 1 && bytes[intStart] == UInt8(ascii: "0")) { valid = false }
    if valid && i < bytes.count && bytes[i] == UInt8(ascii: ".") {
      i += 1
      if digits(&i) == 0 { valid = false }
    }
    if valid && i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
      i += 1
      if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
      if digits(&i) == 0 { valid = false }
    }
    if !valid {
      // Show the whole number-like token, e.g. `01`, `1.`, `-`, `1e`.
      var end = start + 1
      while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
      let text = String(decoding: bytes[start..<end], as: UTF8.self)
      throw LocatedError("invalid number '\(text)'", at: location(start))
    }
    pos = i
    return String(decoding: bytes[start..<i], as: UTF8.self)
  }

  func isNumberByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e")
      || b == UInt8(ascii: "E") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
  }

  func isWordStart(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || b == UInt8(ascii: "_")
  }

  mutating func word() -> String {
    let start = pos
    while pos < bytes.count {
      let b = bytes[pos]
      if isWordStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) { pos += 1 } else { break }
    }
    return String(decoding: bytes[start..<pos], as: UTF8.self)
  }
}
