import Dashboard
import ECSimIO
import Foundation
import TerminalUI

/// Finding the theme and keymap the dashboard starts with; failures are located InputErrors.
enum DashboardSetup {
  static func theme(_ nameOrPath: String, environment: [String: String]) throws(InputError) -> Theme {
    // Replaced by ThemeLoader when the themes land.
    Theme.monochrome
  }

  static func keymap(_ path: String?, environment: [String: String]) throws(InputError) -> Keymap {
    Keymap.standard
  }
}
