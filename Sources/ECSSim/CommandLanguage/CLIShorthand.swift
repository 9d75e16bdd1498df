/// The AWS CLI's shorthand syntax for structure parameters, read into a located `Node` so that
/// shorthand and JSON values decode through the same `NodeMap` code and errors.
///
/// ```
/// type=spread,field=attribute:ecs.availability-zone
/// type=memberOf,expression="attribute:ecs.instance-type in [t3.small, t3.medium]"
/// awsvpcConfiguration={subnets=[subnet-1,subnet-2],securityGroups=[sg-1],assignPublicIp=ENABLED}
/// ```
///
/// As in the CLI: `key=a,b` makes `key` a list when `b` is not itself `name=`; values may be
/// `"double"` (with `\"` escapes) or `'single'` quoted to hold commas, brackets and spaces; a
/// backslash in a bare value escapes the next character; spaces around a bare value are trimmed.
public enum CLIShorthand {
  /// Parses one structure. Locations are on `line`, counting columns from `column` (the column
  /// where `text` starts in the command line).
  public static func parse(_ text: String, column: Int = 1, line: Int = 1) throws(LocatedError) -> Node {
    var reader = ShorthandReader(chars: Array(text), base: column, line: line)
    reader.skipSpaces()
    if reader.atEnd { throw LocatedError("expected key=value", at: reader.location(reader.i)) }
    let node = try reader.structure(closing: nil)
    return node
  }
}

private struct ShorthandReader {
  let chars: [Character]
  let base: Int
  let line: Int
  var i = 0

  init(chars: [Character], base: Int, line: Int) { self.chars = chars; self.base = base; self.line = line }

  var atEnd: Bool { i >= chars.count }
  func peek(_ at: Int) -> Character? { at < chars.count ? chars[at] : nil }
  func location(_ at: Int) -> SourceLocation { SourceLocation(line: line, column: base + at) }

  mutating func skipSpaces() {
    while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
  }

  static func isKeyChar(_ c: Character) -> Bool {
    c.isLetter || c.isNumber || c == "_" || c == "-" || c == "."
  }

  /// True when `name=` starts at `from` (after spaces): the next key of the structure rather
  /// than another item of a `key=a,b` list.
  func keyStarts(at from: Int) -> Bool {
    var j = from
    while j < chars.count, chars[j] == " " { j += 1 }
    let start = j
    while j < chars.count, Self.isKeyChar(chars[j]) { j += 1 }
    return j > start && j < chars.count && chars[j] == "="
  }

  /// `key=value,…` up to `closing` (`}`) or the end of the text.
  mutating func structure(closing: Character?) throws(LocatedError) -> Node {
    let start = i
    var pairs: [(key: Node, value: Node)] = []
    skipSpaces()
    if let closing, peek(i) == closing { return Node(.mapping([]), at: location(start)) }
    while true {
      skipSpaces()
      let keyStart = i
      while i < chars.count, Self.isKeyChar(chars[i]) { i += 1 }
      let key = String(chars[keyStart..<i])
      skipSpaces()
      guard peek(i) == "=" else {
        if key.isEmpty {
          let what = peek(i).map { "'\($0)'" } ?? "the end"
          throw LocatedError("expected a key, found \(what)", at: location(keyStart))
        }
        throw LocatedError("expected '=' after '\(key)'", at: location(i))
      }
      i += 1
      var terminators: [Character] = [","]
      if let closing { terminators.append(closing) }
      var value = try self.value(terminators: terminators)
      // `key=a,b,c`: more bare items follow until the next `name=`.
      if value.scalar != nil, peek(i) == ",", !keyStarts(at: i + 1) {
        var items = [value]
        while peek(i) == ",", !keyStarts(at: i + 1) {
          i += 1
          items.append(try self.value(terminators: terminators))
        }
        value = Node(.sequence(items), at: value.location)
      }
      pairs.append((key: Node(.scalar(key, quoted: false), at: location(keyStart)), value: value))
      skipSpaces()
      if atEnd {
        if let closing { throw LocatedError("missing '\(closing)'", at: location(i)) }
        break
      }
      if let closing, chars[i] == closing { break }
      if chars[i] == "," { i += 1; continue }
      throw LocatedError("expected ',' after the value of '\(key)', found '\(chars[i])'", at: location(i))
    }
    return Node(.mapping(pairs), at: location(start))
  }

  /// A list, a structure, a quoted string or a bare word ending at one of `terminators`.
  mutating func value(terminators: [Character]) throws(LocatedError) -> Node {
    skipSpaces()
    let start = i
    guard let c = peek(i) else { return Node(.scalar("", quoted: false), at: location(start)) }
    switch c {
    case "[":
      i += 1
      var items: [Node] = []
      skipSpaces()
      if peek(i) == "]" { i += 1; return Node(.sequence([]), at: location(start)) }
      while true {
        items.append(try value(terminators: [",", "]"]))
        skipSpaces()
        guard let d = peek(i) else { throw LocatedError("missing ']'", at: location(i)) }
        i += 1
        if d == "]" { break }
        if d != "," { throw LocatedError("expected ',' or ']' in a list, found '\(d)'", at: location(i - 1)) }
      }
      return Node(.sequence(items), at: location(start))
    case "{":
      i += 1
      let node = try structure(closing: "}")
      i += 1  // the `}` that `structure` stopped at
      return Node(node.kind, at: location(start))
    case "\"", "'":
      i += 1
      var text = ""
      while true {
        guard let d = peek(i) else { throw LocatedError("unterminated quoted value (missing \(c))", at: location(start)) }
        i += 1
        if d == c { break }
        if c == "\"", d == "\\", let e = peek(i) { text.append(e); i += 1; continue }
        text.append(d)
      }
      skipSpaces()
      return Node(.scalar(text, quoted: true), at: location(start))
    default:
      var text = ""
      while let d = peek(i), !terminators.contains(d) {
        if d == "\\", let e = peek(i + 1) { text.append(e); i += 2; continue }
        text.append(d); i += 1
      }
      return Node(.scalar(text.trimmingSpaces, quoted: false), at: location(start))
    }
  }
}
