import Dashboard
import ECSSim
import Foundation
import TerminalUI

/// Finds dashboard themes by name or path and decodes them into `Theme` values.
///
/// Themes are data (docs/themes.md). A name is looked up, first match wins, in:
/// 1. the user's folder, `$XDG_CONFIG_HOME/ecsim/themes/NAME.yaml` (`~/.config` when
///    `XDG_CONFIG_HOME` is unset or not absolute, as the XDG spec says), so a user's copy of
///    `light` replaces the shipped one;
/// 2. a `Themes/` folder found by walking up from the program's own directory (a package
///    checkout: `swift run` runs `.build/<triple>/debug/ecsim`), then `<bin>/../share/ecsim/themes`
///    (an installed copy), so editing a shipped theme shows without rebuilding;
/// 3. the copies embedded in the binary (`BundledThemes`), so a lone copied binary still has every
///    shipped theme, and `monochrome` (`Theme.monochrome`, the look of `NO_COLOR`).
///
/// Every failure is a `LocatedError` whose `source` is the file (or `<built-in NAME>`), printed
/// as `file:line:col: error: message`, which editors and terminals can jump to.
public enum ThemeLoader {
  /// The keys of a theme file's top level.
  static let topLevelKeys = ["description", "glyphs", "border", "styles"]
  static let glyphNames: [(String, GraphGlyphs)] = [("braille", .braille), ("blocks", .blocks), ("ascii", .ascii)]
  static let borderNames: [(String, BorderSet)] = [
    ("single", .single), ("rounded", .rounded), ("double", .double), ("heavy", .heavy), ("ascii", .ascii),
  ]
  static let attributeNames: [(String, Style.Attributes)] = [
    ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
  ]
  static let monochromeDescription = "No colours: bold, dim, reverse and underline only (what NO_COLOR and --no-color use)"

  /// The directory of the running program with symlinks resolved (so a link in `~/bin` to a
  /// checkout's build still finds the checkout's `Themes/`); nil if the platform cannot say.
  public static var executableDirectory: String? {
    guard let url = Bundle.main.executableURL else { return nil }
    return url.resolvingSymlinksInPath().deletingLastPathComponent().path
  }

  // MARK: Loading

  /// A theme by name (see the lookup order above) or by path: anything containing `/` or
  /// ending in `.yaml`/`.yml` is a path. An unknown name is an error listing the names there are.
  public static func load(
    _ nameOrPath: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executableDirectory: String? = ThemeLoader.executableDirectory
  ) throws(LocatedError) -> Theme {
    let found = try locate(nameOrPath, environment: environment, executableDirectory: executableDirectory)
    if found.isMonochrome { return .monochrome }
    return try parse(found.text, name: found.name, file: found.file)
  }

  /// The theme's YAML as found (for `ecsim themes --show`, a starting point for one's own);
  /// for `monochrome`, the equivalent YAML.
  public static func yaml(
    of nameOrPath: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executableDirectory: String? = ThemeLoader.executableDirectory
  ) throws(LocatedError) -> String {
    try locate(nameOrPath, environment: environment, executableDirectory: executableDirectory).text
  }

  /// Decodes a theme file's text; `name` becomes the theme's name, `file` names it in errors.
  public static func parse(_ text: String, name: String, file: String) throws(LocatedError) -> Theme {
    try parseWithDescription(text, name: name, file: file).theme
  }

  static func parseWithDescription(_ text: String, name: String, file: String) throws(LocatedError) -> (theme: Theme, description: String) {
    do throws(LocatedError) {
      let root: Node
      do { root = try YAMLNodeReader.read(text) } catch {
        throw unquotedHexColor(in: text) ?? error
      }
      return try decode(root, name: name)
    } catch {
      var located = error
      located.source = file
      throw located
    }
  }

