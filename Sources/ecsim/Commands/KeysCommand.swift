import ArgumentParser
import Dashboard
import ECSimIO
import Foundation

/// `ecsim keys`: the keymap in effect (after the user's keymap file), the same table the
/// dashboard's help draws, plus the action names a keymap file may use.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys",
    abstract: "List the dashboard's key bindings and the action names a keymap file can bind."
  )

  @Option(help: "A keymap file to check and show (default: the user's keymap.yaml if present).")
  var keymap: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let keys = try DashboardSetup.keymap(keymap, environment: environment)
    var out = ""
    for action in KeyAction.allCases {
      let bound = keys.keys(for: action).map(\.name).joined(separator: " ")
      out += action.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
        + (bound.isEmpty ? "(unbound)" : bound).padding(toLength: 22, withPad: " ", startingAt: 0)
        + action.help + (action.mutates ? " [asks first]" : "") + "\n"
    }
    out += "\nKeymap file: \(keymap ?? KeymapLoader.defaultPath(environment: environment))"
    out += (keymap == nil && !FileManager.default.fileExists(atPath: KeymapLoader.defaultPath(environment: environment))) ? " (not present: standard keys)\n" : "\n"
    out += "Format: bind: {KEY: ACTION|none} and unbindActions: [ACTION, …] (docs/keymap.md)\n"
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
