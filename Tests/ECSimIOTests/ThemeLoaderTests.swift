import Dashboard
import ECSSim
import ECSimIO
import Foundation
import Testing
import TerminalUI

/// Theme files to `Theme` values: the shipped themes, located errors and lookup order
/// (EmbeddedResourceTests keeps the embedded copies equal to `Themes/*.yaml`).
@Suite struct ThemeLoaderTests {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let themesFolder = packageRoot.appendingPathComponent("Themes")
  static let shippedNames = ["default", "ansi16", "colorblind", "light", "presenter"]

  // MARK: helpers

  /// A valid theme: `description`, `styles:` on line 2, then role number i on line i + 3 as
  /// `  ROLE: {fg: default}`; `replacing` swaps a role's line, `dropping` leaves roles out.
  static func themeText(replacing: [StyleRole: String] = [:], dropping: Set<StyleRole> = []) -> String {
    var text = "description: test\nstyles:\n"
    for role in StyleRole.allCases where !dropping.contains(role) {
      text += (replacing[role] ?? "  \(role.rawValue): {fg: default}") + "\n"
    }
    return text
  }

  static func line(of role: StyleRole) -> Int { StyleRole.allCases.firstIndex(of: role)! + 3 }

  static func parseError(_ text: String) -> LocatedError? {
    do { _ = try ThemeLoader.parse(text, name: "test", file: "test.yaml"); return nil } catch { return error }
  }

  static func error(_ message: String, _ line: Int, _ column: Int) -> LocatedError {
    LocatedError(message, at: SourceLocation(line: line, column: column), source: "test.yaml")
  }

  /// A fresh empty directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ecsim-themes-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// An environment whose user folder is an empty temp dir, and no program directory: only the
  /// embedded themes are found.
  static func builtInOnly() throws -> [String: String] {
    ["XDG_CONFIG_HOME": try temporaryDirectory().path, "HOME": "/nonexistent-home"]
  }

  // MARK: the shipped themes

  @Test func everyEmbeddedThemeLoadsAndNamesEveryRole() throws {
    #expect(BundledThemes.all.map(\.name) == Self.shippedNames)
    for (name, text) in BundledThemes.all {
      let theme = try ThemeLoader.parse(text, name: name, file: "<built-in \(name)>")
      #expect(theme.name == name)
      #expect(theme.styles.count == StyleRole.allCases.count && StyleRole.allCases.count == 42)
      #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "\(name)")
    }
  }

  @Test func everyShippedFileLoadsByPath() throws {
    for name in Self.shippedNames {
      let path = Self.themesFolder.appendingPathComponent("\(name).yaml").path
      let theme = try ThemeLoader.load(path, environment: Self.builtInOnly(), executableDirectory: nil)
      #expect(theme.name == name && theme.styles.count == 42)
    }
  }

