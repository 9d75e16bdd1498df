import TerminalUI

/// A named set of styles, one for every `StyleRole`, plus the glyphs graphs and borders use.
///
/// Themes are data (docs/architecture.md §4): the bundled ones live in `Themes/*.yaml` and are read
/// by `ECSimIO.ThemeLoader`. The only theme written in code is `monochrome`, because `NO_COLOR` and
/// `--no-color` must work even when no theme file can be read, and it carries meaning with
/// attributes alone (selection is reverse, headers bold, secondary text dim).
public struct Theme: Sendable, Equatable {
  public var name: String
  public var styles: [StyleRole: Style]
  public var glyphs: GraphGlyphs
  public var border: BorderSet

  public init(name: String, styles: [StyleRole: Style], glyphs: GraphGlyphs = .blocks, border: BorderSet = .rounded) {
    self.name = name
    self.styles = styles
    self.glyphs = glyphs
    self.border = border
  }

  /// The role's style; a role the theme does not name falls back to the monochrome look (loaders
  /// reject incomplete files, so this only happens for themes built in code).
  public subscript(role: StyleRole) -> Style { styles[role] ?? Theme.monochromeStyles[role] ?? .plain }

  /// Every colour lowered to what the terminal can show; attributes are kept.
  public func approximated(for depth: ColorDepth) -> Theme {
    var t = self
    for (role, style) in styles {
      var s = style
      s.fg = s.fg.approximated(for: depth)
      s.bg = s.bg.approximated(for: depth)
      t.styles[role] = s
    }
    return t
  }

  /// No colours at all: bold, dim, reverse and underline only.
  public static let monochrome = Theme(name: "monochrome", styles: monochromeStyles, glyphs: .ascii, border: .single)

  static let monochromeStyles: [StyleRole: Style] = {
    var s: [StyleRole: Style] = [:]
    for role in StyleRole.allCases {
      switch role {
      case .header, .title, .columnHeader, .hintKey, .dialogTitle, .helpKey, .statusError, .eventError,
        .statusUnhealthy, .paused:
        s[role] = Style(bold: true)
      case .badge, .selection, .titleFocused, .dialogButtonFocused, .gaugeHigh, .progressNew:
        s[role] = Style(reverse: true)
      case .borderFocused: s[role] = Style(bold: true)
      case .muted, .eventTime, .statusStopped, .selectionInactive:
        s[role] = Style(dim: true)
      case .statusWarning, .spot, .eventWarning, .statusDraining: s[role] = Style(underline: true)
      case .progressOld: s[role] = Style(bold: true)
      default: s[role] = .plain
      }
    }
    s[.selectionInactive] = Style(underline: true)
    return s
  }()
}
