import ArgumentParser
import Dashboard
import ECSSim
import ECSimIO

/// Lists the dashboard's themes and where each comes from, checks a theme file, or prints one
/// as a starting point for your own.
///
/// Where a theme comes from matters because a user's file shadows a shipped one of the same
/// name; printing the source of each makes "why does `light` look different here" answerable.
struct Themes: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the dashboard's themes and where they come from.",
    discussion: """
      A theme is found by name in your folder ($XDG_CONFIG_HOME/ecsim/themes, else \
      ~/.config/ecsim/themes), then in a Themes/ folder beside the program or its \
      share/ecsim/themes, then among the themes built into the program. A name containing / \
      or ending in .yaml is a path. NO_COLOR or --no-color replace any theme with monochrome. \
      Exit status 2 when --check finds a problem (the message, file:line:col, on stderr).
      """
  )

  @Option(name: .customLong("check"), help: ArgumentHelp("Load this theme (a name or a path) and report the first problem.", valueName: "name-or-path"))
  var check: String?

  @Option(name: .customLong("show"), help: ArgumentHelp("Print this theme's YAML (a start for your own).", valueName: "name-or-path"))
  var show: String?

  func run() throws {
    if let check {
      let theme: Theme
      do { theme = try ThemeLoader.load(check) } catch { throw InputError(error.description) }
      print("ok: \(theme.name) (\(theme.styles.count) roles)")
      return
    }
    if let show {
      let text: String
      do { text = try ThemeLoader.yaml(of: show) } catch { throw InputError(error.description) }
      print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
      return
    }
    let themes = ThemeLoader.available()
    let rows = [("NAME", "FROM", "DESCRIPTION")] + themes.map { info in
      (info.name, info.whereFound, info.problem.map { "BROKEN: \($0.description)" } ?? info.description)
    }
    let nameWidth = rows.map(\.0.count).max() ?? 0
    let fromWidth = rows.map(\.1.count).max() ?? 0
    for (name, from, description) in rows {
      print(pad(name, nameWidth) + "  " + pad(from, fromWidth) + "  " + description)
    }
    print("")
    print("Put your own themes in \(ThemeLoader.userThemesDirectory())/NAME.yaml")
    print("(start from a copy: ecsim themes --show default > NAME.yaml; check it: ecsim themes --check NAME)")
  }

  private func pad(_ s: String, _ width: Int) -> String {
    s + String(repeating: " ", count: max(0, width - s.count))
  }
}