  @Test func theShippedThemesHaveTheirPromisedLooks() throws {
    let env = try Self.builtInOnly()
    func load(_ name: String) throws -> Theme { try ThemeLoader.load(name, environment: env, executableDirectory: nil) }
    // default: the terminal's own background except the bands that must stand out.
    let dark = try load("default")
    let banded: Set<StyleRole> = [
      .header, .badge, .paused, .selection, .selectionInactive, .dialog, .dialogTitle, .dialogButton,
      .dialogButtonFocused, .help, .helpKey, .why,
    ]
    for role in StyleRole.allCases where !banded.contains(role) {
      #expect(dark[role].bg == .default, "\(role)")
    }
    #expect(dark.glyphs == .blocks && dark.border == .rounded)
    #expect(dark[.selection] == Style(fg: .rgb(0xff, 0xff, 0xff), bg: .rgb(0x00, 0x5f, 0x87), bold: true))
    // ansi16: only the 16 names and default, so the terminal's palette decides.
    let ansi = try load("ansi16")
    for (role, style) in ansi.styles {
      for c in [style.fg, style.bg] { #expect(c == .default || c.ansiIndex != nil, "\(role): \(c)") }
    }
    #expect(ansi[.selection].reverse)
    // presenter: heavy borders, a bright selection bar, bold statuses.
    let presenter = try load("presenter")
    #expect(presenter.border == .heavy)
    #expect(presenter[.selection] == Style(fg: .rgb(0, 0, 0), bg: .rgb(0xff, 0xff, 0), bold: true))
    #expect(presenter[.statusRunning].bold && presenter[.statusUnhealthy].bold)
    // Every theme: a selection that stands out, and good and bad states that differ.
    for name in Self.shippedNames {
      let t = try load(name)
      #expect(t[.selection].bg != .default || t[.selection].reverse, "\(name)")
      #expect(t[.selection] != t[.selectionInactive] && t[.selection] != t[.text], "\(name)")
      #expect(t[.statusRunning].fg != t[.statusUnhealthy].fg, "\(name)")
      #expect(t[.statusRunning] != t[.statusStopped] && t[.statusPending] != t[.statusRunning], "\(name)")
    }
  }

  /// Okabe–Ito, and checked the way a colour-blind user sees it: under simulated deuteranopia
  /// and protanopia (Machado et al. 2009, severity 1), running/healthy stay far from
  /// unhealthy/stopped, and they also differ in lightness. The default theme's green and red
  /// fail the same check, which is why the colorblind theme exists.
  @Test func colorblindThemeSeparatesGoodFromBadForRedGreenBlindness() throws {
    let env = try Self.builtInOnly()
    let cb = try ThemeLoader.load("colorblind", environment: env, executableDirectory: nil)
    #expect(cb[.statusRunning].fg == .rgb(0x56, 0xb4, 0xe9) && cb[.statusUnhealthy].fg == .rgb(0xd5, 0x5e, 0x00))
    for good in [StyleRole.statusRunning, .statusHealthy] {
      for bad in [StyleRole.statusUnhealthy, .statusStopped] {
        let g = try #require(ColorVision.rgb(cb[good].fg)), b = try #require(ColorVision.rgb(cb[bad].fg))
        #expect(ColorVision.luminanceRatio(g, b) >= 1.5, "\(good) vs \(bad)")
        #expect(ColorVision.distance(ColorVision.simulate(g, .deuteranopia), ColorVision.simulate(b, .deuteranopia)) >= 80, "\(good) vs \(bad)")
        #expect(ColorVision.distance(ColorVision.simulate(g, .protanopia), ColorVision.simulate(b, .protanopia)) >= 80, "\(good) vs \(bad)")
      }
    }
    let dark = try ThemeLoader.load("default", environment: env, executableDirectory: nil)
    let g = try #require(ColorVision.rgb(dark[.statusRunning].fg)), b = try #require(ColorVision.rgb(dark[.statusUnhealthy].fg))
    #expect(ColorVision.distance(ColorVision.simulate(g, .deuteranopia), ColorVision.simulate(b, .deuteranopia)) < 80)
  }

  @Test func theShippedThemesAndMonochromeAreAvailableBuiltIn() throws {
    let infos = ThemeLoader.available(environment: try Self.builtInOnly(), executableDirectory: nil)
    #expect(infos.map(\.name) == Self.shippedNames + ["monochrome"])
    for info in infos {
      #expect(info.origin == .builtIn && info.whereFound == "built in" && info.problem == nil, "\(info.name)")
      #expect(!info.description.isEmpty)
    }
    #expect(infos[0].description == "Dark, on the terminal's own background (the reference, with every role commented)")
  }

  @Test func monochromeIsTheThemeWrittenInCode() throws {
    let env = try Self.builtInOnly()
    #expect(try ThemeLoader.load("monochrome", environment: env, executableDirectory: nil) == Theme.monochrome)
    let text = try ThemeLoader.yaml(of: "monochrome", environment: env, executableDirectory: nil)
    #expect(try ThemeLoader.parse(text, name: "monochrome", file: "m.yaml") == Theme.monochrome)
  }

  @Test func writingAThemeReadsBackEqual() throws {
    for (name, text) in BundledThemes.all {
      let theme = try ThemeLoader.parse(text, name: name, file: name)
      let written = ThemeLoader.yaml(for: theme, description: "a \"quoted\": description")
      #expect(try ThemeLoader.parse(written, name: name, file: name) == theme, "\(name)")
    }
  }

  @Test func noColorMeansSetAndNotEmpty() {
    #expect(ThemeLoader.noColorRequested(environment: ["NO_COLOR": "1"]))
    #expect(ThemeLoader.noColorRequested(environment: ["NO_COLOR": "0"]))
    #expect(!ThemeLoader.noColorRequested(environment: ["NO_COLOR": ""]))
    #expect(!ThemeLoader.noColorRequested(environment: [:]))
  }

  // MARK: the reference theme

  @Test func theReferenceThemeCommentsEveryRole() throws {
    let text = try #require(BundledThemes.named("default"))
    for role in StyleRole.allCases {
      let line = text.split(separator: "\n").first { $0.hasPrefix("  \(role.rawValue): {") }
      let comment = try #require(line?.range(of: " # "), "\(role) has no comment in Themes/default.yaml")
      #expect(line![comment.upperBound...].count > 10, "\(role)")
    }
  }

  // MARK: located errors

  @Test func aBadColourSaysWhatIsAccepted() {
    let accepted = "use default, one of the 16 names (black, red, green, yellow, blue, magenta, cyan, white, brightBlack … brightWhite), a palette index 0-255, or \"#rrggbb\""
    let l = Self.line(of: .header)
    #expect(Self.parseError(Self.themeText(replacing: [.header: "  header: {fg: bleu}"]))
      == Self.error("styles.header.fg: 'bleu' is not a colour; \(accepted); did you mean 'blue'?", l, 16))
    #expect(Self.parseError(Self.themeText(replacing: [.header: "  header: {fg: default, bg: \"#12345\"}"]))
      == Self.error("styles.header.bg: '#12345' is not a colour; \(accepted)", l, 29))
    #expect(Self.parseError(Self.themeText(replacing: [.header: "  header: {bg: 256}"]))
      == Self.error("styles.header.bg: '256' is not a colour; \(accepted)", l, 16))
  }

  @Test func anUnquotedHexColourInAFlowMappingIsFoundDespiteTheYAMLError() {
    let l = Self.line(of: .header)
    #expect(Self.parseError(Self.themeText(replacing: [.header: "  header: {fg: \"#ffffff\", bg: #005f87, attrs: [bold]}"]))
      == Self.error("unquoted colour '#005f87': in YAML an unquoted # starts a comment; write bg: \"#005f87\"", l, 31))
    // A # in a comment is not a colour: the YAML error is reported as libyaml gives it.
    let e = Self.parseError("styles: {  # fg: #123456\n")
    #expect(e?.message.hasPrefix("invalid YAML: ") == true)
  }

  @Test func anUnquotedHexColourIsExplained() {
    let text = Self.themeText(replacing: [.why: "  why:\n    fg: #ffd787"])
    let e = Self.parseError(text)
    #expect(e?.message == "styles.why.fg: no colour given; if you wrote #rrggbb, quote it (\"#rrggbb\"): an unquoted # starts a YAML comment")
    #expect(e?.location?.line == Self.line(of: .why) + 1)
  }

  @Test func anUnknownRoleSuggestsTheClosest() {
    let l = Self.line(of: .selection)
    #expect(Self.parseError(Self.themeText(replacing: [.selection: "  selecton: {fg: default}"]))
      == Self.error("styles: unknown role 'selecton'; did you mean 'selection'?", l, 3))
    #expect(Self.parseError(Self.themeText(replacing: [.selection: "  selection: {fg: default}\n  zebra: {}"]))
      == Self.error("styles: unknown role 'zebra'; Themes/default.yaml and docs/themes.md list every role", l + 1, 3))
  }

  @Test func aMissingRoleIsNamed() {
    #expect(Self.parseError(Self.themeText(dropping: [.why]))
      == Self.error("styles: missing role 'why'; every role needs a style (Themes/default.yaml lists them all)", 2, 1))
    #expect(Self.parseError(Self.themeText(dropping: [.muted, .help]))
      == Self.error("styles: missing roles 'muted', 'help'; every role needs a style (Themes/default.yaml lists them all)", 2, 1))
    let eight = Set(StyleRole.allCases.prefix(8))
    #expect(Self.parseError(Self.themeText(dropping: eight))
      == Self.error("styles: missing roles 'text', 'muted', 'header', 'badge', 'paused', 'border' and 2 more; every role needs a style (Themes/default.yaml lists them all)", 2, 1))
    #expect(Self.parseError("description: no styles\nglyphs: ascii\n")
      == Self.error("theme: missing required key 'styles' (a style for every role; see Themes/default.yaml)", 1, 1))
  }

  @Test func badAttributesAreLocated() {
    let l = Self.line(of: .title)
    #expect(Self.parseError(Self.themeText(replacing: [.title: "  title: {attrs: [bold, blink]}"]))
      == Self.error("styles.title.attrs[1]: 'blink' is not one of bold, dim, italic, underline, reverse", l, 25))
    #expect(Self.parseError(Self.themeText(replacing: [.title: "  title: {attrs: [blod]}"]))
      == Self.error("styles.title.attrs[0]: 'blod' is not one of bold, dim, italic, underline, reverse; did you mean 'bold'?", l, 19))
    #expect(Self.parseError(Self.themeText(replacing: [.title: "  title: {attrs: bold}"]))
      == Self.error("styles.title.attrs: expected a list such as [bold, reverse], found a scalar", l, 18))
    #expect(Self.parseError(Self.themeText(replacing: [.title: "  title: {fg: cyan, colour: red}"]))
      == Self.error("styles.title: unknown key 'colour'; expected one of: fg, bg, attrs", l, 21))
  }

  @Test func nonMappingsAreLocated() {
    #expect(Self.parseError("- a\n- b\n") == Self.error("theme: expected a mapping, found a list", 1, 1))
    #expect(Self.parseError("styles: [text, muted]\n")
      == Self.error("styles: expected a mapping from role to style, found a list", 1, 9))
    let l = Self.line(of: .text)
    #expect(Self.parseError(Self.themeText(replacing: [.text: "  text: cyan"]))
      == Self.error("styles.text: expected a mapping such as {fg: cyan, bg: default, attrs: [bold]}, found a scalar", l, 9))
    #expect(Self.parseError("")
      == Self.error("the theme is empty: it needs a 'styles' mapping that names every role (see Themes/default.yaml)", 1, 1))
  }

  @Test func topLevelKeysAndWordsAreChecked() {
    #expect(Self.parseError("description: x\nstyle: {}\n") == Self.error("theme: unknown key 'style'; did you mean 'styles'?", 2, 1))
    #expect(Self.parseError("glyphs: braile\n" + Self.themeText())
      == Self.error("glyphs: 'braile' is not one of braille, blocks, ascii; did you mean 'braille'?", 1, 9))
    #expect(Self.parseError("border: dashed\n" + Self.themeText())
      == Self.error("border: 'dashed' is not one of single, rounded, double, heavy, ascii", 1, 9))
  }

  @Test func invalidYAMLIsLocatedInTheFile() throws {
    let e = try #require(Self.parseError("styles:\n  text: {fg: default\n  muted: {}\n"))
    #expect(e.source == "test.yaml" && e.location != nil)
    #expect(e.message.hasPrefix("invalid YAML: "))
    #expect(e.description.hasPrefix("test.yaml:"))
  }

  @Test func theErrorPrintsAsFileLineColumn() {
    let e = Self.parseError(Self.themeText(replacing: [.header: "  header: {fg: bleu}"]))
    #expect(e?.description.hasPrefix("test.yaml:\(Self.line(of: .header)):16: error: styles.header.fg: 'bleu' is not a colour;") == true)
  }

  // MARK: lookup

  @Test func configDirectoryFollowsXDG() {
    #expect(ThemeLoader.configDirectory(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/h"]) == "/x/cfg/ecsim")
    #expect(ThemeLoader.configDirectory(environment: ["XDG_CONFIG_HOME": "relative/cfg", "HOME": "/h"]) == "/h/.config/ecsim")
    #expect(ThemeLoader.configDirectory(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h/"]) == "/h/.config/ecsim")
    #expect(ThemeLoader.userThemesDirectory(environment: ["HOME": "/h"]) == "/h/.config/ecsim/themes")
  }

  @Test func aUserThemeShadowsTheShippedOneOfTheSameName() throws {
    let config = try Self.temporaryDirectory()
    let env = ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent-home"]
    let userFolder = config.appendingPathComponent("ecsim/themes")
    let light = try #require(BundledThemes.named("light"))
      .replacingOccurrences(of: "description: Light,", with: "description: My light,")
      .replacingOccurrences(of: "  text: {fg: default}", with: "  text: {fg: red}")
    try Self.write(light, to: userFolder.appendingPathComponent("light.yaml"))
    try Self.write(Self.themeText(), to: userFolder.appendingPathComponent("mine.yml"))
    try Self.write("styles: {}\n", to: userFolder.appendingPathComponent("broken.yaml"))

    let theme = try ThemeLoader.load("light", environment: env, executableDirectory: nil)
    #expect(theme.name == "light" && theme[.text].fg == .red)
    #expect(try ThemeLoader.load("mine", environment: env, executableDirectory: nil).styles.count == 42)

    let infos = ThemeLoader.available(environment: env, executableDirectory: nil)
    #expect(infos.map(\.name) == ["default", "ansi16", "colorblind", "light", "presenter", "broken", "mine", "monochrome"])
    let mine = try #require(infos.first { $0.name == "light" })
    #expect(mine.origin == .user(path: userFolder.appendingPathComponent("light.yaml").path))
    #expect(mine.whereFound == "user" && mine.description.hasPrefix("My light,"))
    let broken = try #require(infos.first { $0.name == "broken" })
    #expect(broken.problem?.source == userFolder.appendingPathComponent("broken.yaml").path)
    #expect(broken.problem?.message.hasPrefix("styles: missing roles 'text', 'muted',") == true)
    #expect(infos.first { $0.name == "default" }?.origin == .builtIn)
  }

  @Test func aThemesFolderIsFoundWalkingUpFromTheProgram() throws {
    let root = try Self.temporaryDirectory()
    let exe = root.appendingPathComponent("pkg/.build/x86_64-unknown-linux-gnu/debug")
    try FileManager.default.createDirectory(at: exe, withIntermediateDirectories: true)
    let folder = root.appendingPathComponent("pkg/Themes")
    try Self.write(Self.themeText(replacing: [.text: "  text: {fg: green}"]), to: folder.appendingPathComponent("default.yaml"))
    try Self.write(Self.themeText(), to: folder.appendingPathComponent("extra.yaml"))
    let env = try Self.builtInOnly()

    #expect(ThemeLoader.bundledDirectories(executableDirectory: exe.path) == [folder.path])
    #expect(try ThemeLoader.load("default", environment: env, executableDirectory: exe.path)[.text].fg == .green)
    let infos = ThemeLoader.available(environment: env, executableDirectory: exe.path)
    #expect(infos.map(\.name) == Self.shippedNames + ["extra", "monochrome"])
    #expect(infos[0].origin == .folder(path: folder.appendingPathComponent("default.yaml").path))
    #expect(infos[0].whereFound == folder.path && infos[0].description == "test")
    #expect(infos[1].origin == .builtIn)
  }

  @Test func anInstalledShareFolderIsFound() throws {
    let prefix = try Self.temporaryDirectory()
    let bin = prefix.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let share = prefix.appendingPathComponent("share/ecsim/themes")
    try Self.write(Self.themeText(replacing: [.text: "  text: {fg: blue}"]), to: share.appendingPathComponent("site.yaml"))
    let env = try Self.builtInOnly()
    #expect(ThemeLoader.bundledDirectories(executableDirectory: bin.path) == [share.path])
    #expect(try ThemeLoader.load("site", environment: env, executableDirectory: bin.path)[.text].fg == .blue)
  }

  @Test func anUnknownNameListsTheThemes() throws {
    let env = try Self.builtInOnly()
    let list = "the themes are default, ansi16, colorblind, light, presenter, monochrome (`ecsim themes` lists them)"
    #expect(throws: LocatedError("no theme named 'ligth'; \(list); did you mean 'light'?", at: nil)) {
      try ThemeLoader.load("ligth", environment: env, executableDirectory: nil)
    }
    #expect(throws: LocatedError("no theme named 'solarized'; \(list)", at: nil)) {
      try ThemeLoader.load("solarized", environment: env, executableDirectory: nil)
    }
  }

  @Test func aPathIsReadAsAFileNamedAfterIt() throws {
    let dir = try Self.temporaryDirectory()
    let file = dir.appendingPathComponent("stage.yaml")
    try Self.write(Self.themeText(), to: file)
    let env = try Self.builtInOnly()
    #expect(try ThemeLoader.load(file.path, environment: env, executableDirectory: nil).name == "stage")
    let missing = dir.appendingPathComponent("nope.yaml").path
    #expect(throws: LocatedError("no such theme file", at: nil, source: missing)) {
      try ThemeLoader.load(missing, environment: env, executableDirectory: nil)
    }
    #expect(throws: LocatedError("is a directory, not a theme file", at: nil, source: dir.path + "/")) {
      try ThemeLoader.load(dir.path + "/", environment: env, executableDirectory: nil)
    }
    try Self.write(Self.themeText(replacing: [.header: "  header: {fg: bleu}"]), to: file)
    do {
      _ = try ThemeLoader.load(file.path, environment: env, executableDirectory: nil)
      Issue.record("expected an error")
    } catch {
      #expect(error.source == file.path && error.location == SourceLocation(line: Self.line(of: .header), column: 16))
    }
  }
}

