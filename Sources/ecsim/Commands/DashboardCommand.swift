import ArgumentParser
import Dashboard
import ECSSim
import ECSimIO
import Foundation
import NcursesTerminal
import TerminalUI

/// The default command: the live dashboard over a scenario, in the user's terminal.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the live dashboard (the default): panes over a running simulation, keys, time control."
  )

  @OptionGroup var options: ScenarioOptions

  @Option(help: "A theme name (see `ecsim themes`) or a YAML file.")
  var theme: String = "default"

  @Option(help: "Simulation speed: 0.25, 0.5, 1, 2, 4, 8, 16, 32 or 64 simulated seconds per second.")
  var speed: Double = 1

  @Flag(help: "Hide every action that changes the world (browse only).")
  var readonly = false

  @Flag(name: .customLong("no-color"), help: "Monochrome: bold, reverse and dim only (also NO_COLOR=1).")
  var noColor = false

  @Flag(help: "Start with the clock paused (Space resumes).")
  var paused = false

  @Option(help: "A keymap file (YAML) that rebinds keys; default: the user's config folder's keymap.yaml if present.")
  var keymap: String?

  func validate() throws {
    guard UIState.speeds.contains(speed) else {
      throw InputError("error: --speed: expected one of \(UIState.speeds.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ", ")), got \(speed)")
    }
  }

  func run() throws {
    let sim = try options.makeSimulator()
    let environment = ProcessInfo.processInfo.environment
    let noColor = self.noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    let chosenTheme = try DashboardSetup.theme(theme, environment: environment)
    let keys = try DashboardSetup.keymap(keymap, environment: environment)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal.open(maximumColorDepth: noColor ? .monochrome : .trueColor)
    } catch {
      error.writeToStandardError()
      Foundation.exit(error.exitCode)
    }
    let shownTheme = terminal.colorDepth == .monochrome ? Theme.monochrome : chosenTheme.approximated(for: terminal.colorDepth)
    let app = DashboardApp(
      sim: sim, theme: shownTheme, keymap: keys, size: terminal.size, readonly: readonly, speed: speed, paused: paused)
    let clock = ContinuousClock()
    let start = clock.now
    var backend = terminal
    #if DEBUG
    if environment["ECSIM_TEST_CRASH_AFTER_FIRST_FRAME"] != nil {
      // For the end-to-end test that a crash gives the terminal back (debug builds only).
      backend.present(app.render())
      fatalError("crash requested by ECSIM_TEST_CRASH_AFTER_FIRST_FRAME")
    }
    #endif
    if environment["ECSIM_EXIT_AFTER_FIRST_FRAME"] != nil {
      // For `ecsim bench first-frame`: draw one frame, give the terminal back, exit.
      backend.present(app.render())
      terminal.close()
      return
    }
    app.run(on: &backend, pacing: .live(
      now: {
        let d = clock.now - start
        return d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
      },
      shouldStop: { TerminalGuard.stopRequested }))
    terminal.close()
    // Stopped by a signal: the terminal is restored; exit as shells expect (130 Ctrl-C, 143 TERM).
    if TerminalGuard.stopRequested { Foundation.exit(128 + TerminalGuard.stopSignalNumber) }
  }
}