  /// `{fg: #ff8700}` is the likeliest slip in a theme, and libyaml reports it as "did not find
  /// expected node content" somewhere after it (the `#` starts a comment that swallows the `}`).
  /// When the YAML does not parse, the first `fg:`/`bg:` followed by an unquoted `#` outside a
  /// comment is reported instead, at the `#`.
  static func unquotedHexColor(in text: String) -> LocatedError? {
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let chars = Array(line)
      var column = 0
      while column < chars.count {
        if chars[column] == "#" { break }  // the rest of the line is a real comment
        if chars[column] == "\"" || chars[column] == "'" {  // a quoted "#ffffff" is fine: skip it
          let quote = chars[column]
          column += 1
          while column < chars.count, chars[column] != quote { column += chars[column] == "\\" && quote == "\"" ? 2 : 1 }
          column += 1
          continue
        }
        if column + 3 < chars.count, chars[column + 1] == "g", chars[column + 2] == ":",
          chars[column] == "f" || chars[column] == "b",
          column == 0 || !(chars[column - 1].isLetter || chars[column - 1].isNumber)
        {
          var j = column + 3
          while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
          if j > column + 3, j < chars.count, chars[j] == "#" {
            let value = String(chars[j...].prefix { $0.isHexDigit || $0 == "#" })
            let key = String(chars[column...column + 1])
            return LocatedError(
              "unquoted colour '\(value)': in YAML an unquoted # starts a comment; write \(key): \"\(value)\"",
              at: SourceLocation(line: i + 1, column: j + 1))
          }
        }
        column += 1
      }
    }
    return nil
  }

  // MARK: Where themes live

  /// `$XDG_CONFIG_HOME/ecsim`, or `$HOME/.config/ecsim`: the folder for the user's own files.
  /// A relative or empty `XDG_CONFIG_HOME` is ignored, as the XDG Base Directory spec requires.
  public static func configDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return join(xdg, "ecsim")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return join(home, ".config/ecsim")
  }

  /// `configDirectory/themes`: where `NAME.yaml` files shadow the shipped themes.
  public static func userThemesDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    join(configDirectory(environment: environment), "themes")
  }

  /// The shipped themes' folders that exist: the first `Themes/` walking up from the program's
  /// directory, then `<dir>/../share/ecsim/themes`.
  public static func bundledDirectories(executableDirectory: String?) -> [String] {
    guard let start = executableDirectory else { return [] }
    var dirs: [String] = []
    var dir = URL(fileURLWithPath: start).standardizedFileURL
    while true {
      let candidate = dir.appendingPathComponent("Themes").path
      if isDirectory(candidate) {
        dirs.append(candidate)
        break
      }
      let parent = dir.deletingLastPathComponent()
      if parent.path == dir.path { break }
      dir = parent
    }
    let share = URL(fileURLWithPath: start).deletingLastPathComponent()
      .appendingPathComponent("share/ecsim/themes").standardizedFileURL.path
    if isDirectory(share) && !dirs.contains(share) { dirs.append(share) }
    return dirs
  }

  /// True when `NO_COLOR` is set to a non-empty value (no-color.org): the dashboard then uses
  /// `Theme.monochrome` whatever theme was asked for, as it does for `--no-color`.
  public static func noColorRequested(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    guard let value = environment["NO_COLOR"] else { return false }
    return !value.isEmpty
  }

  // MARK: Listing

  /// Every theme that `load` can find by name, once each (a user theme shadows a shipped one of
  /// the same name): the shipped ones in their usual order, then others by name, then
  /// `monochrome`.
  public static func available(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executableDirectory: String? = ThemeLoader.executableDirectory
  ) -> [ThemeInfo] {
    var byName: [String: ThemeInfo] = [:]
    func add(_ name: String, _ origin: ThemeInfo.Origin, text: () throws(LocatedError) -> (String, String)) {
      guard byName[name] == nil else { return }
      do {
        let (body, file) = try text()
        let parsed = try parseWithDescription(body, name: name, file: file)
        byName[name] = ThemeInfo(name: name, description: parsed.description, origin: origin)
      } catch {
        byName[name] = ThemeInfo(name: name, description: "", origin: origin, problem: error)
      }
    }
    var folders = [userThemesDirectory(environment: environment)]
    folders += bundledDirectories(executableDirectory: executableDirectory)
    for (i, folder) in folders.enumerated() {
      for file in themeFiles(in: folder) {
        let name = themeName(ofPath: file)
        add(name, i == 0 ? .user(path: file) : .folder(path: file)) { () throws(LocatedError) in (try readFile(file), file) }
      }
    }
    for (name, text) in BundledThemes.all {
      add(name, .builtIn) { (text, builtInSource(name)) }
    }
    if byName["monochrome"] == nil {
      byName["monochrome"] = ThemeInfo(name: "monochrome", description: monochromeDescription, origin: .builtIn)
    }
    let shipped = BundledThemes.all.map(\.name)
    let others = byName.keys.filter { !shipped.contains($0) && $0 != "monochrome" }.sorted()
    return (shipped + others + ["monochrome"]).compactMap { byName[$0] }
  }

  // MARK: Finding one theme

  struct Found {
    var name: String
    var text: String
    /// The path, or `<built-in NAME>`.
    var file: String
    var isMonochrome = false
  }

  static func locate(_ nameOrPath: String, environment: [String: String], executableDirectory: String?) throws(LocatedError) -> Found {
    if isPath(nameOrPath) {
      return Found(name: themeName(ofPath: nameOrPath), text: try readFile(nameOrPath), file: nameOrPath)
    }
    let name = nameOrPath
    var folders = [userThemesDirectory(environment: environment)]
    folders += bundledDirectories(executableDirectory: executableDirectory)
    for folder in folders {
      for ext in ["yaml", "yml"] {
        let path = join(folder, "\(name).\(ext)")
        if FileManager.default.fileExists(atPath: path) {
          return Found(name: name, text: try readFile(path), file: path)
        }
      }
    }
    if let text = BundledThemes.named(name) {
      return Found(name: name, text: text, file: builtInSource(name))
    }
    if name == "monochrome" {
      return Found(
        name: name, text: yaml(for: .monochrome, description: monochromeDescription),
        file: builtInSource(name), isMonochrome: true)
    }
    let names = available(environment: environment, executableDirectory: executableDirectory).map(\.name)
    var msg = "no theme named '\(name)'; the themes are \(names.joined(separator: ", ")) (`ecsim themes` lists them)"
    if let guess = closestMatch(name, in: names) { msg += "; did you mean '\(guess)'?" }
    throw LocatedError(msg, at: nil)
  }

  static func isPath(_ s: String) -> Bool {
    s.contains("/") || s.hasSuffix(".yaml") || s.hasSuffix(".yml")
  }

  static func themeName(ofPath path: String) -> String {
    URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }

  static func builtInSource(_ name: String) -> String { "<built-in \(name)>" }

  static func join(_ dir: String, _ rest: String) -> String {
    dir.hasSuffix("/") ? dir + rest : dir + "/" + rest
  }

  static func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  /// `*.yaml` and `*.yml` files of a folder, by name (none if the folder does not exist).
  static func themeFiles(in folder: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { join(folder, $0) }
  }

  /// The file's text, or an error that says why not.
  static func readFile(_ path: String) throws(LocatedError) -> String {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw LocatedError("no such theme file", at: nil, source: path)
    }
    if isDir.boolValue {
      throw LocatedError("is a directory, not a theme file", at: nil, source: path)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LocatedError("cannot read the file (permission denied?)", at: nil, source: path)
    }
    return try ScenarioLoader.decodeUTF8(Array(data), source: path)
  }
}
