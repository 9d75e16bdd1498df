import ArgumentParser
import ECSSim
import ECSimIO
import Foundation

/// `ecsim`: a deterministic Amazon ECS simulation. With no subcommand it opens the live
/// dashboard on the embedded default scenario.
@main
struct ECSim: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ecsim",
    abstract: "A faithful, deterministic simulation of Amazon ECS.",
    subcommands: [DashboardCommand.self, Simulate.self, Scenarios.self, Themes.self, Keys.self, Bench.self],
    defaultSubcommand: DashboardCommand.self
  )

  /// Bad input exits with status 2 and a one-line message on stderr (ArgumentParser's own
  /// usage errors included), so scripts can tell "you typed it wrong" from a crash.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let error as InputError {
      FileHandle.standardError.write(Data((error.message + "\n").utf8))
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        // --help and --version arrive as "errors" whose message is the text to print.
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