/// Just enough colour science to test the colour-blind theme: sRGB relative luminance (WCAG)
/// and the Machado–Oliveira–Fernandes (2009) simulation matrices at full severity.
enum ColorVision {
  enum Deficiency { case deuteranopia, protanopia }

  static func rgb(_ c: Color) -> (Double, Double, Double)? {
    guard case .rgb(let r, let g, let b) = c else { return nil }
    return (Double(r), Double(g), Double(b))
  }

  static func linear(_ v: Double) -> Double {
    let c = v / 255
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
  }

  static func encoded(_ v: Double) -> Double {
    let c = min(1, max(0, v))
    return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055)
  }

  static func luminance(_ c: (Double, Double, Double)) -> Double {
    0.2126 * linear(c.0) + 0.7152 * linear(c.1) + 0.0722 * linear(c.2)
  }

  /// WCAG contrast ratio, at least 1.
  static func luminanceRatio(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
    let (la, lb) = (luminance(a), luminance(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }

  static func simulate(_ c: (Double, Double, Double), _ d: Deficiency) -> (Double, Double, Double) {
    let m: [[Double]] = switch d {
    case .deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    case .protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    }
    let l = [linear(c.0), linear(c.1), linear(c.2)]
    func row(_ i: Int) -> Double { encoded(m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]) }
    return (row(0), row(1), row(2))
  }

  static func distance(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
    ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)).squareRoot()
  }
}

