/// Splits a command line into words the way a POSIX shell would, minus expansions.
///
/// Single quotes are literal; inside double quotes `\"` and `\\` are escapes; in a bare word a
/// backslash escapes a space, a quote, a backslash or `#`. Any other backslash is kept as
/// written, so `--ecs-config "A=1\nB=2"` reaches the parser with a literal `\n` to split lines
/// on (a shell keeps it too). An unquoted `#` at the start of a word begins a comment.
public enum CommandTokenizer {
  public static func tokenize(_ line: String, startColumn: Int = 1) throws(CommandError) -> [CommandToken] {
    let chars = Array(line)
    var tokens: [CommandToken] = []
    var i = 0
    while i < chars.count {
      if isSpace(chars[i]) { i += 1; continue }
      if chars[i] == "#" { break }
      let start = i
      var text = ""
      var quotedParts = 0
      var bareParts = 0
      while i < chars.count, !isSpace(chars[i]) {
        let c = chars[i]
        if c == "'" || c == "\"" {
          let open = i
          i += 1
          var closed = false
          while i < chars.count {
            let d = chars[i]
            if d == c { closed = true; i += 1; break }
            if c == "\"", d == "\\", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
              text.append(chars[i + 1]); i += 2; continue
            }
            text.append(d); i += 1
          }
          guard closed else {
            throw CommandError("unterminated quoted string (missing \(c))", column: startColumn + open)
          }
          quotedParts += 1
        } else if c == "\\", i + 1 < chars.count, isEscapable(chars[i + 1]) {
          text.append(chars[i + 1]); i += 2; bareParts += 1
        } else {
          text.append(c); i += 1; bareParts += 1
        }
      }
      tokens.append(CommandToken(
        text: text, column: startColumn + start, raw: String(chars[start..<i]),
        isWhollyQuoted: quotedParts == 1 && bareParts == 0))
    }
    return tokens
  }

  static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\r" || c == "\n" }

  static func isEscapable(_ c: Character) -> Bool {
    isSpace(c) || c == "'" || c == "\"" || c == "\\" || c == "#"
  }
}
