import Dashboard
import ECSSim
import TerminalUI

/// The theme file format, both ways: `Node` tree to `Theme`, and `Theme` back to YAML.
///
/// Strict on purpose: every role must be named (a theme that forgets a role would draw it in
/// some other theme's colour, which nobody would notice until a demo), unknown keys get a "did
/// you mean", and a colour that does not parse says which forms are accepted.
extension ThemeLoader {
  static func decode(_ root: Node, name: String) throws(LocatedError) -> (theme: Theme, description: String) {
    if root.isNull {
      throw LocatedError(
        "the theme is empty: it needs a 'styles' mapping that names every role (see Themes/default.yaml)",
        at: root.location ?? SourceLocation(line: 1, column: 1))
    }
    let top = try NodeMap(root, path: "theme", allowed: topLevelKeys)
    let description = try top.child("description")?.asString(path: "description") ?? ""
    let glyphs = try top.child("glyphs").map { n throws(LocatedError) in try word(n, path: "glyphs", glyphNames) } ?? .blocks
    let border = try top.child("border").map { n throws(LocatedError) in try word(n, path: "border", borderNames) } ?? .rounded
    guard let stylesNode = top.child("styles") else {
      let at = keyLocation("styles", in: root) ?? root.location
      throw LocatedError("theme: missing required key 'styles' (a style for every role; see Themes/default.yaml)", at: at)
    }
    let styles = try decodeStyles(stylesNode, at: keyLocation("styles", in: root))
    return (Theme(name: name, styles: styles, glyphs: glyphs, border: border), description)
  }

  /// `styles:`: one entry per role, each role exactly once.
  static func decodeStyles(_ node: Node, at keyLocation: SourceLocation?) throws(LocatedError) -> [StyleRole: Style] {
    guard case .mapping(let pairs) = node.kind else {
      throw LocatedError("styles: expected a mapping from role to style, found \(node.kindName)", at: node.location)
    }
    let roleNames = StyleRole.allCases.map(\.rawValue)
    for (key, _) in pairs {
      guard let k = key.scalar, StyleRole(rawValue: k) == nil else { continue }
      var msg = "styles: unknown role '\(k)'"
      if let guess = closestMatch(k, in: roleNames) { msg += "; did you mean '\(guess)'?" }
      else { msg += "; Themes/default.yaml and docs/themes.md list every role" }
      throw LocatedError(msg, at: key.location)
    }
    // NodeMap catches what is left: keys that are not names and roles given twice.
    let map = try NodeMap(node, path: "styles", allowed: roleNames)
    var styles: [StyleRole: Style] = [:]
    for (key, value) in map.entries {
      guard let role = StyleRole(rawValue: key) else { continue }
      styles[role] = try decodeStyle(value, path: "styles.\(key)")
    }
    let missing = StyleRole.allCases.filter { styles[$0] == nil }.map { "'\($0.rawValue)'" }
    if !missing.isEmpty {
      var list = missing.count == 1 ? "role \(missing[0])" : "roles " + missing.prefix(6).joined(separator: ", ")
      if missing.count > 6 { list += " and \(missing.count - 6) more" }
      throw LocatedError(
        "styles: missing \(list); every role needs a style (Themes/default.yaml lists them all)",
        at: keyLocation ?? node.location)
    }
    return styles
  }

  /// `{fg: COLOUR, bg: COLOUR, attrs: [ATTR, ...]}`.
  static func decodeStyle(_ node: Node, path: String) throws(LocatedError) -> Style {
    guard case .mapping = node.kind else {
      throw LocatedError("\(path): expected a mapping such as {fg: cyan, bg: default, attrs: [bold]}, found \(node.kindName)", at: node.location)
    }
    let map = try NodeMap(node, path: path, allowed: ["fg", "bg", "attrs"])
    var style = Style(attributes: [])
    for (key, value) in map.entries {
      switch key {
      case "fg": style.fg = try color(value, path: "\(path).fg")
      case "bg": style.bg = try color(value, path: "\(path).bg")
      default: style.attributes = try attributes(value, path: "\(path).attrs")
      }
    }
    return style
  }

