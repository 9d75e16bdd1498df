import ArgumentParser
import ECSSim
import ECSimIO

/// `--scenario` and `--seed`, shared by every subcommand that builds a world.
struct ScenarioOptions: ParsableArguments {
  @Option(name: .long, help: "A built-in scenario name (see `ecsim scenarios`) or a YAML file.")
  var scenario: String = "default"

  @Option(name: .long, help: "Seed of the simulation's random source (IDs, timings, random placement).")
  var seed: UInt64 = 1

  /// Loads and builds the world; a bad scenario is a located InputError.
  func makeSimulator() throws(InputError) -> Simulator {
    let spec: ScenarioSpec
    do { spec = try ScenarioLoader.load(nameOrPath: scenario) } catch { throw InputError(error.description) }
    do { return try Simulator(scenario: spec, seed: seed) } catch {
      var e = error
      if e.source == nil { e.source = BuiltinScenarios.all.contains { $0.name == scenario } ? "<built-in \(scenario)>" : scenario }
      throw InputError(e.description)
    }
  }
}

func parseDuration(_ text: String, flag: String) throws(InputError) -> SimTime {
  guard let d = SimTime.parseDuration(text) else {
    throw InputError("error: \(flag): expected a duration such as 90s, 5m or 1h30m, got '\(text)'")
  }
  return d
}
