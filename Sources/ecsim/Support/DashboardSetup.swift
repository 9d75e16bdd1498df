import Dashboard
import ECSimIO
import Foundation
import TerminalUI

/// Finding the theme and keymap the dashboard starts with; failures are located InputErrors.
enum DashboardSetup {
  static func theme(_ nameOrPath: String, environment: [String: String]) throws(InputError) -> Theme {
    do { return try ThemeLoader.load(nameOrPath, environment: environment) } catch { throw InputError(error.description) }
  }

  /// `--keymap PATH`, else the user's `keymap.yaml` if present, else the standard keys.
  static func keymap(_ path: String?, environment: [String: String]) throws(InputError) -> Keymap {
    do {
      if let path { return try KeymapLoader.load(path: path) }
      return try KeymapLoader.loadDefault(environment: environment)
    } catch {
      throw InputError(error.description)
    }
  }
}