/// Keeps docs/themes.md honest: it lists every role, and its error examples are real messages.
@Suite struct ThemeDocTests {
  static let doc = ThemeLoaderTests.packageRoot.appendingPathComponent("docs/themes.md")

  @Test func everyRoleIsDocumented() throws {
    let text = try String(contentsOf: Self.doc, encoding: .utf8)
    for role in StyleRole.allCases {
      #expect(text.contains("| `\(role.rawValue)` |"), "docs/themes.md does not list \(role.rawValue)")
    }
  }

  @Test func theErrorExamplesAreWhatTheLoaderSays() throws {
    let text = try String(contentsOf: Self.doc, encoding: .utf8)
    let examples = text.split(separator: "\n").filter { $0.hasPrefix("my-theme.yaml:") }.map { line in
      // Drop `my-theme.yaml:L:C: `: positions depend on the imagined file, messages do not.
      String(line.split(separator: " ", maxSplits: 1)[1])
    }
    #expect(examples.count == 6)
    let broken: [String] = [
      ThemeLoaderTests.themeText(replacing: [.selection: "  selecton: {fg: default}"]),
      ThemeLoaderTests.themeText(replacing: [.header: "  header: {fg: bleu}"]),
      ThemeLoaderTests.themeText(dropping: [.why]),
      ThemeLoaderTests.themeText(replacing: [.title: "  title: {attrs: [bold, blink]}"]),
      ThemeLoaderTests.themeText(replacing: [.why: "  why:\n    fg: #ffd787"]),
      ThemeLoaderTests.themeText(replacing: [.header: "  header: {fg: #ffd787}"]),
    ]
    let messages = broken.map { "error: " + (ThemeLoaderTests.parseError($0)?.message ?? "no error") }
    #expect(examples == messages)
  }
}
