import ArgumentParser
import ECSSim
import ECSimIO
import Foundation

/// Headless simulation: one JSON object per event on stdout, the final state in the ECS API's
/// shapes. Scripts and `--command`s are checked for syntax before anything runs.
struct Simulate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run a scenario headless and print its events (one JSON object per line).",
    discussion: """
      Commands from --script (one per line, # comments) and then each --command run in order at \
      the current simulated time; `advance 30s` moves the clock. After them the clock runs to \
      --until. Exit status 0 on success, 2 on bad input (message on stderr).
      """
  )

  @OptionGroup var options: ScenarioOptions

  @Option(help: "Simulated time to run to, e.g. 10m.")
  var until: String = "5m"

  @Option(help: "A file of commands, one per line.")
  var script: String?

  @Option(name: .customLong("command"), help: "A command to run after the script (repeatable).")
  var commands: [String] = []

  @Option(help: "Write the final state as JSON to this file, or - for stdout.")
  var state: String?

  @Option(help: "Event format: json (one object per line) or text.")
  var format: String = "json"

  @Flag(help: "Run the invariant checker after every event; violations exit with status 1.")
  var checkInvariants = false

  func run() throws {
    guard let fmt = EventFormat(rawValue: format) else { throw InputError("error: --format: expected json or text, got '\(format)'") }
    let end = try parseDuration(until, flag: "--until")
    var lines: [(text: String, origin: String)] = []
    if let script {
      guard let data = FileManager.default.contents(atPath: script), let text = String(data: data, encoding: .utf8) else {
        throw InputError("\(script): error: cannot read the script file")
      }
      for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        lines.append((String(l), "\(script):\(i + 1)"))
      }
    }
    for (i, c) in commands.enumerated() { lines.append((c, "--command #\(i + 1)")) }
    for (text, origin) in lines {
      do { _ = try CommandParser.parse(text) } catch {
        throw InputError("\(origin):\(error.column ?? 1): error: \(error.message)")
      }
    }
    let sim = try options.makeSimulator()
    sim.checksInvariants = checkInvariants
    var out = Output()
    out.events(sim.drainEvents(), format: fmt)
    for (text, _) in lines {
      sim.execute(text)
      out.events(sim.drainEvents(), format: fmt)
    }
    var t = sim.now
    while t < end {
      t = min(end, t + .minutes(1))
      sim.advance(to: t)
      out.events(sim.drainEvents(), format: fmt)
    }
    out.flush()
    if let state {
      let text = Describer(sim).stateJSON().serialized(pretty: true) + "\n"
      if state == "-" { FileHandle.standardOutput.write(Data(text.utf8)) }
      else if !FileManager.default.createFile(atPath: state, contents: Data(text.utf8)) {
        throw InputError("\(state): error: cannot write the state file")
      }
    }
    if !sim.invariantViolations.isEmpty {
      FileHandle.standardError.write(Data(("invariant violations:\n" + sim.invariantViolations.prefix(20).joined(separator: "\n") + "\n").utf8))
      throw ExitCode(1)
    }
  }
}