  static func color(_ node: Node, path: String) throws(LocatedError) -> Color {
    if node.isNull {
      // `fg: #ff8700` unquoted: YAML reads everything from `#` on as a comment.
      throw LocatedError(
        "\(path): no colour given; if you wrote #rrggbb, quote it (\"#rrggbb\"): an unquoted # starts a YAML comment",
        at: node.location)
    }
    let text = try node.asString(path: path)
    if let c = Color(text) { return c }
    var msg = "\(path): '\(text)' is not a colour; use default, one of the 16 names (black, red, green, yellow, blue, magenta, cyan, white, brightBlack … brightWhite), a palette index 0-255, or \"#rrggbb\""
    let names = ["default"] + Color.ansi16.map(\.description)
    if !text.hasPrefix("#"), Int(text) == nil, let guess = closestMatch(text, in: names) {
      msg += "; did you mean '\(guess)'?"
    }
    throw LocatedError(msg, at: node.location)
  }

  static func attributes(_ node: Node, path: String) throws(LocatedError) -> Style.Attributes {
    if node.isNull { return [] }
    guard case .sequence(let items) = node.kind else {
      throw LocatedError("\(path): expected a list such as [bold, reverse], found \(node.kindName)", at: node.location)
    }
    var attributes: Style.Attributes = []
    for (i, item) in items.enumerated() {
      attributes.insert(try word(item, path: "\(path)[\(i)]", attributeNames))
    }
    return attributes
  }

  /// One of a fixed set of words, with a "did you mean" for a typo.
  static func word<T>(_ node: Node, path: String, _ choices: [(String, T)]) throws(LocatedError) -> T {
    let s = try node.asString(path: path)
    if let hit = choices.first(where: { $0.0 == s.lowercased() }) { return hit.1 }
    let names = choices.map(\.0)
    var msg = "\(path): '\(s)' is not one of \(names.joined(separator: ", "))"
    if let guess = closestMatch(s, in: names) { msg += "; did you mean '\(guess)'?" }
    throw LocatedError(msg, at: node.location)
  }

  /// Where `key` is written in a mapping (errors about a whole section point at its name).
  static func keyLocation(_ key: String, in node: Node) -> SourceLocation? {
    guard case .mapping(let pairs) = node.kind else { return nil }
    return pairs.first { $0.key.scalar == key }?.key.location
  }

  // MARK: Writing

  /// The theme as a file `parse` reads back to an equal theme (given the same name), roles in
  /// declaration order. A `BorderSet` that is none of the named ones is written as `rounded`.
  public static func yaml(for theme: Theme, description: String) -> String {
    let glyphs = glyphNames.first { $0.1 == theme.glyphs }?.0 ?? "blocks"
    let border = borderNames.first { $0.1 == theme.border }?.0 ?? "rounded"
    var out = "# ecsim dashboard theme \"\(theme.name)\"; Themes/default.yaml explains every role.\n"
    out += "description: \(quoted(description))\n"
    out += "glyphs: \(glyphs)\n"
    out += "border: \(border)\n"
    out += "styles:\n"
    for role in StyleRole.allCases {
      let style = theme[role]
      var parts = ["fg: \(colorText(style.fg))"]
      if style.bg != .default { parts.append("bg: \(colorText(style.bg))") }
      let attrs = attributeNames.filter { style.attributes.contains($0.1) }.map(\.0)
      if !attrs.isEmpty { parts.append("attrs: [\(attrs.joined(separator: ", "))]") }
      out += "  \(role.rawValue): {\(parts.joined(separator: ", "))}\n"
    }
    return out
  }

  static func colorText(_ c: Color) -> String {
    if case .rgb = c { return "\"\(c)\"" }
    return c.description
  }

  static func quoted(_ s: String) -> String {
    var out = "\""
    for ch in s.unicodeScalars {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out + "\""
  }
}
